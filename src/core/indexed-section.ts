import type { NoteOrigin, NoteSection, SectionKind } from './types';

/**
 * The bodies of a saved index, still as the UTF-8 bytes they were stored in.
 * A body is decoded when it is first read: a later start shows the tree,
 * answers hovers and searches without decoding megabytes of text nobody has
 * looked at yet (at 10,000 sections that decoding was a third of the restore).
 */
export interface BodyBytes {
  /** The text stored in bytes `start` to `end`. */
  text(start: number, end: number): string;
  /** Those bytes themselves, as a view: a save copies them as they are instead of decoding and encoding again. */
  bytes(start: number, end: number): Uint8Array;
}

/**
 * A section as the index holds it. Every section of the index is one of
 * these, so the code that reads them sees one shape. The body is an accessor:
 * the text itself, or bytes of the saved index decoded on first read and then
 * kept. `toJSON` gives every field, the body included, as a plain object would.
 */
export class IndexedSection implements NoteSection {
  id: string;
  title: string;
  breadcrumb: string[];
  file: string;
  line: number;
  endLine: number;
  services: string[];
  concepts: string[];
  snippet: string;
  headings: string[];
  kind: SectionKind;
  origin: NoteOrigin;
  declare parentId?: string;
  declare passageIds?: string[];
  #text: string | undefined;
  #bytes: BodyBytes | undefined;
  #start: number;
  #end: number;

  /**
   * The fields in the order of `NoteSection`, then the body: its text, or where its bytes are in `bytes`.
   * Positional, not an object of fields: the index makes tens of thousands of these in a row at a start.
   */
  constructor(
    id: string,
    title: string,
    breadcrumb: string[],
    file: string,
    line: number,
    endLine: number,
    services: string[],
    concepts: string[],
    snippet: string,
    headings: string[],
    kind: SectionKind,
    origin: NoteOrigin,
    text: string | undefined,
    bytes?: BodyBytes,
    start = 0,
    end = 0,
  ) {
    this.id = id;
    this.title = title;
    this.breadcrumb = breadcrumb;
    this.file = file;
    this.line = line;
    this.endLine = endLine;
    this.services = services;
    this.concepts = concepts;
    this.snippet = snippet;
    this.headings = headings;
    this.kind = kind;
    this.origin = origin;
    if (text === undefined && bytes === undefined) throw new TypeError('a section needs its body or its bytes');
    this.#text = text;
    this.#bytes = text === undefined ? bytes : undefined;
    this.#start = start;
    this.#end = end;
  }

  /** Full Markdown body. */
  get body(): string {
    if (this.#text === undefined) {
      this.#text = this.#bytes!.text(this.#start, this.#end);
      // The bytes are shared by every section of the saved index; once read, this one no longer holds them.
      this.#bytes = undefined;
    }
    return this.#text;
  }

  set body(text: string) {
    this.#text = text;
    this.#bytes = undefined;
  }

  /** Whether the body is still stored bytes, not yet decoded (for tests and the bench). */
  get bodyIsPending(): boolean {
    return this.#text === undefined;
  }

  /** The body's stored UTF-8 bytes while it has not been read (a view of them); undefined once it has. */
  storedBody(): Uint8Array | undefined {
    return this.#text === undefined ? this.#bytes!.bytes(this.#start, this.#end) : undefined;
  }

  /** Every field, in the order a section literal has them: what the API and the tests see as JSON. */
  toJSON(): NoteSection {
    const plain: NoteSection = {
      id: this.id,
      title: this.title,
      breadcrumb: this.breadcrumb,
      file: this.file,
      line: this.line,
      endLine: this.endLine,
      services: this.services,
      concepts: this.concepts,
      snippet: this.snippet,
      body: this.body,
      headings: this.headings,
      kind: this.kind,
      origin: this.origin,
    };
    if (this.parentId !== undefined) plain.parentId = this.parentId;
    if (this.passageIds !== undefined) plain.passageIds = this.passageIds;
    return plain;
  }
}
