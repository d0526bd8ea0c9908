/**
 * A snapshot of the whole index, sections and search postings, stored between
 * sessions so a start with unchanged notes reads it instead of parsing,
 * tagging and tokenising every file again. At 10,000 sections that work is
 * over a second of CPU; reading the snapshot is a fraction of it.
 *
 * Each file is stored with the SHA-256 of the bytes it was indexed from, and
 * is used again only for the same bytes; with it goes the file's stat from
 * then (`FileStamp`), so a later start that finds the file unchanged takes
 * the key without reading and hashing the file again, as git's index does. The search postings are stored as
 * flat typed arrays, and every string but the bodies in chunks of about 256K
 * characters, so reading them back creates few objects: a string becomes a
 * slice of its chunk's text, not a copy, and a chunk is decoded only when a
 * file that needs it is restored. The bodies, most of the text, are kept
 * apart as UTF-8 and stay bytes after the restore: each is decoded when its
 * section's body is first read (see `IndexedSection`).
 *
 * Layout: the magic bytes, the length of the JSON header and the header
 * (padded to four bytes), the typed arrays the header lists (little-endian,
 * as the machine holds them), then the string chunks: the ASCII ones, stored
 * as Latin-1, followed by the others, stored as UTF-8; last, the bodies.
 */
import { Buffer } from 'node:buffer';
import { promises as fs } from 'node:fs';
import { isRecord } from './analysed-notes';
import type { BodyBytes } from './indexed-section';
import type { AnalysedSection, StoredSections } from './note-index';
import type { FileStamp } from './notes-scanner';
import type { SearchState } from './search';
import type { NoteOrigin, ParsedSection, SectionKind } from './types';

/** Bumped whenever the layout changes, so an old snapshot is ignored rather than misread. */
export const SNAPSHOT_FORMAT = 5;
const MAGIC = 'AWSNOTES';

/** One indexed file as stored: where it is, the hash of its bytes, and its analysed sections (ids included). */
export interface SnapshotFile {
  path: string;
  label: string;
  origin: NoteOrigin;
  /** SHA-256 of the file's bytes, as `contentKey` gives it. */
  key: string;
  /**
   * The file's stat from before those bytes were read, when it vouches for
   * them (`trustedStamp`): a later start that finds the same stamp takes the
   * key without reading the file. Without one, the bytes are hashed.
   */
  stamp?: FileStamp;
  sections: AnalysedSection[];
}

/**
 * A file as read back: its sections are made when asked for, file by file,
 * so the objects of one file are handed to the index and left behind before
 * the next is read (short-lived objects cost the garbage collector little).
 */
export interface StoredFile extends StoredSections {
  path: string;
  label: string;
  origin: NoteOrigin;
  key: string;
  /** The stamp saved with the key, if any (see `SnapshotFile.stamp`). */
  stamp: FileStamp | undefined;
  sectionCount: number;
  /** Reads the file's sections; throws on damaged data. */
  readSections(): AnalysedSection[];
}

/** What is stored: the files in index order, and the search engine's state over their sections. */
export interface IndexSnapshot<File = SnapshotFile> {
  /** Identifies the code that built it; a snapshot from another build of the extension is not used. */
  buildId: string;
  files: File[];
  search: SearchState;
}

/** A snapshot as read back: each search slot's section, numbered through the files' sections in order (-1: none). */
export interface StoredSnapshot extends IndexSnapshot<StoredFile> {
  slotSections: Int32Array;
}

/** Fields of one section in the `sections` array, which holds `SECTION_FIELDS` numbers per section. */
const enum SectionField {
  Id,
  Title,
  Snippet,
  /** Where the body's UTF-8 bytes start and end in the bodies blob. */
  BodyStart,
  BodyEnd,
  StartLine,
  EndLine,
  Kind,
  ParentsAt,
  ParentsCount,
  HeadingsAt,
  HeadingsCount,
  TagsAt,
  TagsCount,
  /** A passage's parent, as its position in the same file's sections; -1 for a top-level section. */
  Parent,
}
const SECTION_FIELDS = 15;
/** Fields of one file in the `files` array: path, label, origin, key, first section, section count. */
const FILE_FIELDS = 6;
/** Numbers per file in `fileStamps` (float64, stored as pairs of int32): size, mtimeMs, ctimeMs, ino; NaN for none. */
const STAMP_FIELDS = 4;

/** The small JSON header; everything else is in the typed arrays and the string blobs. */
interface StoredHeader {
  format: number;
  buildId: string;
  /** How many strings the table holds, and how many UTF-16 units of them are in the ASCII blob. */
  stringCount: number;
  asciiLength: number;
  /** Bytes of the ASCII blob and of the other blob, which follow the arrays back to back. */
  asciiBytes: number;
  otherBytes: number;
  /** Bytes of the bodies blob, which follows the other two: every section's body, as UTF-8, one after the other. */
  bodyBytes: number;
  slotCount: number;
  /** Lengths, in elements, of the typed arrays, in `ARRAY_ORDER`. */
  arrays: number[];
}

/** The typed arrays after the header, in this order. */
const ARRAY_ORDER = [
  'stringOffsets',
  'stringChunks',
  'files',
  'fileStamps',
  'sections',
  'lists',
  'tagEntries',
  'tagScores',
  'tokens',
  'entryIds',
  'slotSections',
  'bodyLength',
  'shortOffsets',
  'shortSlots',
  'shortWeights',
  'bodyOffsets',
  'bodySlots',
  'bodyWeights',
  'entryOffsets',
  'entrySlots',
  'entryWeights',
] as const;
type ArrayName = (typeof ARRAY_ORDER)[number];
const FLOAT_ARRAYS: ReadonlySet<ArrayName> = new Set(['tagScores', 'shortWeights', 'bodyWeights', 'entryWeights']);

/** The files' paths, labels and keys up to this long are read by themselves when their chunk is not decoded yet (see `StringTableReader.get`). */
const SHORT_STRING = 512;
/**
 * About how many UTF-16 units of strings go into one chunk (see `StringTableWriter.endBatch`). With the bodies
 * apart, a megabyte's chunk held the titles and snippets of some 30 files, and decoding one (2–5 ms) fell inside
 * a single file's install; a quarter of that keeps the install's steps short.
 */
const CHUNK_UNITS = 1 << 18;
/** About how many bytes of bodies go into one chunk while writing (see `BodyBlobWriter`). */
const CHUNK_BYTES = 1 << 20;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const KINDS: readonly SectionKind[] = ['qa', 'scenario', 'note'];
const ORIGINS: readonly NoteOrigin[] = ['bundled', 'user'];
/** What `readSectionAt` gives a section without headings; frozen, as every such section shares it. */
const NO_HEADINGS = Object.freeze([]) as unknown as string[];

/**
 * One of the two string blobs. Each string's bytes go straight into the
 * current chunk's buffer as it is added (no batch of strings joined and
 * encoded again), and `endBatch` closes the chunk: only a chunk's buffer
 * ever grows, never the whole blob.
 */
class BlobWriter {
  /** The current chunk's bytes so far, `byteLength` of them. */
  bytes: Buffer = Buffer.allocUnsafeSlow(1 << 16);
  byteLength = 0;
  /** UTF-16 units added so far. */
  length = 0;
  /** The closed chunks' bytes, and per chunk the byte it ends at in the blob and its length in UTF-16 units. */
  readonly chunks: Uint8Array[] = [];
  readonly chunkEnds: number[] = [];
  readonly chunkLengths: number[] = [];
  /** Bytes in the closed chunks. */
  closedBytes = 0;
  /** Where the current batch starts, in units, and how many strings (empty ones too) it holds. */
  private batchStart = 0;
  private batchCount = 0;
  /** The last code unit of the batch's last non-empty string, while it is a high surrogate (else 0). */
  private pendingHigh = 0;

  /** Makes room for `more` bytes after those written. */
  reserve(more: number): void {
    if (this.byteLength + more <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.byteLength + more));
    this.bytes.copy(grown, 0, 0, this.byteLength);
    this.bytes = grown;
  }

  /** All the blob's bytes. */
  get totalBytes(): number {
    return this.closedBytes + this.byteLength;
  }

  /** Counts `text` as added, its `written` bytes already in place after the others; returns where it starts, in units. */
  commit(text: string, written: number): number {
    const start = this.length;
    this.byteLength += written;
    this.length += text.length;
    this.batchCount++;
    if (text.length > 0) {
      const last = text.charCodeAt(text.length - 1);
      this.pendingHigh = last >= 0xd800 && last <= 0xdbff ? last : 0;
    }
    return start;
  }

  /** Appends `text`, whose UTF-8 bytes are `source[from, to)`; returns where it starts, in units. */
  addEncoded(text: string, source: Buffer, from: number, to: number): number {
    const first = text.length > 0 ? text.charCodeAt(0) : 0;
    if (this.pendingHigh !== 0 && this.batchCount > 0 && first >= 0xdc00 && first <= 0xdfff) {
      // A chunk is the UTF-8 of its strings joined, so a high surrogate ending one string and a low one starting
      // the next make one character there, not two U+FFFD: encode them again as the pair.
      this.byteLength -= 3;
      this.reserve(3 * text.length + 4);
      const written = this.bytes.write(String.fromCharCode(this.pendingHigh) + text, this.byteLength, 'utf8');
      return this.commit(text, written);
    }
    this.reserve(to - from);
    source.copy(this.bytes, this.byteLength, from, to);
    return this.commit(text, to - from);
  }

  /** Ends a chunk once the batch holds `CHUNK_UNITS`, or whatever it holds when `force`d. */
  endBatch(force: boolean): void {
    if (this.batchCount === 0 || (!force && this.length - this.batchStart < CHUNK_UNITS)) return;
    // UTF-8 round-trips each string to the same number of UTF-16 units (a lone surrogate becomes U+FFFD), so offsets hold.
    this.chunks.push(this.bytes.subarray(0, this.byteLength));
    this.closedBytes += this.byteLength;
    this.chunkEnds.push(this.closedBytes);
    this.chunkLengths.push(this.length - this.batchStart);
    // The next chunk starts in a buffer of the size this one needed: it will likely fit without growing.
    this.bytes = Buffer.allocUnsafeSlow(force ? 0 : this.bytes.length);
    this.byteLength = 0;
    this.batchStart = this.length;
    this.batchCount = 0;
    this.pendingHigh = 0;
  }
}

/**
 * Every string of a snapshot but the bodies, once each, split into an ASCII blob and a blob of the rest: Node reads
 * ASCII as Latin-1 at memory speed; only the rest is decoded from UTF-8.
 * Chunks are cut a batch at a time (`endBatch`), so the reader can decode
 * them one by one.
 */
class StringTableWriter {
  private readonly ids = new Map<string, number>();
  private readonly ascii = new BlobWriter();
  private readonly other = new BlobWriter();
  /** Per string: where it starts and ends in its blob, in UTF-16 units; negative (bitwise not) in the other blob. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The index of a string, shared with earlier equal strings. */
  add(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.starts.length;
    this.ids.set(text, id);
    // Encoded once, as UTF-8 after the ASCII blob's bytes: it is ASCII exactly when it takes one byte per unit
    // (anything else takes two or more), and otherwise those bytes are what the other blob gets.
    const ascii = this.ascii;
    ascii.reserve(3 * text.length);
    const written = text.length === 0 ? 0 : ascii.bytes.write(text, ascii.byteLength, 'utf8');
    if (written === text.length) {
      const start = ascii.commit(text, written);
      this.starts.push(start);
      this.ends.push(start + text.length);
    } else {
      const start = this.other.addEncoded(text, ascii.bytes, ascii.byteLength, ascii.byteLength + written);
      this.starts.push(~start);
      this.ends.push(~(start + text.length));
    }
    return id;
  }

  /**
   * Ends a chunk of each blob once its batch holds `CHUNK_UNITS` (or always,
   * when `force`d). The reader decodes a chunk only when it first needs a
   * string in it. Chunks of about 256K units keep each decoding step short,
   * and are still large enough (over V8's 128 KB) that V8 puts their text straight into its
   * large-object space rather than copying it from one young generation to the next.
   */
  endBatch(force = false): void {
    this.ascii.endBatch(force);
    this.other.endBatch(force);
  }

  /**
   * The two blobs' bytes, with their byte lengths; offsets into the
   * concatenation of the two blobs' texts (the ASCII one first): string `i`
   * runs from `offsets[2i]` to `offsets[2i + 1]`; and the chunk table: per
   * chunk its first and end byte in the blobs laid back to back, and its first
   * and end unit in that concatenated text.
   */
  finish(): { ascii: Uint8Array[]; other: Uint8Array[]; asciiBytes: number; otherBytes: number; asciiLength: number; offsets: Int32Array; chunkTable: Int32Array } {
    this.endBatch(true);
    const asciiLength = this.ascii.length;
    const offsets = new Int32Array(this.starts.length * 2);
    for (let i = 0; i < this.starts.length; i++) {
      const start = this.starts[i];
      offsets[2 * i] = start >= 0 ? start : ~start + asciiLength;
      const end = this.ends[i];
      offsets[2 * i + 1] = end >= 0 ? end : ~end + asciiLength;
    }
    const chunkCount = this.ascii.chunkEnds.length + this.other.chunkEnds.length;
    const chunkTable = new Int32Array(chunkCount * 4);
    let c = 0;
    let unit = 0;
    for (const [blob, byteBase] of [[this.ascii, 0], [this.other, this.ascii.totalBytes]] as const) {
      let byte = 0;
      for (let k = 0; k < blob.chunkEnds.length; k++, c++) {
        chunkTable[c * 4] = byteBase + byte;
        chunkTable[c * 4 + 1] = byteBase + blob.chunkEnds[k];
        chunkTable[c * 4 + 2] = unit;
        chunkTable[c * 4 + 3] = unit + blob.chunkLengths[k];
        byte = blob.chunkEnds[k];
        unit += blob.chunkLengths[k];
      }
    }
    return { ascii: this.ascii.chunks, other: this.other.chunks, asciiBytes: this.ascii.totalBytes, otherBytes: this.other.totalBytes, asciiLength, offsets, chunkTable };
  }
}

/**
 * The bodies' blob: each body's UTF-8 after the last, in chunks of about a
 * megabyte so that only a chunk's buffer ever grows. The reader decodes a
 * body from its byte range when the body is first read, so no chunk table is
 * needed: a body is never cut across two chunks' texts.
 */
class BodyBlobWriter {
  private bytes: Buffer = Buffer.allocUnsafeSlow(1 << 16);
  private used = 0;
  private closed = 0;
  readonly chunks: Uint8Array[] = [];

  /** Bytes written so far: where the next body starts. */
  get byteLength(): number {
    return this.closed + this.used;
  }

  /** Appends a body; returns the byte it starts at. */
  add(text: string): number {
    const start = this.byteLength;
    if (text.length === 0) return start;
    if (this.used + 3 * text.length > this.bytes.length) {
      if (this.used > 0) this.close();
      if (3 * text.length > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(Math.max(this.bytes.length, 3 * text.length));
    }
    this.used += this.bytes.write(text, this.used, 'utf8');
    if (this.used >= CHUNK_BYTES) this.close();
    return start;
  }

  /** Appends a body as UTF-8 bytes already encoded (from a snapshot read earlier); returns the byte it starts at. */
  addBytes(bytes: Uint8Array): number {
    const start = this.byteLength;
    if (bytes.length === 0) return start;
    if (this.used + bytes.length > this.bytes.length) {
      if (this.used > 0) this.close();
      if (bytes.length > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(bytes.length);
    }
    this.bytes.set(bytes, this.used);
    this.used += bytes.length;
    if (this.used >= CHUNK_BYTES) this.close();
    return start;
  }

  /** Every chunk, the last one closed. */
  finish(): Uint8Array[] {
    if (this.used > 0) this.close();
    return this.chunks;
  }

  private close(): void {
    this.chunks.push(this.bytes.subarray(0, this.used));
    this.closed += this.used;
    this.used = 0;
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1 << 16, Math.min(this.bytes.length, 2 * CHUNK_BYTES)));
  }
}

/** A typed array that grows as values are pushed, doubling its storage. */
class GrowingArray<T extends Int32Array | Float32Array> {
  private data: T;
  length = 0;

  constructor(private readonly Kind: { new (length: number): T }) {
    this.data = new Kind(1024);
  }

  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) {
      const grown = new this.Kind(Math.max(this.data.length * 2, this.length + values.length));
      grown.set(this.data);
      this.data = grown;
    }
    for (const value of values) this.data[this.length++] = value;
  }

  /** `push` of one value: the rest parameter makes an array per call, and a section has 14 fields. */
  add(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.Kind(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far (a view: later pushes may or may not show in it). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * Builds a snapshot file by file, so a caller can hand the event loop back
 * between files: at 10,000 sections the whole encoding is a few hundred
 * milliseconds, too long to hold the extension host in one piece.
 */
export class SnapshotWriter {
  private readonly strings = new StringTableWriter();
  /** The bodies apart from the other strings: the reader leaves them as bytes until a section's body is read. */
  private readonly bodies = new BodyBlobWriter();
  // Typed from the start: at 50,000 sections, turning plain arrays into typed ones at the end was a 150 ms pause.
  private readonly files = new GrowingArray(Int32Array);
  /** Each file's stamp, `STAMP_FIELDS` numbers (doubles: an mtime has fractions of a millisecond). */
  private readonly stamps: number[] = [];
  private readonly sections = new GrowingArray(Int32Array);
  private readonly lists = new GrowingArray(Int32Array);
  private readonly tagEntries = new GrowingArray(Int32Array);
  private readonly tagScores = new GrowingArray(Float32Array);
  /** Section id → its number in file order, to map search slots to sections. */
  private readonly ordinals = new Map<string, number>();
  private sectionCount = 0;

  constructor(private readonly buildId: string) {}

  /** Adds one file; files are read back in the order they were added. */
  addFile(file: SnapshotFile): void {
    const { strings, sections, tagEntries, tagScores } = this;
    this.files.push(strings.add(file.path), strings.add(file.label), ORIGINS.indexOf(file.origin), strings.add(file.key), this.sectionCount, file.sections.length);
    const { stamp } = file;
    if (stamp) this.stamps.push(stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino);
    else this.stamps.push(NaN, NaN, NaN, NaN);
    for (const { id, parsed, snippet, tags, parent, bodyUtf8 } of file.sections) {
      if (id) this.ordinals.set(id, this.sectionCount);
      // One field at a time, in this order: the order strings are added in decides their numbers.
      sections.add(strings.add(id ?? ''));
      sections.add(strings.add(parsed.title));
      sections.add(strings.add(snippet));
      // A body still in the bytes it was restored from is copied as it is: reading it would decode it for nothing.
      const body = bodyUtf8 !== undefined ? this.bodies.addBytes(bodyUtf8) : this.bodies.add(parsed.body);
      sections.add(body);
      sections.add(this.bodies.byteLength);
      sections.add(parsed.startLine);
      sections.add(parsed.endLine);
      sections.add(KINDS.indexOf(parsed.kind));
      sections.add(this.addList(parsed.parents));
      sections.add(parsed.parents.length);
      sections.add(this.addList(parsed.headings));
      sections.add(parsed.headings.length);
      sections.add(tagEntries.length);
      sections.add(tags.length);
      sections.add(parent ?? -1);
      for (const [entryId, score] of tags) {
        tagEntries.add(strings.add(entryId));
        tagScores.add(score);
      }
      this.sectionCount++;
    }
    strings.endBatch();
  }

  /**
   * The snapshot's bytes, in pieces to be written one after the other (copying
   * them into one buffer would cost more than making them), with the search
   * engine's state; `sectionIds` names the section in each of its slots (a
   * slot whose section was not added is stored as empty, and is dead when
   * read back).
   */
  finish(search: SearchState, sectionIds: readonly string[]): Uint8Array[] {
    const { head, arrays, ascii, other, bodies } = this.layOut(search, sectionIds);
    return [...head, ...arrays, ...ascii, ...other, ...bodies];
  }

  /**
   * The same bytes as `finish`, as three fresh buffers of their own, ready to
   * be transferred: the header and arrays, the strings, and the bodies (what
   * `splitSnapshot` would make of them, without first joining them into one).
   */
  finishParts(search: SearchState, sectionIds: readonly string[]): SnapshotParts {
    const pieces = this.layOut(search, sectionIds);
    return { head: joinFresh([...pieces.head, ...pieces.arrays]), strings: joinFresh([...pieces.ascii, ...pieces.other]), bodies: joinFresh(pieces.bodies) };
  }

  private layOut(search: SearchState, sectionIds: readonly string[]): { head: Uint8Array[]; arrays: Uint8Array[]; ascii: Uint8Array[]; other: Uint8Array[]; bodies: Uint8Array[] } {
    if (!LITTLE_ENDIAN) throw new Error('index snapshots are only made on little-endian machines');
    const { strings } = this;
    const slotSections = Int32Array.from(sectionIds, (id) => this.ordinals.get(id) ?? -1);
    const tokens = Int32Array.from(search.tokens, (token) => strings.add(token));
    const entryIds = Int32Array.from(search.entryIds, (entryId) => strings.add(entryId));
    const table = strings.finish();
    const bodies = this.bodies.finish();
    const arrays: Record<ArrayName, Int32Array | Float32Array> = {
      stringOffsets: table.offsets,
      stringChunks: table.chunkTable,
      files: this.files.view(),
      fileStamps: new Int32Array(Float64Array.from(this.stamps).buffer),
      sections: this.sections.view(),
      lists: this.lists.view(),
      tagEntries: this.tagEntries.view(),
      tagScores: this.tagScores.view(),
      tokens,
      entryIds,
      slotSections,
      bodyLength: search.bodyLength,
      shortOffsets: search.shortPostings.offsets,
      shortSlots: search.shortPostings.slots,
      shortWeights: search.shortPostings.weights,
      bodyOffsets: search.bodyPostings.offsets,
      bodySlots: search.bodyPostings.slots,
      bodyWeights: search.bodyPostings.weights,
      entryOffsets: search.entryPostings.offsets,
      entrySlots: search.entryPostings.slots,
      entryWeights: search.entryPostings.weights,
    };
    const header: StoredHeader = {
      format: SNAPSHOT_FORMAT,
      buildId: this.buildId,
      stringCount: table.offsets.length / 2,
      asciiLength: table.asciiLength,
      asciiBytes: table.asciiBytes,
      otherBytes: table.otherBytes,
      bodyBytes: this.bodies.byteLength,
      slotCount: search.slotCount,
      arrays: ARRAY_ORDER.map((name) => arrays[name].length),
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const prefix = Buffer.alloc(MAGIC.length + 4);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
    const head: Uint8Array[] = [prefix, headerBytes, Buffer.alloc(pad(headerBytes.length) - headerBytes.length)];
    const arrayBytes = ARRAY_ORDER.map((name) => {
      const array = arrays[name];
      return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    });
    return { head, arrays: arrayBytes, ascii: table.ascii, other: table.other, bodies };
  }

  private addList(items: readonly string[]): number {
    const at = this.lists.length;
    for (const item of items) this.lists.add(this.strings.add(item));
    return at;
  }
}

/**
 * A snapshot in three buffers, each its own: header and arrays (kept by the
 * search engine for the session), the strings (decoded at the restore, then
 * freed) and the bodies (kept as bytes, decoded body by body when read).
 */
export interface SnapshotParts {
  head: Uint8Array;
  strings: Uint8Array;
  bodies: Uint8Array;
}

/** Serialises a whole snapshot at once into one buffer (see `SnapshotWriter` to do it in steps). */
export function encodeSnapshot(snapshot: IndexSnapshot, sectionIds: readonly string[]): Uint8Array {
  const writer = new SnapshotWriter(snapshot.buildId);
  for (const file of snapshot.files) writer.addFile(file);
  return Buffer.concat(writer.finish(snapshot.search, sectionIds));
}

/**
 * Reads a snapshot made by `SnapshotWriter` for the same `buildId` from
 * bytes in memory. The file is ours but is read defensively: anything
 * truncated, damaged, from another format or another build yields an error
 * message, never an exception, and the caller then indexes from scratch.
 */
export function decodeSnapshot(bytes: Uint8Array, buildId: string): { snapshot: StoredSnapshot } | { error: string } {
  try {
    const buffer = asBuffer(bytes);
    const head = readHeadIn(buffer, buildId);
    if ('error' in head) return head;
    const { arraysStart, arraysEnd, stringsEnd, bodiesEnd } = head.layout;
    if (bodiesEnd > buffer.length) return { error: 'is damaged (truncated)' };
    return decodeParts(head.header, buffer.subarray(arraysStart, arraysEnd), buffer.subarray(arraysEnd, stringsEnd), buffer.subarray(stringsEnd, bodiesEnd), buildId);
  } catch (error) {
    return damaged(error);
  }
}

/**
 * A snapshot in memory split in three fresh buffers: `head` (magic bytes,
 * header and typed arrays), `strings` (the string blobs) and `bodies`, so that
 * the arrays a search engine keeps for the session do not keep the strings'
 * bytes alive, as `readSnapshotFile` does for a file. `decodeSnapshotParts`
 * reads them back.
 */
export function splitSnapshot(bytes: Uint8Array, buildId: string): SnapshotParts | { error: string } {
  try {
    const buffer = asBuffer(bytes);
    const head = readHeadIn(buffer, buildId);
    if ('error' in head) return head;
    const { arraysEnd, stringsEnd, bodiesEnd } = head.layout;
    if (bodiesEnd > buffer.length) return { error: 'is damaged (truncated)' };
    const copy = (from: number, to: number) => {
      const part = new Uint8Array(new ArrayBuffer(to - from));
      part.set(buffer.subarray(from, to));
      return part;
    };
    return { head: copy(0, arraysEnd), strings: copy(arraysEnd, stringsEnd), bodies: copy(stringsEnd, bodiesEnd) };
  } catch (error) {
    return damaged(error);
  }
}

/** Reads a snapshot split by `splitSnapshot`, with the same checks as `decodeSnapshot`. */
export function decodeSnapshotParts(parts: SnapshotParts, buildId: string): { snapshot: StoredSnapshot } | { error: string } {
  try {
    const buffer = asBuffer(parts.head);
    const strings = asBuffer(parts.strings);
    const bodies = asBuffer(parts.bodies);
    const head = readHeadIn(buffer, buildId);
    if ('error' in head) return head;
    const { arraysStart, arraysEnd, stringsEnd, bodiesEnd } = head.layout;
    if (arraysEnd !== buffer.length || stringsEnd - arraysEnd !== strings.length || bodiesEnd - stringsEnd !== bodies.length) return { error: 'is damaged (parts of the wrong size)' };
    return decodeParts(head.header, buffer.subarray(arraysStart, arraysEnd), strings, bodies, buildId);
  } catch (error) {
    return damaged(error);
  }
}

/**
 * Reads a snapshot file, with the same checks as `decodeSnapshot`. The typed
 * arrays (kept for the session by the search engine), the strings (only
 * needed while the index is restored) and the bodies (kept until each is
 * read) are read into separate buffers, so the strings' bytes are freed once
 * they have been decoded.
 */
export async function readSnapshotFile(file: string, buildId: string): Promise<{ snapshot: StoredSnapshot; bytes: number } | { error: string; code?: string }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    return { error: 'could not be read', code: (error as NodeJS.ErrnoException).code };
  }
  try {
    const { size } = await handle.stat();
    const readAt = async (position: number, length: number): Promise<Buffer> => {
      // Plain `allocUnsafe` would hand out a slice of a shared pool for small sizes; the arrays must start at 0.
      const buffer = Buffer.allocUnsafeSlow(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0) throw new RangeError('truncated');
        filled += bytesRead;
      }
      return buffer;
    };
    const probe = await readAt(0, Math.min(size, HEAD_PROBE));
    const headerLength = probe.length >= MAGIC.length + 4 ? probe.readUInt32LE(MAGIC.length) : 0;
    const headerBytes = MAGIC.length + 4 + headerLength <= probe.length ? probe.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength) : await readAt(MAGIC.length + 4, headerLength);
    const head = readHead(probe, buildId, () => headerBytes);
    if ('error' in head) return head;
    const { arraysStart, arraysEnd, stringsEnd, bodiesEnd } = head.layout;
    if (bodiesEnd > size) return { error: 'is damaged (truncated)' };
    const arrays = await readAt(arraysStart, arraysEnd - arraysStart);
    const strings = await readAt(arraysEnd, stringsEnd - arraysEnd);
    const bodies = await readAt(stringsEnd, bodiesEnd - stringsEnd);
    return { snapshot: decodeParts(head.header, arrays, strings, bodies, buildId).snapshot, bytes: size };
  } catch (error) {
    return damaged(error);
  } finally {
    await handle.close();
  }
}

/** A Buffer over the same bytes, not a copy. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `readHead` over a whole snapshot in memory. */
function readHeadIn(buffer: Buffer, buildId: string): ReturnType<typeof readHead> {
  return readHead(buffer.subarray(0, Math.min(buffer.length, HEAD_PROBE)), buildId, (length) => buffer.subarray(MAGIC.length + 4, MAGIC.length + 4 + length));
}

/** What a reader answers for bytes it could not read: the reason, never the exception. */
function damaged(error: unknown): { error: string } {
  return { error: `is damaged (${error instanceof Error ? error.message : String(error)})` };
}

/** How much of the start of a file is read to find the header; a larger header is read on its own. */
const HEAD_PROBE = 64 * 1024;

/**
 * Checks the magic bytes and reads the header (`headerBytes` gives its bytes
 * once their length is known); works out where the arrays and strings are.
 */
function readHead(
  start: Buffer,
  buildId: string,
  headerBytes: (length: number) => Buffer,
): { header: StoredHeader; layout: { arraysStart: number; arraysEnd: number; stringsEnd: number; bodiesEnd: number } } | { error: string } {
  // The arrays are read in place as the machine's own numbers; every platform VS Code runs on is little-endian.
  if (!LITTLE_ENDIAN) return { error: 'cannot be read on a big-endian machine' };
  if (start.length < MAGIC.length + 4 || start.toString('latin1', 0, MAGIC.length) !== MAGIC) return { error: 'is not an index snapshot' };
  const length = start.readUInt32LE(MAGIC.length);
  const bytes = headerBytes(length);
  if (bytes.length !== length) return { error: 'is damaged (truncated)' };
  const header = JSON.parse(bytes.toString('utf8')) as StoredHeader;
  if (!isRecord(header) || header.format !== SNAPSHOT_FORMAT) return { error: `is not in format ${SNAPSHOT_FORMAT}` };
  if (header.buildId !== buildId) return { error: 'was made by another build of the extension' };
  if (!Array.isArray(header.arrays) || header.arrays.length !== ARRAY_ORDER.length || !header.arrays.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new RangeError('array list');
  }
  if (![header.asciiBytes, header.otherBytes, header.bodyBytes, header.asciiLength, header.stringCount, header.slotCount].every((n) => Number.isInteger(n) && n >= 0)) {
    throw new RangeError('header sizes');
  }
  const arraysStart = MAGIC.length + 4 + pad(length);
  const arraysEnd = arraysStart + header.arrays.reduce((sum, n) => sum + n * 4, 0);
  const stringsEnd = arraysEnd + header.asciiBytes + header.otherBytes;
  return { header, layout: { arraysStart, arraysEnd, stringsEnd, bodiesEnd: stringsEnd + header.bodyBytes } };
}

/** Builds the snapshot from its header, its arrays' bytes (4-byte aligned) and its strings' bytes. */
function decodeParts(header: StoredHeader, arrayBytes: Buffer, stringBytes: Buffer, bodyBytes: Buffer, buildId: string): { snapshot: StoredSnapshot } {
  const arrays = {} as Record<ArrayName, Int32Array | Float32Array>;
  let at = 0;
  ARRAY_ORDER.forEach((name, i) => {
    const length = header.arrays[i];
    if (at + length * 4 > arrayBytes.length) throw new RangeError(`${name} is truncated`);
    const Kind = FLOAT_ARRAYS.has(name) ? Float32Array : Int32Array;
    let array: Int32Array | Float32Array;
    // Views of the buffer when aligned (it is whenever it was read on its own), else copies.
    if ((arrayBytes.byteOffset + at) % 4 === 0) array = new Kind(arrayBytes.buffer as ArrayBuffer, arrayBytes.byteOffset + at, length);
    else {
      array = new Kind(length);
      new Uint8Array(array.buffer).set(arrayBytes.subarray(at, at + length * 4));
    }
    arrays[name] = array;
    at += length * 4;
  });

  const int = (name: ArrayName) => arrays[name] as Int32Array;
  const float = (name: ArrayName) => arrays[name] as Float32Array;
  const strings = new StringTableReader(int('stringOffsets'), header.stringCount, int('stringChunks'), stringBytes, header.asciiBytes, header.asciiLength);
  const files = readFiles(int('files'), readStamps(int('fileStamps')), int('sections'), int('lists'), int('tagEntries'), float('tagScores'), strings, new StoredBodies(bodyBytes));
  const sectionCount = int('sections').length / SECTION_FIELDS;
  const slotCount = header.slotCount;
  const slotSections = int('slotSections');
  if (slotSections.length !== slotCount) throw new RangeError('slot count');
  for (const ordinal of slotSections) if (ordinal < -1 || ordinal >= sectionCount) throw new RangeError('slot section');
  let tokens: string[] | undefined;
  let entryIds: string[] | undefined;
  return {
    snapshot: {
      buildId,
      files,
      slotSections,
      search: {
        slotCount,
        // The words are read when search is restored, not with the snapshot: they are spread over every string
        // chunk, and reading them first would decode megabytes at once (a worker's answer, in the host's message
        // handler). By then the files' restore has decoded those chunks, a slice at a time.
        get tokens() {
          return (tokens ??= Array.from(int('tokens'), (index) => strings.get(index)));
        },
        get entryIds() {
          return (entryIds ??= Array.from(int('entryIds'), (index) => strings.get(index)));
        },
        bodyLength: int('bodyLength'),
        shortPostings: { offsets: int('shortOffsets'), slots: int('shortSlots'), weights: float('shortWeights') },
        bodyPostings: { offsets: int('bodyOffsets'), slots: int('bodySlots'), weights: float('bodyWeights') },
        entryPostings: { offsets: int('entryOffsets'), slots: int('entrySlots'), weights: float('entryWeights') },
      },
    },
  };
}

/**
 * Strings by index, each cut once from the text of its chunk: a slice, which
 * V8 keeps as a view rather than a copy. A chunk is decoded when a string in
 * it is first asked for, so restoring the index decodes file by file instead
 * of all at once.
 */
class StringTableReader {
  private readonly made: (string | undefined)[];
  private readonly chunkTexts: (string | undefined)[];

  constructor(
    private readonly offsets: Int32Array,
    private readonly count: number,
    private readonly chunks: Int32Array,
    private readonly bytes: Buffer,
    private readonly asciiBytes: number,
    asciiLength: number,
  ) {
    if (offsets.length !== count * 2 || chunks.length % 4 !== 0) throw new RangeError('string table');
    // The chunks must tile the blobs and their text exactly, ASCII chunks (one unit per byte) first.
    let byte = 0;
    let unit = 0;
    for (let c = 0; c < chunks.length; c += 4) {
      const [byteStart, byteEnd, unitStart, unitEnd] = [chunks[c], chunks[c + 1], chunks[c + 2], chunks[c + 3]];
      if (byteStart !== byte || unitStart !== unit || byteEnd < byteStart || unitEnd < unitStart || byteEnd > bytes.length) throw new RangeError('string chunks');
      if (byteEnd <= asciiBytes ? unitEnd - unitStart !== byteEnd - byteStart : byteStart < asciiBytes) throw new RangeError('string chunks');
      byte = byteEnd;
      unit = unitEnd;
    }
    if (byte !== bytes.length || (asciiBytes > 0 && !chunks.some((_, c) => c % 4 === 1 && chunks[c] === asciiBytes)) || asciiLength > unit) {
      throw new RangeError('string chunks');
    }
    this.made = new Array<string | undefined>(count);
    this.chunkTexts = new Array<string | undefined>(chunks.length / 4);
  }

  /**
   * String `index`. With `alone`, a short ASCII string in a chunk not yet decoded is read by itself: the files'
   * paths, labels and keys are read with the snapshot, and decoding every chunk for them would be megabytes at
   * once (in the host's message handler, for a worker's answer). Everything else is a slice of its chunk's text,
   * which is cheaper than a copy of its own once the chunk is decoded.
   */
  get(index: number, alone = false): string {
    if (!(index >= 0 && index < this.count)) throw new RangeError('string index');
    let text = this.made[index];
    if (text === undefined) {
      const start = this.offsets[2 * index];
      const end = this.offsets[2 * index + 1];
      if (!(start >= 0 && end >= start)) throw new RangeError('string offsets');
      if (start === end) text = '';
      else {
        const chunk = this.chunkAt(start);
        const unitStart = this.chunks[chunk * 4 + 2];
        if (end > this.chunks[chunk * 4 + 3]) throw new RangeError('string offsets');
        const byteStart = this.chunks[chunk * 4];
        if (alone && this.chunkTexts[chunk] === undefined && end - start <= SHORT_STRING && this.chunks[chunk * 4 + 1] <= this.asciiBytes) {
          text = this.bytes.toString('latin1', byteStart + start - unitStart, byteStart + end - unitStart);
        } else text = this.chunkText(chunk).slice(start - unitStart, end - unitStart);
      }
      this.made[index] = text;
    }
    return text;
  }

  /** The chunk whose units hold `unit` (binary search over the chunks' starts). */
  private chunkAt(unit: number): number {
    let low = 0;
    let high = this.chunkTexts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.chunks[middle * 4 + 2] <= unit) low = middle;
      else high = middle - 1;
    }
    if (high < 0 || unit >= this.chunks[low * 4 + 3]) throw new RangeError('string offsets');
    return low;
  }

  private chunkText(chunk: number): string {
    let text = this.chunkTexts[chunk];
    if (text === undefined) {
      const byteStart = this.chunks[chunk * 4];
      const byteEnd = this.chunks[chunk * 4 + 1];
      text = this.bytes.toString(byteEnd <= this.asciiBytes ? 'latin1' : 'utf8', byteStart, byteEnd);
      if (text.length !== this.chunks[chunk * 4 + 3] - this.chunks[chunk * 4 + 2]) throw new RangeError('string chunk length');
      this.chunkTexts[chunk] = text;
    }
    return text;
  }
}

/**
 * The bodies' blob as read: a body is decoded from its own bytes when its
 * section's body is first read (see `IndexedSection`). The ranges were
 * checked when the sections were read, so decoding cannot fail later.
 */
class StoredBodies implements BodyBytes {
  constructor(private readonly blob: Buffer) {}

  get length(): number {
    return this.blob.length;
  }

  text(start: number, end: number): string {
    return start === end ? '' : this.blob.toString('utf8', start, end);
  }

  bytes(start: number, end: number): Uint8Array {
    return this.blob.subarray(start, end);
  }
}

/** The stamps' doubles, copied out of their int32 pairs (a Float64Array needs an 8-byte aligned start). */
function readStamps(pairs: Int32Array): Float64Array {
  if (pairs.length % 2 !== 0) throw new RangeError('file stamps');
  return new Float64Array(pairs.slice().buffer);
}

function readFiles(
  files: Int32Array,
  stamps: Float64Array,
  sections: Int32Array,
  lists: Int32Array,
  tagEntries: Int32Array,
  tagScores: Float32Array,
  strings: StringTableReader,
  bodies: StoredBodies,
): StoredFile[] {
  if (files.length % FILE_FIELDS !== 0 || stamps.length !== (files.length / FILE_FIELDS) * STAMP_FIELDS || sections.length % SECTION_FIELDS !== 0 || tagEntries.length !== tagScores.length) {
    throw new RangeError('section tables');
  }
  const list = (at: number, count: number): string[] => {
    if (!(at >= 0 && count >= 0 && at + count <= lists.length)) throw new RangeError('list');
    const items: string[] = new Array(count);
    for (let i = 0; i < count; i++) items[i] = strings.get(lists[at + i]);
    return items;
  };
  /** Checks a section's body range, so that decoding it later, when it is read, cannot fail. */
  const bodyRange = (at: number): void => {
    const start = sections[at + SectionField.BodyStart];
    const end = sections[at + SectionField.BodyEnd];
    if (!(start >= 0 && end >= start && end <= bodies.length)) throw new RangeError('body range');
  };
  const readSection = (ordinal: number): AnalysedSection => {
    const at = ordinal * SECTION_FIELDS;
    bodyRange(at);
    const kind = KINDS[sections[at + SectionField.Kind]];
    const tagsAt = sections[at + SectionField.TagsAt];
    const tagCount = sections[at + SectionField.TagsCount];
    if (!kind || !(tagsAt >= 0 && tagCount >= 0 && tagsAt + tagCount <= tagEntries.length)) throw new RangeError('section entry');
    const tags: Array<[string, number]> = new Array(tagCount);
    for (let t = 0; t < tagCount; t++) tags[t] = [strings.get(tagEntries[tagsAt + t]), tagScores[tagsAt + t]];
    const parsed: ParsedSection = {
      title: strings.get(sections[at + SectionField.Title]),
      parents: list(sections[at + SectionField.ParentsAt], sections[at + SectionField.ParentsCount]),
      startLine: sections[at + SectionField.StartLine],
      endLine: sections[at + SectionField.EndLine],
      body: bodies.text(sections[at + SectionField.BodyStart], sections[at + SectionField.BodyEnd]),
      headings: list(sections[at + SectionField.HeadingsAt], sections[at + SectionField.HeadingsCount]),
      kind,
    };
    const id = strings.get(sections[at + SectionField.Id]);
    const section: AnalysedSection = { id: id || undefined, parsed, snippet: strings.get(sections[at + SectionField.Snippet]), tags };
    const parent = sections[at + SectionField.Parent];
    if (parent >= 0) section.parent = parent;
    return section;
  };
  // One section, read in place for `readSectionAt`: the same objects every time, shared by every file of the snapshot.
  const tagPool: Array<[string, number]> = [];
  // A list of each length, made once and refilled: setting a list's length for each section cost more than filling it.
  const tagLists: Array<Array<[string, number]>> = [];
  const parentLists: string[][] = [];
  const tagsOfLength = (length: number): Array<[string, number]> => {
    let tags = tagLists[length];
    if (tags === undefined) {
      while (tagPool.length < length) tagPool.push(['', 0]);
      tags = tagLists[length] = tagPool.slice(0, length);
    }
    return tags;
  };
  // The body is decoded only if somebody reads `parsed.body`; the index takes `bodyStart` and `bodyEnd` instead.
  const current: AnalysedSection = { id: undefined, parsed: undefined as unknown as ParsedSection, snippet: '', tags: [], parent: undefined, bodyStart: 0, bodyEnd: 0 };
  const parsed: ParsedSection = {
    title: '',
    parents: [],
    startLine: 0,
    endLine: 0,
    get body() {
      return bodies.text(current.bodyStart!, current.bodyEnd!);
    },
    headings: [],
    kind: 'note',
  };
  current.parsed = parsed;
  const readSectionInPlace = (ordinal: number): AnalysedSection => {
    const at = ordinal * SECTION_FIELDS;
    const kind = KINDS[sections[at + SectionField.Kind]];
    const tagsAt = sections[at + SectionField.TagsAt];
    const tagCount = sections[at + SectionField.TagsCount];
    if (!kind || !(tagsAt >= 0 && tagCount >= 0 && tagsAt + tagCount <= tagEntries.length)) throw new RangeError('section entry');
    const tags = tagsOfLength(tagCount);
    for (let t = 0; t < tagCount; t++) {
      const tag = tags[t];
      tag[0] = strings.get(tagEntries[tagsAt + t]);
      tag[1] = tagScores[tagsAt + t];
    }
    current.tags = tags;
    const parentsAt = sections[at + SectionField.ParentsAt];
    const parentCount = sections[at + SectionField.ParentsCount];
    if (!(parentsAt >= 0 && parentCount >= 0 && parentsAt + parentCount <= lists.length)) throw new RangeError('list');
    const parents = (parentLists[parentCount] ??= new Array<string>(parentCount).fill(''));
    for (let i = 0; i < parentCount; i++) parents[i] = strings.get(lists[parentsAt + i]);
    parsed.parents = parents;
    parsed.title = strings.get(sections[at + SectionField.Title]);
    parsed.startLine = sections[at + SectionField.StartLine];
    parsed.endLine = sections[at + SectionField.EndLine];
    bodyRange(at);
    current.bodyStart = sections[at + SectionField.BodyStart];
    current.bodyEnd = sections[at + SectionField.BodyEnd];
    // Most sections have no headings: no list is made for those (the index keeps one shared empty list instead).
    const headingCount = sections[at + SectionField.HeadingsCount];
    parsed.headings = headingCount === 0 ? NO_HEADINGS : list(sections[at + SectionField.HeadingsAt], headingCount);
    parsed.kind = kind;
    current.id = strings.get(sections[at + SectionField.Id]) || undefined;
    current.snippet = strings.get(sections[at + SectionField.Snippet]);
    const parent = sections[at + SectionField.Parent];
    current.parent = parent >= 0 ? parent : undefined;
    return current;
  };
  const sectionCount = sections.length / SECTION_FIELDS;
  const result: StoredFile[] = [];
  for (let f = 0; f < files.length; f += FILE_FIELDS) {
    const origin = ORIGINS[files[f + 2]];
    const first = files[f + 4];
    const count = files[f + 5];
    if (!origin || !(first >= 0 && count >= 0 && first + count <= sectionCount)) throw new RangeError('file entry');
    const s = (f / FILE_FIELDS) * STAMP_FIELDS;
    // A NaN size is the writer's "no stamp"; any other value is compared as it is, so a damaged one only fails to match.
    const stamp = Number.isNaN(stamps[s]) ? undefined : { size: stamps[s], mtimeMs: stamps[s + 1], ctimeMs: stamps[s + 2], ino: stamps[s + 3] };
    result.push({
      path: strings.get(files[f], true),
      label: strings.get(files[f + 1], true),
      origin,
      key: strings.get(files[f + 3], true),
      stamp,
      sectionCount: count,
      readSections: () => Array.from({ length: count }, (_, n) => readSection(first + n)),
      bodies,
      readSectionAt: (n) => {
        if (!(n >= 0 && n < count)) throw new RangeError('section index');
        return readSectionInPlace(first + n);
      },
    });
  }
  return result;
}

/** The pieces copied, back to back, into one buffer of their own (never a slice of a shared pool). */
function joinFresh(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const joined = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}

/** `length` rounded up to four bytes. */
function pad(length: number): number {
  return (length + 3) & ~3;
}
