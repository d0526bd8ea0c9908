import { foldCase } from './tokenize';

/** Lower-cased code of each ASCII word character ([A-Za-z0-9]); 0 for the rest. */
const ASCII_WORD = new Uint8Array(256);
for (let code = 48; code <= 57; code++) ASCII_WORD[code] = code;
for (let code = 97; code <= 122; code++) ASCII_WORD[code] = code;
for (let code = 65; code <= 90; code++) ASCII_WORD[code] = code + 32;

const CHAR_S = 115;
const CHAR_E = 101;
const CHAR_I = 105;
const CHAR_U = 117;
const CHAR_Y = 121;
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_MULTIPLIER = 0x9e3779b1 | 0;
const ENCODER = new TextEncoder();
/** Texts longer than this (in characters) are scanned piecewise, so the buffers stay small. */
const MAX_CHUNK = 1 << 20;
/** Up to this length a text is copied to bytes by hand: the native encoder's call costs more. */
const SHORT_TEXT = 64;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RUNS = /[^\x00-\x7f]+/g;
const NON_WORD = /[^a-z0-9]/g;

/**
 * Interns the search tokens of texts as small integers, without building a
 * string per word: indexing 10,000 sections meets a word over a million times
 * but only a few thousand distinct ones. Each word is gathered as bytes,
 * hashed four bytes at a time, found in an open-addressing table by that
 * hash, and checked against the stored bytes (four at a time too); a string
 * is made only the first time a word is seen.
 *
 * `scan` yields exactly the tokens `forEachToken` does (case-folded, accents
 * stripped, plurals stemmed), so the index and the query side agree.
 */
export class TokenTable {
  /** What `scan` found: every token in text order, or each distinct token once (see `scan`). */
  ids: Int32Array = new Int32Array(1024);
  /** Occurrences per token id after a distinct `scan`; the caller zeroes what it read. */
  counts: Int32Array = new Int32Array(1024);
  /** How many tokens (with repeats) the last `scan` found. */
  tokenCount = 0;

  private texts: string[] = [];
  /** Per id: hash, length, and where its bytes sit in `units` (four-byte units, zero-padded). */
  private hashes: Int32Array = new Int32Array(1024);
  private lengths: Int32Array = new Int32Array(1024);
  private starts: Int32Array = new Int32Array(1024);
  private units: Int32Array = new Int32Array(2048);
  private unitsUsed = 0;
  /** Open addressing: id + 1 per bucket, 0 when empty. */
  private buckets: Int32Array = new Int32Array(2048);
  /** The word being scanned, folded, and the same bytes as four-byte units. */
  private word: Uint8Array = new Uint8Array(256);
  private wordUnits: Int32Array = new Int32Array(this.word.buffer);
  /** The (ASCII) text being scanned, one byte per character. */
  private bytes: Uint8Array = new Uint8Array(1 << 16);
  /** Where `find` would have put the token it last missed (-1: that token cannot be a word). */
  private missHash = 0;
  private missBucket = -1;
  /** Runs of characters beyond ASCII → their folded word characters, anything else as spaces. */
  private readonly foldedRuns = new Map<string, string>();

  /** How many distinct tokens have been seen; ids run from 0 to size - 1. */
  get size(): number {
    return this.texts.length;
  }

  /** The token an id stands for. */
  text(id: number): string {
    return this.texts[id];
  }

  /** The id of a token (as `tokenize` makes them), or -1 when it was never seen. */
  idOf(token: string): number {
    return this.find(token);
  }

  /**
   * The id of a token exactly as given (already folded and stemmed, ASCII),
   * added when new: how a stored vocabulary is read back with the same ids.
   * Returns -1 for a token that no scan could have made (beyond ASCII).
   */
  intern(token: string): number {
    if (token.length + 4 > this.word.length) this.growWord(token.length + 4);
    const id = this.find(token);
    if (id >= 0 || this.missBucket < 0) return id;
    return this.add(this.missHash, token.length, this.missBucket);
  }

  /**
   * The id of `token`, or -1. On a miss for a token that could be a word, it
   * is left in the word buffer and `missHash`/`missBucket` say where it would
   * go, so `intern` adds it without hashing and probing again.
   */
  private find(token: string): number {
    this.missBucket = -1;
    const length = token.length;
    if (length + 4 > this.word.length) return -1;
    for (let i = 0; i < length; i++) {
      const code = token.charCodeAt(i);
      if (code > 127) return -1;
      this.word[i] = code;
    }
    const units = padToUnits(this.word, length);
    const hash = hashUnits(this.wordUnits, units, length);
    const { buckets, hashes, lengths } = this;
    const mask = buckets.length - 1;
    let bucket = (hash ^ (hash >>> 16)) & mask;
    for (; buckets[bucket] !== 0; bucket = (bucket + 1) & mask) {
      const id = buckets[bucket] - 1;
      if (hashes[id] === hash && lengths[id] === length && this.sameUnits(id, units)) return id;
    }
    this.missHash = hash;
    this.missBucket = bucket;
    return -1;
  }

  /**
   * Interns every token of `text` that has at least `minLength` characters;
   * returns how many ids it left in `ids`. With `distinct`, each token appears
   * there once, in order of first sight, and `counts` holds its occurrences;
   * otherwise `ids` lists every token in text order. Never throws on odd text.
   */
  scan(text: string, minLength: number, distinct: boolean): number {
    // The loop below reads one byte per character, which scans several times
    // faster than charCodeAt. From the first character beyond ASCII on, the
    // text is folded first (accents off, ligatures apart) into ASCII.
    let rest = text;
    let folded = false;
    let word = this.word;
    let wordUnits = this.wordUnits;
    let ids = this.ids;
    let out = 0;
    let tokens = 0;
    let length = 0;
    for (;;) {
      const last = rest.length <= MAX_CHUNK;
      const chunk = last ? rest : rest.slice(0, MAX_CHUNK);
      const size = chunk.length;
      let bytes = this.bytes;
      // UTF-8 takes up to three bytes per UTF-16 unit.
      if (bytes.length < size * 3) bytes = this.bytes = new Uint8Array(Math.max(size * 3, bytes.length * 2));
      // Where the ASCII ends: a native encoder pays off on long texts, a plain copy on short ones.
      let bound = size;
      if (size > SHORT_TEXT) {
        const { written } = ENCODER.encodeInto(chunk, bytes);
        if (written !== size) bound = chunk.search(NON_ASCII);
      } else {
        for (let i = 0; i < size; i++) {
          const code = chunk.charCodeAt(i);
          if (code > 127) {
            bound = i;
            break;
          }
          bytes[i] = code;
        }
      }
      // Already-folded text is all ASCII; a word cut by the end of a chunk (or by
      // the first character beyond ASCII) goes on in the next piece.
      const cut = bound < size || !last;
      // Room for the longest word (padded) and the most tokens this chunk can hold, so the loop never checks.
      if (word.length < length + size + 8) {
        this.growWord(length + size + 8);
        word = this.word;
        wordUnits = this.wordUnits;
      }
      if (ids.length < out + (size >> 1) + 2) ids = this.growIds(out + (size >> 1) + 2);
      let counts = this.counts;
      let buckets = this.buckets;
      let hashes = this.hashes;
      let lengths = this.lengths;
      let starts = this.starts;
      let units = this.units;
      let mask = buckets.length - 1;
      // A space after the last byte stops every word loop below without a bounds check.
      bytes[bound] = 32;
      for (let i = 0; ; i++) {
        // Separators are most of the bytes between words: skip them in a tight loop
        // (unless a word from the previous piece is still open).
        let code = ASCII_WORD[bytes[i]];
        if (length === 0) while (code === 0 && i < bound) code = ASCII_WORD[bytes[++i]];
        while (code !== 0) {
          word[length++] = code;
          code = ASCII_WORD[bytes[++i]];
        }
        if (i >= bound && (cut || length === 0)) break;
        if (length >= minLength) {
          // Stem as `stem` does.
          let n = length;
          if (n > 3 && word[n - 1] === CHAR_S) {
            if (n > 4 && word[n - 2] === CHAR_E && word[n - 3] === CHAR_I) {
              // policies → policy
              word[n - 3] = CHAR_Y;
              n -= 2;
            } else {
              const before = word[n - 2];
              // "class", "status", "redis" keep their s.
              if (before !== CHAR_S && before !== CHAR_U && before !== CHAR_I) n--;
            }
          }
          // hashUnits and sameUnits, inlined: this runs for every word of every note.
          word[n] = 0;
          word[n + 1] = 0;
          word[n + 2] = 0;
          const wordSize = (n + 3) >> 2;
          let hash = HASH_SEED;
          for (let u = 0; u < wordSize; u++) {
            hash = Math.imul(hash ^ wordUnits[u], HASH_MULTIPLIER);
            hash ^= hash >>> 15;
          }
          hash = Math.imul(hash ^ n, HASH_MULTIPLIER);
          let bucket = (hash ^ (hash >>> 16)) & mask;
          let id = -1;
          for (let entry = buckets[bucket]; entry !== 0; entry = buckets[bucket]) {
            const candidate = entry - 1;
            if (hashes[candidate] === hash && lengths[candidate] === n) {
              const start = starts[candidate];
              let u = 0;
              while (u < wordSize && units[start + u] === wordUnits[u]) u++;
              if (u === wordSize) {
                id = candidate;
                break;
              }
            }
            bucket = (bucket + 1) & mask;
          }
          if (id < 0) {
            id = this.add(hash, n, bucket);
            counts = this.counts;
            buckets = this.buckets;
            hashes = this.hashes;
            lengths = this.lengths;
            starts = this.starts;
            units = this.units;
            mask = buckets.length - 1;
          }
          tokens++;
          if (!distinct) ids[out++] = id;
          else if (counts[id]++ === 0) ids[out++] = id;
        }
        length = 0;
        if (i >= bound) break;
      }
      if (bound < size && !folded) {
        rest = rest.slice(bound).replace(NON_ASCII_RUNS, this.foldRun);
        folded = true;
        continue;
      }
      if (last) break;
      rest = rest.slice(MAX_CHUNK);
    }
    this.tokenCount = tokens;
    return out;
  }

  /** Adds the (zero-padded) word of `length` bytes, whose hash is `hash`, in the empty `bucket`; returns its id. */
  private add(hash: number, length: number, bucket: number): number {
    const id = this.texts.length;
    if (id === this.hashes.length) this.growTable();
    const size = (length + 3) >> 2;
    if (this.unitsUsed + size > this.units.length) {
      const grown = new Int32Array(Math.max(this.units.length * 2, this.unitsUsed + size));
      grown.set(this.units);
      this.units = grown;
    }
    const start = this.unitsUsed;
    this.units.set(this.wordUnits.subarray(0, size), start);
    this.unitsUsed += size;
    this.hashes[id] = hash;
    this.lengths[id] = length;
    this.starts[id] = start;
    this.texts.push(bytesToString(this.word, length));
    this.buckets[bucket] = id + 1;
    // Keep the table at most half full, so probes stay short.
    if (this.texts.length * 2 > this.buckets.length) this.rehash();
    return id;
  }

  private sameUnits(id: number, size: number): boolean {
    const { units, wordUnits } = this;
    const start = this.starts[id];
    for (let u = 0; u < size; u++) if (units[start + u] !== wordUnits[u]) return false;
    return true;
  }

  private rehash(): void {
    const buckets = new Int32Array(this.buckets.length * 2);
    const mask = buckets.length - 1;
    for (let id = 0; id < this.texts.length; id++) {
      const hash = this.hashes[id];
      let bucket = (hash ^ (hash >>> 16)) & mask;
      while (buckets[bucket] !== 0) bucket = (bucket + 1) & mask;
      buckets[bucket] = id + 1;
    }
    this.buckets = buckets;
  }

  private growTable(): void {
    const capacity = this.hashes.length * 2;
    const grow = (from: Int32Array) => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.hashes = grow(this.hashes);
    this.lengths = grow(this.lengths);
    this.starts = grow(this.starts);
    this.counts = grow(this.counts);
  }

  /** A word buffer of at least `size` bytes, in whole units, keeping what it holds. */
  private growWord(size: number): void {
    const grown = new Uint8Array((Math.max(size, this.word.length * 2) + 3) & ~3);
    grown.set(this.word);
    this.word = grown;
    this.wordUnits = new Int32Array(grown.buffer);
  }

  private growIds(size: number): Int32Array {
    const grown = new Int32Array(Math.max(size, this.ids.length * 2));
    grown.set(this.ids);
    return (this.ids = grown);
  }

  /**
   * A run of characters beyond ASCII, folded as `foldCase` folds it inside any
   * text (case mapping and NFKD work one code point at a time; final sigma, the
   * one context-dependent mapping, yields no word character either way), with
   * everything but [a-z0-9] turned into spaces: uppercase left by NFKD (ℂ → C)
   * is no word character to `forEachToken` either.
   */
  private readonly foldRun = (run: string): string => {
    let folded = this.foldedRuns.get(run);
    if (folded === undefined) {
      folded = foldCase(run).replace(NON_WORD, ' ');
      if (this.foldedRuns.size > 10_000) this.foldedRuns.clear();
      this.foldedRuns.set(run, folded);
    }
    return folded;
  };
}

/** Zeroes the bytes after a word up to the next four-byte boundary; returns its size in units. */
function padToUnits(word: Uint8Array, length: number): number {
  word[length] = 0;
  word[length + 1] = 0;
  word[length + 2] = 0;
  return (length + 3) >> 2;
}

/** The hash `scan` gives a zero-padded word of `size` units and `length` bytes. */
function hashUnits(wordUnits: Int32Array, size: number, length: number): number {
  let hash = HASH_SEED;
  for (let u = 0; u < size; u++) {
    hash = Math.imul(hash ^ wordUnits[u], HASH_MULTIPLIER);
    hash ^= hash >>> 15;
  }
  return Math.imul(hash ^ length, HASH_MULTIPLIER);
}

/** The first `length` bytes as a string, in slices small enough for an argument list. */
function bytesToString(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += 4096) {
    text += String.fromCharCode(...bytes.subarray(start, Math.min(length, start + 4096)));
  }
  return text;
}
