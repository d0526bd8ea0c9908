/**
 * Finds every place a text names a catalog entry, in one pass over its word
 * tokens: a trie keyed by case-folded tokens holds every alias and
 * abbreviation, and at each token the longest phrase that fits wins. The cost
 * is linear in the text (times the longest phrase, a handful of tokens), with
 * no per-alias scanning, so it can tag megabytes of notes and still answer a
 * hover from one line in microseconds.
 */
import type { Mention } from '../types';

/** One name to look for. */
export interface MatcherPhrase {
  /** As written in the catalog, e.g. "Application Load Balancer", "ALB". */
  text: string;
  entryId: string;
  /** True for abbreviations: the text must match letter case exactly. */
  caseSensitive: boolean;
}

/** Receives one mention: its entry and where it starts and ends in the text. */
export type MentionVisitor = (entryId: string, start: number, end: number) => void;

/** A phrase that lost to an earlier phrase with the same words (a curation mistake). */
export interface PhraseConflict {
  phrase: string;
  keptEntryId: string;
  droppedEntryId: string;
}

interface TrieOutput {
  entryId: string;
  /** The phrase's tokens in their original case; only for case-sensitive phrases. */
  exactTokens?: string[];
}

interface TrieNode {
  /** Children by the hash of their folded token; a child whose token differs but hashes alike hangs off `collision`. */
  next?: Map<number, TrieNode>;
  /** The folded token that leads to this node (for checking hash hits). */
  token?: string;
  collision?: TrieNode;
  /** Case-sensitive outputs first, so "SAM" beats a case-insensitive "sam". */
  outputs?: TrieOutput[];
}

const CODE_COLON = 58;
const CODE_UNDERSCORE = 95;
/** Gaps that may sit between the words of one name: "Route 53", "Multi-AZ", "Lambda@Edge", "pub/sub", "Backup & Restore". */
const MAX_JOIN_GAP = 3;

/**
 * True for characters that belong to a word. Letters, digits and `_`
 * (so `my_s3_bucket` is one identifier, not a mention of S3); every other
 * ASCII character separates words, so "EC2's", "(RDS)" and "S3." still count.
 */
export function isWordCode(code: number): boolean {
  // A code unit reads the table; anything else (NaN past the end of a text) takes the ranges, as it always did.
  const classes = CHAR_CLASSES[code];
  return classes === undefined ? isWordCodeByRanges(code) : (classes & WORD_CHAR) !== 0;
}

/** `isWordCode` spelled out as ranges: the definition `CHAR_CLASSES` is built from. */
export function isWordCodeByRanges(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  }
  return isNonAsciiWordCode(code);
}

/**
 * Non-ASCII letters (accents, Greek, CJK…) are word characters; punctuation,
 * spaces, quotes, dashes, arrows and symbols are not, so "S3’s" or "EC2—"
 * still end the word. Plain ranges rather than a `\p{L}` regex, so the table
 * below is the same on every engine.
 */
function isNonAsciiWordCode(code: number): boolean {
  if (code <= 0xbf) return code === 0xaa || code === 0xb5 || code === 0xba; // Latin-1 punctuation and symbols
  if (code === 0xd7 || code === 0xf7) return false; // × ÷
  for (const [from, to] of NON_WORD_RANGES) if (code >= from && code <= to) return false;
  return true;
}

/** Beyond Latin-1, the ranges (inclusive) of code units that are not word characters. */
const NON_WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x2000, 0x2bff], // general punctuation, arrows, maths, box drawing, shapes, dingbats
  [0x3000, 0x303f], // CJK punctuation
  [0xd800, 0xdfff], // astral characters are almost all emoji and symbols
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff0f], // fullwidth punctuation
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
  [0xfeff, 0xfeff], // byte order mark
];

function isJoinGapCodeByList(code: number): boolean {
  // space, tab, no-break space, hyphen, slash, at, ampersand
  return code === 32 || code === 9 || code === 0xa0 || code === 45 || code === 47 || code === 64 || code === 38;
}

/** `CHAR_CLASSES` bit: `isWordCode`. */
export const WORD_CHAR = 1;
/** `CHAR_CLASSES` bit: a character that may join the words of one name (`isJoinGapCodeByList`). */
export const JOIN_GAP_CHAR = 2;
/** `CHAR_CLASSES` bit: a word character other than `_`, i.e. one a word may start with. */
export const WORD_START_CHAR = 4;
/** `CHAR_CLASSES` bit: A to Z, which `foldCode` lowers by adding this bit times four (32). */
export const UPPER_ASCII_CHAR = 8;

/**
 * The class bits of every UTF-16 code unit. The matcher reads every character
 * of every note, and one table lookup costs less than the branches of
 * `isWordCodeByRanges` (a unit test checks the two agree on all 65,536 units).
 */
export const CHAR_CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  // ASCII and Latin-1 code by code; beyond them, whole ranges at once (the worker builds this at every start).
  for (let code = 0; code < 0x100; code++) {
    if (isWordCodeByRanges(code)) table[code] = code === CODE_UNDERSCORE ? WORD_CHAR : WORD_CHAR | WORD_START_CHAR;
    if (isJoinGapCodeByList(code)) table[code] |= JOIN_GAP_CHAR;
    if (code >= 65 && code <= 90) table[code] |= UPPER_ASCII_CHAR;
  }
  table.fill(WORD_CHAR | WORD_START_CHAR, 0x100);
  for (const [from, to] of NON_WORD_RANGES) table.fill(0, from, to + 1);
  return table;
})();

/** Characters a resource type's segments may contain (`AWS::Serverless-2016-10-31` has hyphens). */
function isTypeSegmentCode(code: number, allowHyphen: boolean): boolean {
  return isWordCode(code) || (allowHyphen && code === 45);
}

/**
 * End of the word starting at `start`. Underscores inside a word keep it
 * whole (`my_s3_bucket`), but trailing ones are Markdown emphasis
 * (`__Aurora Serverless__`), so they end it; leading ones are skipped by the
 * callers for the same reason.
 */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let end = start + 1;
  while (end < length && (CHAR_CLASSES[text.charCodeAt(end)] & WORD_CHAR) !== 0) end++;
  while (end > start + 1 && text.charCodeAt(end - 1) === CODE_UNDERSCORE) end--;
  return end;
}

/** Whether a `::` follows, making the word before it the start of a resource type or an intrinsic like `Fn::Sub`. */
function isTypeSeparator(text: string, index: number): boolean {
  // Bounds checked first: reading past the end (most texts end in a word) would make V8 drop the optimised loop.
  return index + 1 < text.length && text.charCodeAt(index) === CODE_COLON && text.charCodeAt(index + 1) === CODE_COLON;
}

/** Whether the first `words` words at `starts`/`ends` spell a case-sensitive output exactly. */
function caseFits(text: string, starts: readonly number[], ends: readonly number[], words: number, output: TrieOutput): boolean {
  const exact = output.exactTokens;
  if (!exact) return true;
  if (exact.length !== words) return false;
  for (let offset = 0; offset < exact.length; offset++) {
    const token = exact[offset];
    if (ends[offset] - starts[offset] !== token.length || !text.startsWith(token, starts[offset])) return false;
  }
  return true;
}

/** ASCII letters fold to lower case; the catalog's names are all ASCII, so nothing else needs folding. */
function foldCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** A non-negative hash of `text[start, end)` with ASCII case folded (`MentionMatcher.forEach` computes it inline too). */
function foldedHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + foldCode(text.charCodeAt(index))) | 0;
  return withLength(hash, end - start);
}

/** Mixes a word's length into the running hash of its characters. */
function withLength(hash: number, length: number): number {
  return (hash ^ Math.imul(length, 0x9e3779b1)) & 0x7fffffff;
}

/** How many entries `MentionMatcher.firstTokens` has (a power of two). */
const FIRST_TOKEN_SLOTS = 1 << 16;

/** Whether `text[start, end)` equals the already-folded `token`, ignoring ASCII case. */
function sameFoldedToken(text: string, start: number, end: number, token: string): boolean {
  if (end - start !== token.length) return false;
  for (let offset = 0; offset < token.length; offset++) {
    if (foldCode(text.charCodeAt(start + offset)) !== token.charCodeAt(offset)) return false;
  }
  return true;
}

/** Splits a phrase into its word tokens, e.g. "Multi-AZ" → ["Multi", "AZ"]. */
export function phraseTokens(phrase: string): string[] {
  const tokens: string[] = [];
  let index = 0;
  while (index < phrase.length) {
    const code = phrase.charCodeAt(index);
    if (!isWordCode(code) || code === CODE_UNDERSCORE) {
      index++;
      continue;
    }
    const end = wordEnd(phrase, index);
    tokens.push(phrase.slice(index, end));
    index = end;
  }
  return tokens;
}


/**
 * The single-pass matcher. Build it once; `find` is then safe to call on any
 * string, any size.
 */
export class MentionMatcher {
  private readonly root: TrieNode = {};
  /** Scratch space for one trie walk: where each word of the phrase so far starts and ends. */
  private readonly walkStarts: number[] = [];
  private readonly walkEnds: number[] = [];
  /**
   * Non-zero at `foldedHash % FIRST_TOKEN_SLOTS` of every phrase's first
   * token: a word whose slot is zero starts no name, which is most words, and
   * is passed over without a trie lookup. `forEach` hashes each word as it
   * finds its end, so the test costs one load.
   */
  private readonly firstTokens = new Uint8Array(FIRST_TOKEN_SLOTS);
  /** The entry of the phrase `longestMatchAt` found last. */
  private matchedEntryId = '';
  /** Phrases that collided with an earlier phrase of another entry. */
  readonly conflicts: PhraseConflict[] = [];

  /**
   * @param phrases every alias (case-insensitive) and abbreviation (case-sensitive)
   * @param resolveResourceType maps a full type such as `AWS::S3::Bucket` to an entry id, or undefined
   */
  constructor(
    phrases: Iterable<MatcherPhrase>,
    private readonly resolveResourceType: (type: string) => string | undefined,
  ) {
    for (const phrase of phrases) this.add(phrase);
  }

  private add(phrase: MatcherPhrase): void {
    const tokens = phraseTokens(phrase.text);
    if (tokens.length === 0) return;
    // The trie's root is reached by the hash of the lower-cased first token, so that hash marks it.
    const firstKey = tokens[0].toLowerCase();
    this.firstTokens[foldedHash(firstKey, 0, firstKey.length) & (FIRST_TOKEN_SLOTS - 1)] = 1;
    let node = this.root;
    for (const token of tokens) {
      // Catalog names are ASCII, where toLowerCase folds exactly as foldCode does.
      const key = token.toLowerCase();
      const hash = foldedHash(key, 0, key.length);
      node.next ??= new Map();
      let child = node.next.get(hash);
      while (child && child.token !== key) child = child.collision;
      if (!child) {
        child = { token: key, collision: node.next.get(hash) };
        node.next.set(hash, child);
      }
      node = child;
    }
    node.outputs ??= [];
    const exactTokens = phrase.caseSensitive ? tokens : undefined;
    const clash = node.outputs.find((output) =>
      output.exactTokens === undefined || exactTokens === undefined
        ? output.exactTokens === exactTokens
        : output.exactTokens.join(' ') === exactTokens.join(' '),
    );
    if (clash) {
      if (clash.entryId !== phrase.entryId) {
        this.conflicts.push({ phrase: phrase.text, keptEntryId: clash.entryId, droppedEntryId: phrase.entryId });
      }
      return;
    }
    const output: TrieOutput = exactTokens ? { entryId: phrase.entryId, exactTokens } : { entryId: phrase.entryId };
    if (exactTokens) node.outputs.unshift(output);
    else node.outputs.push(output);
  }

  /**
   * Every mention in `text`, in order, never overlapping. At each word the
   * longest phrase wins ("Application Load Balancer" over "Load Balancer"),
   * and a full resource type (`AWS::S3::Bucket`) is one mention that hides
   * the words inside it. Never throws.
   */
  find(text: string): Mention[] {
    const mentions: Mention[] = [];
    this.forEach(text, (entryId, start, end) => {
      mentions.push({ entryId, start, end });
    });
    return mentions;
  }

  /**
   * Calls `visit` for every mention `find` would return, in the same order,
   * without building the list: tagging a whole notes folder only counts
   * mentions, and a Mention object per name would be garbage at once.
   */
  forEach(text: string, visit: MentionVisitor): void {
    if (typeof text !== 'string' || text.length === 0) return;
    const length = text.length;
    const firstTokens = this.firstTokens;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      const classes = CHAR_CLASSES[code];
      if ((classes & WORD_START_CHAR) === 0) {
        index++;
        continue;
      }
      // The word's end and its folded hash in one pass (`wordEnd` and `foldedHash`, inlined).
      let end = index + 1;
      let hash = code + ((classes & UPPER_ASCII_CHAR) << 2);
      while (end < length) {
        const next = text.charCodeAt(end);
        const nextClasses = CHAR_CLASSES[next];
        if ((nextClasses & WORD_CHAR) === 0) break;
        hash = (Math.imul(hash, 31) + next + ((nextClasses & UPPER_ASCII_CHAR) << 2)) | 0;
        end++;
      }
      if (text.charCodeAt(end - 1) === CODE_UNDERSCORE) {
        // Trailing underscores are emphasis, not part of the word (see `wordEnd`).
        end = wordEnd(text, index);
        hash = foldedHash(text, index, end);
      } else hash = withLength(hash, end - index);
      if (isTypeSeparator(text, end)) {
        const typeEnd = this.resourceTypeEnd(text, end);
        const entryId = this.resolveResourceType(text.slice(index, typeEnd));
        if (entryId !== undefined) visit(entryId, index, typeEnd);
        index = typeEnd;
        continue;
      }
      // Most words start no name at all.
      if (firstTokens[hash & (FIRST_TOKEN_SLOTS - 1)] === 0) {
        index = end;
        continue;
      }
      const matchEnd = this.longestMatchAt(text, index, end, hash);
      if (matchEnd < 0) {
        index = end;
        continue;
      }
      visit(this.matchedEntryId, index, matchEnd);
      index = matchEnd;
    }
  }

  /**
   * Walks the trie from the word at `[start, end)` through the words that
   * follow it, and finds the longest phrase that fits. Most words are not
   * the start of any name, so this usually costs one hash lookup. Returns
   * where that phrase ends and leaves its entry in `matchedEntryId`, or
   * returns -1 when nothing matched; no object per match, as this runs for
   * every candidate word of every note.
   */
  private longestMatchAt(text: string, start: number, end: number, hash: number): number {
    let node = this.child(this.root, text, start, end, hash);
    if (!node) return -1;
    const tokenStarts = this.walkStarts;
    const tokenEnds = this.walkEnds;
    let depth = 0;
    let bestEntryId: string | undefined;
    let bestEnd = -1;
    let tokenStart = start;
    let tokenEnd = end;
    while (node) {
      tokenStarts[depth] = tokenStart;
      tokenEnds[depth] = tokenEnd;
      depth++;
      const outputs = node.outputs;
      if (outputs) {
        for (let which = 0; which < outputs.length; which++) {
          if (caseFits(text, tokenStarts, tokenEnds, depth, outputs[which])) {
            bestEntryId = outputs[which].entryId;
            bestEnd = tokenEnd;
            break;
          }
        }
      }
      if (!node.next) break;
      // The next word continues the phrase only across a short joining gap.
      let cursor = tokenEnd;
      while (cursor < text.length && cursor - tokenEnd <= MAX_JOIN_GAP && (CHAR_CLASSES[text.charCodeAt(cursor)] & JOIN_GAP_CHAR) !== 0) cursor++;
      if (cursor === tokenEnd || cursor - tokenEnd > MAX_JOIN_GAP || cursor >= text.length) break;
      if ((CHAR_CLASSES[text.charCodeAt(cursor)] & WORD_START_CHAR) === 0) break;
      tokenStart = cursor;
      tokenEnd = wordEnd(text, cursor);
      if (isTypeSeparator(text, tokenEnd)) break;
      node = this.child(node, text, tokenStart, tokenEnd, foldedHash(text, tokenStart, tokenEnd));
    }
    if (bestEntryId === undefined) return -1;
    this.matchedEntryId = bestEntryId;
    return bestEnd;
  }

  /** The child of `node` reached by the word `text[start, end)`, if any. */
  private child(node: TrieNode, text: string, start: number, end: number, hash: number): TrieNode | undefined {
    let child = node.next?.get(hash);
    while (child && !sameFoldedToken(text, start, end, child.token ?? '')) child = child.collision;
    return child;
  }

  /**
   * Where a `Word::Word::Word` run that starts before `colonIndex` ends.
   * The second segment may hold hyphens (`AWS::Serverless-2016-10-31`); the
   * last may not, so "AWS::EC2::Instance-level" still yields the type.
   */
  private resourceTypeEnd(text: string, colonIndex: number): number {
    let end = colonIndex;
    let segment = 1;
    while (
      text.charCodeAt(end) === CODE_COLON &&
      text.charCodeAt(end + 1) === CODE_COLON &&
      isWordCode(text.charCodeAt(end + 2)) &&
      segment < 4
    ) {
      segment++;
      let cursor = end + 3;
      const allowHyphen = segment === 2;
      while (cursor < text.length && isTypeSegmentCode(text.charCodeAt(cursor), allowHyphen)) cursor++;
      end = cursor;
    }
    return end;
  }


}
