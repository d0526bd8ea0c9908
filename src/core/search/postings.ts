import { runToEnd } from './steps';

/**
 * A growable list of (section slot, weight) pairs in typed arrays: at 50,000
 * sections the body index holds millions of pairs, and plain arrays of numbers
 * would cost several times the memory.
 */
export class Postings {
  slots: Int32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  /** A list over the given arrays (often views of a shared buffer), holding its first `length` pairs. */
  static over(slots: Int32Array, weights: Float32Array, length: number): Postings {
    const postings = new Postings(0);
    postings.slots = slots;
    postings.weights = weights;
    postings.length = length;
    return postings;
  }

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const capacity = Math.max(4, this.slots.length * 2);
      const slots = new Int32Array(capacity);
      slots.set(this.slots);
      const weights = new Float32Array(capacity);
      weights.set(this.weights);
      this.slots = slots;
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length++;
  }

  /** Drops the pairs of removed sections; returns how many are left. */
  retain(isAlive: (slot: number) => boolean): number {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const slot = this.slots[i];
      if (!isAlive(slot)) continue;
      this.slots[kept] = slot;
      this.weights[kept] = this.weights[i];
      kept++;
    }
    this.length = kept;
    return kept;
  }
}

/**
 * Collects (token id, slot, weight) triples while many sections are indexed,
 * then files them into per-token `Postings` at once. Pushing pair by pair into
 * thousands of small lists that keep doubling costs tens of thousands of
 * typed-array allocations and a cache miss per pair; here a token new to the
 * index gets a slice of one shared buffer, sized by a counting pass.
 */
export class PostingsBuilder {
  private tokens = new Int32Array(INITIAL_PENDING);
  private slots = new Int32Array(INITIAL_PENDING);
  private weights = new Float32Array(INITIAL_PENDING);
  private size = 0;

  /** How many pairs wait to be filed. */
  get pending(): number {
    return this.size;
  }

  add(token: number, slot: number, weight: number): void {
    if (this.size === this.tokens.length) this.grow();
    this.tokens[this.size] = token;
    this.slots[this.size] = slot;
    this.weights[this.size] = weight;
    this.size++;
  }

  /**
   * `add(ids[k], slot, min(counts[ids[k]], 255))` for each of the first
   * `distinct` ids, zeroing their counts as it goes: a section's body words,
   * as `TokenTable.scan` leaves them, in one loop with one capacity check.
   */
  addCounts(ids: Int32Array, distinct: number, counts: Int32Array, slot: number): void {
    while (this.size + distinct > this.tokens.length) this.grow();
    const { tokens, slots, weights } = this;
    let size = this.size;
    for (let k = 0; k < distinct; k++) {
      const token = ids[k];
      const count = counts[token];
      tokens[size] = token;
      slots[size] = slot;
      weights[size] = count < 255 ? count : 255;
      counts[token] = 0;
      size++;
    }
    this.size = size;
  }

  /**
   * Files every pending pair into `index` (token id → postings; ids below
   * `tokenCount`), keeping each list in the order pairs were added.
   */
  flush(index: (Postings | undefined)[], tokenCount: number): void {
    const size = this.size;
    if (size === 0) return;
    this.size = 0;
    const { tokens, slots, weights } = this;
    const counts = new Int32Array(tokenCount);
    for (let p = 0; p < size; p++) counts[tokens[p]]++;
    // A token the index has no pairs for gets a slice of the shared buffer,
    // with some room to spare so live updates seldom have to copy it;
    // `cursors` holds (where its next pair goes) + 1, or 0 for tokens that push.
    const cursors = new Int32Array(tokenCount);
    let total = 0;
    for (let token = 0; token < tokenCount; token++) {
      const count = counts[token];
      if (count === 0 || (index[token]?.length ?? 0) > 0) continue;
      cursors[token] = total + 1;
      total += count + (count >> 3) + 1;
    }
    const sharedSlots = new Int32Array(total);
    const sharedWeights = new Float32Array(total);
    for (let p = 0; p < size; p++) {
      const token = tokens[p];
      const cursor = cursors[token];
      if (cursor === 0) {
        index[token]!.push(slots[p], weights[p]);
        continue;
      }
      sharedSlots[cursor - 1] = slots[p];
      sharedWeights[cursor - 1] = weights[p];
      cursors[token] = cursor + 1;
    }
    for (let token = 0; token < tokenCount; token++) {
      const cursor = cursors[token];
      if (cursor === 0) continue;
      const count = counts[token];
      const start = cursor - 1 - count;
      const end = start + count + (count >> 3) + 1;
      index[token] = Postings.over(sharedSlots.subarray(start, end), sharedWeights.subarray(start, end), count);
    }
    if (this.tokens.length > MAX_KEPT_PENDING) {
      this.tokens = new Int32Array(INITIAL_PENDING);
      this.slots = new Int32Array(INITIAL_PENDING);
      this.weights = new Float32Array(INITIAL_PENDING);
    }
  }

  private grow(): void {
    const capacity = this.tokens.length * 2;
    const tokens = new Int32Array(capacity);
    tokens.set(this.tokens);
    const slots = new Int32Array(capacity);
    slots.set(this.slots);
    const weights = new Float32Array(capacity);
    weights.set(this.weights);
    this.tokens = tokens;
    this.slots = slots;
    this.weights = weights;
  }
}

const INITIAL_PENDING = 1 << 12;
/** A builder keeps no more than this many slots of scratch between batches. */
const MAX_KEPT_PENDING = 1 << 16;

/**
 * Many posting lists in three flat arrays, as they are stored: list `k` holds
 * the pairs from `offsets[k]` to `offsets[k + 1]`.
 */
export interface PackedPostings {
  offsets: Int32Array;
  slots: Int32Array;
  weights: Float32Array;
}

/**
 * Packs posting lists, renumbering slots through `remap` and leaving out the
 * pairs of slots it maps to -1 (removed sections); pauses (yields) after
 * about every `pairsPerStep` pairs, so a caller can spread the work out.
 */
export function* packPostingsInSteps(lists: readonly (Postings | undefined)[], remap: Int32Array, pairsPerStep: number): Generator<void, PackedPostings> {
  const offsets = new Int32Array(lists.length + 1);
  let total = 0;
  for (let k = 0; k < lists.length; k++) total += lists[k]?.length ?? 0;
  const slots = new Int32Array(total);
  const weights = new Float32Array(total);
  let at = 0;
  let sinceStep = 0;
  for (let k = 0; k < lists.length; k++) {
    offsets[k] = at;
    const list = lists[k];
    if (!list) continue;
    at = packList(list, remap, slots, weights, at);
    sinceStep += list.length;
    if (sinceStep >= pairsPerStep) {
      sinceStep = 0;
      yield;
    }
  }
  offsets[lists.length] = at;
  return { offsets, slots: slots.subarray(0, at), weights: weights.subarray(0, at) };
}

/**
 * Copies one list's pairs to `slots`/`weights` from `at` on, renumbered through
 * `remap` and without removed slots; returns where the next list starts. A
 * plain function, not inline in the generator: V8 does not optimise a loop in a
 * generator mid-run, and this one runs over every posting of a first index.
 */
function packList(list: Postings, remap: Int32Array, slots: Int32Array, weights: Float32Array, at: number): number {
  const from = list.slots;
  const fromWeights = list.weights;
  for (let i = 0; i < list.length; i++) {
    const slot = remap[from[i]];
    if (slot < 0) continue;
    slots[at] = slot;
    weights[at] = fromWeights[i];
    at++;
  }
  return at;
}

/**
 * The lists of `packPostingsInSteps`, as views of the packed arrays (nothing is
 * copied until a list grows). Throws on arrays that do not fit together or
 * name a slot outside `0..slotCount - 1`: stored data is checked, not trusted.
 */
export function unpackPostings(packed: PackedPostings, slotCount: number): (Postings | undefined)[] {
  return runToEnd(unpackPostingsInSteps(packed, slotCount, Infinity));
}

/**
 * Throws unless `slots[from..to)` all name a slot in `0..slotCount - 1`. A
 * plain function, not inline in the generator: V8 optimises a hot loop in a
 * plain function mid-run, and this one runs over every stored posting.
 */
function checkSlots(slots: Int32Array, from: number, to: number, slotCount: number): void {
  for (let i = from; i < to; i++) {
    if (slots[i] < 0 || slots[i] >= slotCount) throw new RangeError('a posting names a slot that does not exist');
  }
}

/** Sets `lists[from..to)` to views of the packed arrays (undefined for an empty list); like `checkSlots`, a plain function. */
function makeLists({ offsets, slots, weights }: PackedPostings, lists: (Postings | undefined)[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const start = offsets[k];
    const end = offsets[k + 1];
    if (end < start) throw new RangeError('posting offsets go backwards');
    lists[k] = end === start ? undefined : Postings.over(slots.subarray(start, end), weights.subarray(start, end), end - start);
  }
}

/** `unpackPostings`, yielding after about every `pairsPerStep` postings checked or lists made. */
export function* unpackPostingsInSteps(packed: PackedPostings, slotCount: number, pairsPerStep: number): Generator<void, (Postings | undefined)[]> {
  const { offsets, slots, weights } = packed;
  const count = offsets.length - 1;
  if (count < 0 || slots.length !== weights.length || offsets[0] !== 0 || offsets[count] !== slots.length) {
    throw new RangeError('posting arrays do not fit together');
  }
  for (let from = 0; from < slots.length; from += pairsPerStep) {
    const to = Math.min(slots.length, from + pairsPerStep);
    checkSlots(slots, from, to, slotCount);
    if (to < slots.length) yield;
  }
  const lists: (Postings | undefined)[] = new Array(count);
  // Making a list costs about as much as checking a few dozen pairs.
  const listsPerStep = Math.max(1, Math.floor(pairsPerStep / 32));
  for (let from = 0; from < count; from += listsPerStep) {
    const to = Math.min(count, from + listsPerStep);
    makeLists(packed, lists, from, to);
    if (to < count) yield;
  }
  return lists;
}

/**
 * Throws unless packed lists fit `keyCount` keys and `slotCount` slots: offsets that start at 0, never go
 * backwards and end at the pairs' count, and slots that exist. Stored or worker-built data is checked, not trusted.
 */
export function checkPacked(packed: PackedPostings, keyCount: number, slotCount: number): void {
  runToEnd(checkPackedInSteps(packed, keyCount, slotCount, Infinity));
}

/** `checkPacked`, pausing after about every `pairsPerStep` slots checked: a body index holds millions. */
export function* checkPackedInSteps({ offsets, slots, weights }: PackedPostings, keyCount: number, slotCount: number, pairsPerStep: number): Generator<void, void> {
  if (offsets.length !== keyCount + 1 || slots.length !== weights.length || offsets[0] !== 0 || offsets[keyCount] !== slots.length) {
    throw new RangeError('postings and keys differ in length');
  }
  for (let k = 0; k < keyCount; k++) if (offsets[k + 1] < offsets[k]) throw new RangeError('posting offsets go backwards');
  for (let from = 0; from < slots.length; from += pairsPerStep) {
    const to = Math.min(slots.length, from + pairsPerStep);
    checkSlots(slots, from, to, slotCount);
    if (to < slots.length) yield;
  }
}

/**
 * For each packed list `k` with pairs, a new list: `lists[k]`'s pairs (if any), then list `k`'s, each slot moved
 * along by `base`. Nothing given is changed, so whoever reads `lists` meanwhile sees them as they were. Keys
 * with no packed pairs get undefined. Pauses after about every `pairsPerStep` pairs. The packed lists must have
 * passed `checkPacked`.
 */
export function* joinedPostingsInSteps(
  packed: PackedPostings,
  lists: readonly (Postings | undefined)[],
  base: number,
  pairsPerStep: number,
): Generator<void, (Postings | undefined)[]> {
  const keyCount = packed.offsets.length - 1;
  const joined = new Array<Postings | undefined>(keyCount);
  // One buffer for every joined list, each with room to spare as `flush` leaves it (live updates then seldom copy
  // a list again): a typed array per list would be hundreds of thousands of allocations for a big vocabulary.
  let total = 0;
  for (let k = 0; k < keyCount; k++) {
    const count = packed.offsets[k + 1] - packed.offsets[k];
    if (count === 0) continue;
    const length = (lists[k]?.length ?? 0) + count;
    total += length + (length >> 3) + 1;
  }
  const slots = new Int32Array(total);
  const weights = new Float32Array(total);
  let at = 0;
  let sinceStep = 0;
  for (let k = 0; k < keyCount; k++) {
    const from = packed.offsets[k];
    const to = packed.offsets[k + 1];
    if (to === from) continue;
    const length = joinPairs(lists[k], packed, from, to, base, slots, weights, at);
    const end = at + length + (length >> 3) + 1;
    joined[k] = Postings.over(slots.subarray(at, end), weights.subarray(at, end), length);
    at = end;
    sinceStep += length;
    if (sinceStep >= pairsPerStep) {
      sinceStep = 0;
      yield;
    }
  }
  return joined;
}

/**
 * Writes `list`'s pairs and then the packed pairs `from..to` at `at`; returns how many. Like `checkSlots`, a
 * plain function for V8's sake.
 */
function joinPairs(list: Postings | undefined, packed: PackedPostings, from: number, to: number, base: number, slots: Int32Array, weights: Float32Array, at: number): number {
  const before = list?.length ?? 0;
  if (list) {
    slots.set(list.slots.subarray(0, before), at);
    weights.set(list.weights.subarray(0, before), at);
  }
  weights.set(packed.weights.subarray(from, to), at + before);
  const start = at + before - from;
  for (let i = from; i < to; i++) slots[start + i] = packed.slots[i] + base;
  return before + to - from;
}
