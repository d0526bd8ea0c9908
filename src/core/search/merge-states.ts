/**
 * Joins the search states of consecutive runs of sections into the state of
 * all of them, as if one engine had indexed them in that order. The index
 * workers each tokenise a contiguous share of the files; the host joins their
 * states instead of tokenising anything itself.
 *
 * The result is exactly what one engine would export: a word keeps the id of
 * its first appearance (so a later part's new words follow the earlier parts'
 * vocabulary in their own order), each posting list is the earlier part's
 * list followed by the later one's with its slots moved along, and the same
 * holds for catalog entries. Weights are per section (term counts), and every
 * corpus-wide figure (document frequency, average length) is worked out at
 * query time, so nothing has to be re-weighted.
 */
import type { SearchState } from './engine';
import { checkPackedInSteps, type PackedPostings } from './postings';
import { runToEnd } from './steps';

/**
 * `mergeSearchStates`, pausing (yielding) after about every `pairsPerStep`
 * postings copied, so the extension host can answer others in between.
 */
export function* mergeSearchStatesInSteps(states: readonly SearchState[], pairsPerStep = 1 << 16): Generator<void, SearchState> {
  if (states.length === 0) throw new RangeError('no search states to merge');
  if (states.length === 1) return states[0];
  const slotBase: number[] = [];
  let slotCount = 0;
  for (const state of states) {
    slotBase.push(slotCount);
    slotCount += state.slotCount;
  }
  const slotCounts = states.map((state) => state.slotCount);
  states.forEach((state) => {
    if (state.bodyLength.length !== state.slotCount) throw new RangeError('slot counts differ');
  });
  const tokens = joinKeys(states.map((state) => state.tokens));
  yield;
  const shortPostings = yield* joinPostings(states.map((state) => state.shortPostings), tokens, slotBase, slotCounts, pairsPerStep);
  const bodyPostings = yield* joinPostings(states.map((state) => state.bodyPostings), tokens, slotBase, slotCounts, pairsPerStep);
  const entries = joinKeys(states.map((state) => state.entryIds));
  const entryPostings = yield* joinPostings(states.map((state) => state.entryPostings), entries, slotBase, slotCounts, pairsPerStep);
  const bodyLength = new Int32Array(slotCount);
  states.forEach((state, part) => bodyLength.set(state.bodyLength, slotBase[part]));
  return { slotCount, bodyLength, tokens: tokens.keys, shortPostings, bodyPostings, entryIds: entries.keys, entryPostings };
}

/** Joins search states at once; see {@link mergeSearchStatesInSteps}. */
export function mergeSearchStates(states: readonly SearchState[]): SearchState {
  return runToEnd(mergeSearchStatesInSteps(states, Infinity));
}

/** The union of the parts' key lists in order of first appearance, and where each part's keys went. */
interface JoinedKeys {
  keys: string[];
  /** `ids[part][k]` is the joined id of the part's key `k`. */
  ids: Int32Array[];
}

function joinKeys(parts: readonly (readonly string[])[]): JoinedKeys {
  const keys: string[] = [];
  const idOf = new Map<string, number>();
  const ids = parts.map((part) => {
    const partIds = new Int32Array(part.length);
    for (let k = 0; k < part.length; k++) {
      let id = idOf.get(part[k]);
      if (id === undefined) {
        id = keys.length;
        idOf.set(part[k], id);
        keys.push(part[k]);
      }
      partIds[k] = id;
    }
    return partIds;
  });
  return { keys, ids };
}

/** Each joined list is the parts' lists for that key, one after another, with the later parts' slots moved along. */
function* joinPostings(
  parts: readonly PackedPostings[],
  joined: JoinedKeys,
  slotBase: readonly number[],
  slotCounts: readonly number[],
  pairsPerStep: number,
): Generator<void, PackedPostings> {
  const listCount = joined.keys.length;
  for (let p = 0; p < parts.length; p++) yield* checkPackedInSteps(parts[p], joined.ids[p].length, slotCounts[p], pairsPerStep);
  // Counting pass: where each joined list starts.
  const offsets = new Int32Array(listCount + 1);
  parts.forEach((part, p) => {
    const ids = joined.ids[p];
    for (let k = 0; k < ids.length; k++) offsets[ids[k] + 1] += part.offsets[k + 1] - part.offsets[k];
  });
  for (let k = 0; k < listCount; k++) offsets[k + 1] += offsets[k];
  const total = offsets[listCount];
  const slots = new Int32Array(total);
  const weights = new Float32Array(total);
  const cursors = offsets.slice(0, listCount);
  let sinceStep = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const ids = joined.ids[p];
    const base = slotBase[p];
    for (let k = 0; k < ids.length; k++) {
      const from = part.offsets[k];
      const to = part.offsets[k + 1];
      if (to <= from) continue;
      sinceStep += copyList(part, from, to, slots, weights, cursors[ids[k]], base);
      cursors[ids[k]] += to - from;
      if (sinceStep >= pairsPerStep) {
        sinceStep = 0;
        yield;
      }
    }
  }
  return { offsets, slots, weights };
}

/**
 * Copies the pairs `from..to` of a part's list to `at`, adding `base` to each
 * slot. A plain function, not inline in the generator: V8 optimises a hot
 * loop in a plain function mid-run.
 */
function copyList(part: PackedPostings, from: number, to: number, slots: Int32Array, weights: Float32Array, at: number, base: number): number {
  weights.set(part.weights.subarray(from, to), at);
  if (base === 0) slots.set(part.slots.subarray(from, to), at);
  else for (let i = from; i < to; i++) slots[at + i - from] = part.slots[i] + base;
  return to - from;
}

