import type { CatalogEntry, Mention, NoteOrigin, NoteSection, ParsedSection, ResourceTypeResolution } from './types';
import { IndexedSection, type BodyBytes } from './indexed-section';
import { makeSnippet } from './snippet';

/**
 * The part of the service catalog the index relies on. Kept structural so the
 * index can be tested with the real catalog or a small one.
 */
export interface CatalogLookup {
  get(id: string): CatalogEntry | undefined;
  findMentions(text: string): Mention[];
  /** Visits the entry of each mention `findMentions` would return, in order, without allocating them. */
  forEachMention(text: string, visit: (entryId: string) => void): void;
  resolveTerm(term: string): string | undefined;
  resolveResourceType(type: string): ResourceTypeResolution | undefined;
}

/** Turns one file's text into sections; the real one is `parseNotes`. */
export type SectionParser = (text: string) => ParsedSection[];

/** A notes file as the index holds it. */
export interface IndexedFile {
  /** Absolute path (or URI string for virtual files). */
  path: string;
  /** Short label shown first in breadcrumbs, e.g. `aws-study-notes.txt`. */
  label: string;
  origin: NoteOrigin;
  sections: NoteSection[];
}

/** What changed in one update, so search and tree can update incrementally. */
export interface IndexChange {
  /** Paths of files whose sections were replaced or removed. */
  removedFiles: string[];
  /** Sections that are new or replaced. */
  added: NoteSection[];
  /** Ids of sections that no longer exist (including replaced ones). */
  removedIds: string[];
}

/**
 * One section as parsing and tagging leave it, with nothing that depends on
 * where its file lives. It can be stored and turned back into the section
 * without parsing again: the bundled notes ship analysed this way.
 */
export interface AnalysedSection {
  /** The section's id when it was stored from an index; without it the id is worked out from the title. */
  id?: string;
  parsed: ParsedSection;
  snippet: string;
  /** The catalog entries the section is about, strongest first, with their scores. */
  tags: Array<[entryId: string, score: number]>;
  /**
   * For a passage: the position, in the same file's list, of the section it belongs to (always before it).
   * `parsed` never carries `passages` here: a file's analysis is flat, each passage an entry of its own.
   */
  parent?: number;
  /**
   * With `StoredSections.bodies`: where the body's bytes are in them. The section's body is then decoded
   * when first read, and `parsed.body` is not read at all.
   */
  bodyStart?: number;
  bodyEnd?: number;
  /**
   * From `exportFile`, for a section whose body is still the bytes it was restored from: those UTF-8 bytes,
   * which a snapshot writer copies as they are (`parsed.body` still reads the text).
   */
  bodyUtf8?: Uint8Array;
}

/**
 * A file's stored sections, read one at a time: what `setStoredFile` takes.
 * Reading into one object again and again leaves nothing behind per section
 * but what the index keeps.
 */
export interface StoredSections {
  readonly sectionCount: number;
  /**
   * Section `at` (0-based), in an object that may be the same for every call
   * and is valid only until the next one; `parsed.headings` alone is a new
   * list each time, which the index keeps. Throws a RangeError on damaged data.
   */
  readSectionAt(at: number): AnalysedSection;
  /** The stored bytes of the bodies, when the sections' bodies are left there until read (see `AnalysedSection.bodyStart`). */
  readonly bodies?: BodyBytes;
}

/** A section with how strongly it is about one catalog entry. */
export interface ScoredSection {
  section: NoteSection;
  score: number;
}

/**
 * Where a name counts for how much when deciding what a section is about.
 * A mention in the title says "this topic is X"; a body mention may be in passing.
 */
const MENTION_WEIGHT = { title: 12, heading: 4, parent: 5, body: 1 } as const;
/** Body mentions saturate: the tenth "EC2" in a long section says little more than the third. */
const BODY_MENTION_CAP = 6;
/** A section is listed under an entry only from this score; one passing body mention is not enough for long sections. */
const MIN_TAG_SCORE = 1;

/**
 * The in-memory index of every note section, keyed by file, id and catalog entry.
 * Updates are per file, so a watcher can re-parse only what changed.
 */
export class NoteIndex {
  private readonly filesByPath = new Map<string, IndexedFile>();
  private readonly sectionsById = new Map<string, NoteSection>();
  /** entry id → section → score. Keyed by the section itself: an object hashes faster than its long id. */
  private readonly scoresByEntry = new Map<string, Map<NoteSection, number>>();
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private generation = 0;
  /**
   * Sorted sections per entry, dropped only for the entries a change touches:
   * a hover must not sort thousands of scores at 50,000 sections.
   */
  private readonly rankedByEntry = new Map<string, readonly ScoredSection[]>();
  /** Own-then-parent lists for `lookupEntry`; they depend on two entries, so any change clears them. */
  private readonly lookupByEntry = new Map<string, readonly ScoredSection[]>();
  /**
   * Every entry a section has named gets a slot for good: a mention then
   * costs one lookup in a small map of catalog ids, and the per-slot arrays
   * below are reset by stamps instead of being cleared for every text.
   */
  private readonly slotByEntry = new Map<string, number>();
  private readonly slotEntry: string[] = [];
  /** The catalog is fixed, so an entry's kind is looked up once. */
  private readonly slotKind: (CatalogEntry['kind'] | undefined)[] = [];
  /** Each slot's map in `scoresByEntry`, once made (a map is never removed from it). */
  private readonly slotBucket: (Map<NoteSection, number> | undefined)[] = [];
  /** Score in the section being scored, valid while `slotSection` equals `sectionStamp`. */
  private readonly slotScore: number[] = [];
  private readonly slotSection: number[] = [];
  /** Mentions counted in the text being scanned, valid while `slotText` equals `textStamp`. */
  private readonly slotCount: number[] = [];
  private readonly slotText: number[] = [];
  private sectionStamp = 0;
  private textStamp = 0;
  /** Slots the current section named, in order of first mention. */
  private readonly touchedSlots: number[] = [];
  /** Scratch output of `rankMentions`. */
  private readonly rankedSlots: number[] = [];
  private readonly rankedScores: number[] = [];
  /** Scratch slots and scores of a stored section's tags, one pair of lists per number of tags (`setStoredFile`). */
  private readonly storedSlots: number[][] = [];
  private readonly storedScores: number[][] = [];
  private mentionWeight = 0;
  private mentionCap = 0;
  /** The breadcrumb of the section made last: the next one of the same file usually has the same, and shares it. */
  private lastBreadcrumb: string[] | undefined;

  constructor(
    private readonly catalog: CatalogLookup,
    private readonly parse: SectionParser,
  ) {}

  /** Increases on every change; lets caches know they are stale. */
  get version(): number {
    return this.generation;
  }

  /** Registers a change listener; returns a function that removes it. */
  onDidChange(listener: (change: IndexChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Parses a file's text and replaces whatever the index held for that path.
   * Returns the new sections.
   */
  setFile(path: string, text: string, origin: NoteOrigin, label = baseName(path)): NoteSection[] {
    const removedIds = this.detachFile(path);
    const parsed = this.parse(text);
    const usedIds = new Set<string>();
    const sections: NoteSection[] = [];
    for (const p of parsed) {
      const section = this.toSection(p, makeSnippet(p.body, p.title), this.rankMentions(p), this.rankedScores, path, label, origin, usedIds);
      sections.push(section);
      if (!p.passages) continue;
      const passageIds: string[] = [];
      for (const q of p.passages) {
        const passage = this.toSection(q, makeSnippet(q.body, q.title), this.rankMentions(q), this.rankedScores, path, label, origin, usedIds, undefined, section.id);
        passageIds.push(passage.id);
        sections.push(passage);
      }
      section.passageIds = passageIds;
    }
    return this.attachFile(path, label, origin, sections, removedIds);
  }

  /** Parses and tags a file's text without adding it to the index: what `setAnalysedFile` takes back. */
  analyse(text: string): AnalysedSection[] {
    const result: AnalysedSection[] = [];
    const add = (parsed: ParsedSection, parent?: number) => {
      const ranked = this.rankMentions(parsed);
      const tags = ranked.map((slot, rank): [string, number] => [this.slotEntry[slot], this.rankedScores[rank]]);
      const { passages: _passages, ...flat } = parsed;
      const analysed: AnalysedSection = { parsed: flat, snippet: makeSnippet(parsed.body, parsed.title), tags };
      if (parent !== undefined) analysed.parent = parent;
      result.push(analysed);
    };
    for (const parsed of this.parse(text)) {
      const at = result.length;
      add(parsed);
      for (const passage of parsed.passages ?? []) add(passage, at);
    }
    return result;
  }

  /**
   * Adds a file from its stored analysis, with the same result as `setFile` on the text it was made from,
   * but without parsing or scanning for mentions again.
   */
  setAnalysedFile(path: string, analysed: readonly AnalysedSection[], origin: NoteOrigin, label = baseName(path)): NoteSection[] {
    return this.setStoredFile(path, { sectionCount: analysed.length, readSectionAt: (at) => analysed[at] }, origin, label);
  }

  /**
   * Adds a file from a stored index, section by section, without making an
   * object per section (`setAnalysedFile` reads an array through it). When a
   * section cannot be read, the index is left as it was and the error is thrown.
   */
  setStoredFile(path: string, stored: StoredSections, origin: NoteOrigin, label = baseName(path)): NoteSection[] {
    const count = stored.sectionCount;
    const bodies = stored.bodies;
    const usedIds = new Set<string>();
    const sections: NoteSection[] = new Array<NoteSection>(count);
    let at = 0;
    try {
      for (; at < count; at++) {
        const { id, parsed, snippet, tags, parent, bodyStart, bodyEnd } = stored.readSectionAt(at);
        // Scratch lists of the tags' length, made once per length: setting a list's length each time cost more.
        const slots = (this.storedSlots[tags.length] ??= new Array<number>(tags.length).fill(0));
        const scores = (this.storedScores[tags.length] ??= new Array<number>(tags.length).fill(0));
        for (let t = 0; t < tags.length; t++) {
          const tag = tags[t];
          slots[t] = this.slotByEntry.get(tag[0]) ?? this.addSlot(tag[0]);
          scores[t] = tag[1];
        }
        // A parent is always a top-level section listed before its passage; anything else is read as top-level.
        const host = parent !== undefined && parent >= 0 && parent < at && sections[parent].parentId === undefined ? sections[parent] : undefined;
        const lazy = bodies !== undefined && bodyStart !== undefined && bodyEnd !== undefined;
        const section = this.toSection(parsed, snippet, slots, scores, path, label, origin, usedIds, id, host?.id, lazy ? bodies : undefined, bodyStart, bodyEnd);
        if (host) (host.passageIds ??= []).push(section.id);
        sections[at] = section;
      }
    } catch (error) {
      // Take back the scores filed for the sections made so far: they never reach the index.
      const made = sections.slice(0, at);
      for (const bucket of this.slotBucket) if (bucket) for (const section of made) bucket.delete(section);
      throw error;
    }
    // The file's old sections leave only now, so a damaged file changes nothing. Their scores are
    // deleted after the new ones were added, which leaves every entry's sections in the same order.
    const removedIds = this.detachFile(path);
    return this.attachFile(path, label, origin, sections, removedIds);
  }

  /**
   * A file's sections as `setAnalysedFile` takes them back, ids included: what
   * is stored so that the next start need not parse the file again.
   */
  exportFile(path: string): AnalysedSection[] | undefined {
    const file = this.filesByPath.get(path);
    if (!file) return undefined;
    const positions = new Map<string, number>();
    return file.sections.map((section, at) => {
      positions.set(section.id, at);
      const { services, concepts } = section;
      const tags = new Array<[string, number]>(services.length + concepts.length);
      for (let t = 0; t < tags.length; t++) {
        const entryId = t < services.length ? services[t] : concepts[t - services.length];
        const score = this.scoresByEntry.get(entryId)?.get(section) ?? MIN_TAG_SCORE;
        // Sorted as they come, strongest first and stable (an insertion sort: a section has a handful of tags):
        // services and concepts each keep their own order, which is all a section shows of it.
        let to = t;
        while (to > 0 && tags[to - 1][1] < score) {
          tags[to] = tags[to - 1];
          to--;
        }
        tags[to] = [entryId, score];
      }
      // A body not yet read stays unread: the writer copies its bytes, and `parsed.body` reads it only if asked.
      const bodyUtf8 = section instanceof IndexedSection ? section.storedBody() : undefined;
      const parsed: ParsedSection =
        bodyUtf8 === undefined
          ? { title: section.title, parents: section.breadcrumb.slice(1), startLine: section.line, endLine: section.endLine, body: section.body, headings: section.headings, kind: section.kind }
          : {
              title: section.title,
              parents: section.breadcrumb.slice(1),
              startLine: section.line,
              endLine: section.endLine,
              get body() {
                return section.body;
              },
              headings: section.headings,
              kind: section.kind,
            };
      const parent = section.parentId !== undefined ? positions.get(section.parentId) : undefined;
      const analysed: AnalysedSection = { id: section.id, parsed, snippet: section.snippet, tags };
      if (parent !== undefined) analysed.parent = parent;
      if (bodyUtf8 !== undefined) analysed.bodyUtf8 = bodyUtf8;
      return analysed;
    });
  }

  private attachFile(path: string, label: string, origin: NoteOrigin, sections: NoteSection[], removedIds: string[]): NoteSection[] {
    const file: IndexedFile = { path, label, origin, sections };
    this.filesByPath.set(path, file);
    for (const section of sections) this.sectionsById.set(section.id, section);
    this.emit({ removedFiles: removedIds.length ? [path] : [], added: sections, removedIds });
    return sections;
  }

  /** Forgets a file. Returns false when the index did not hold it. */
  removeFile(path: string): boolean {
    if (!this.filesByPath.has(path)) return false;
    const removedIds = this.detachFile(path);
    this.emit({ removedFiles: [path], added: [], removedIds });
    return true;
  }

  /** Forgets every file whose path passes the filter (e.g. all user notes on a settings change). */
  removeFiles(filter: (file: IndexedFile) => boolean): number {
    let count = 0;
    for (const file of [...this.filesByPath.values()]) {
      if (filter(file) && this.removeFile(file.path)) count++;
    }
    return count;
  }

  hasFile(path: string): boolean {
    return this.filesByPath.has(path);
  }

  /** The indexed file at `path`, if any. */
  file(path: string): IndexedFile | undefined {
    return this.filesByPath.get(path);
  }

  /** Every indexed file, in the order it was added. */
  files(): IndexedFile[] {
    return [...this.filesByPath.values()];
  }

  /** Every section, file by file, in source order. */
  allSections(): NoteSection[] {
    const all: NoteSection[] = [];
    for (const file of this.filesByPath.values()) all.push(...file.sections);
    return all;
  }

  get(id: string): NoteSection | undefined {
    return this.sectionsById.get(id);
  }

  /** The top-level section that contains a given line of a file, if the file is indexed. */
  sectionAt(path: string, line: number): NoteSection | undefined {
    const file = this.filesByPath.get(path);
    return file?.sections.find((s) => s.parentId === undefined && s.line <= line && line <= s.endLine);
  }

  /** The passages of a section, in source order; empty for a section without any (or for a passage). */
  passagesOf(section: NoteSection): NoteSection[] {
    const ids = section.passageIds;
    if (!ids) return [];
    const passages: NoteSection[] = [];
    for (const id of ids) {
      const passage = this.sectionsById.get(id);
      if (passage) passages.push(passage);
    }
    return passages;
  }

  /** Sections about one catalog entry, strongest first. The list is shared: do not mutate it. */
  sectionsFor(entryId: string): readonly ScoredSection[] {
    const cached = this.rankedByEntry.get(entryId);
    if (cached) return cached;
    const scores = this.scoresByEntry.get(entryId);
    if (!scores) return EMPTY;
    const ranked: ScoredSection[] = [];
    for (const [section, score] of scores) ranked.push({ section, score });
    ranked.sort(compareScored);
    this.rankedByEntry.set(entryId, ranked);
    return ranked;
  }

  /** How many sections each catalog entry has. */
  entryCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [entryId, scores] of this.scoresByEntry) {
      if (scores.size > 0) counts.set(entryId, scores.size);
    }
    return counts;
  }

  /**
   * The sections about a service, resource type, alias or concept, ranked.
   * For a refinement (security groups), its own notes come first, then its parent's.
   */
  lookup(term: string): NoteSection[] {
    const entryId = this.resolve(term);
    if (!entryId) return [];
    return this.lookupEntry(entryId).map((s) => s.section);
  }

  /** Ranked sections for an entry id, own notes first, then the parent entry's. The list is shared: do not mutate it. */
  lookupEntry(entryId: string): readonly ScoredSection[] {
    const own = this.sectionsFor(entryId);
    const parentId = this.catalog.get(entryId)?.parent;
    if (!parentId) return own;
    const cached = this.lookupByEntry.get(entryId);
    if (cached) return cached;
    const seen = new Set(own.map((s) => s.section.id));
    const fromParent = this.sectionsFor(parentId).filter((s) => !seen.has(s.section.id));
    const merged = [...own, ...fromParent];
    this.lookupByEntry.set(entryId, merged);
    return merged;
  }

  /** Resolves a user's term (resource type, alias, id) to a catalog entry id. */
  resolve(term: string): string | undefined {
    const trimmed = term.trim();
    if (!trimmed) return undefined;
    if (trimmed.includes('::')) return this.catalog.resolveResourceType(trimmed)?.entryId;
    return this.catalog.resolveTerm(trimmed);
  }

  /** Counts for the public API's `stats()`: `sections` counts top-level sections, `passages` the sub-topics inside them. */
  stats(): { files: number; sections: number; passages: number; services: number } {
    let services = 0;
    for (const [entryId, scores] of this.scoresByEntry) {
      if (scores.size > 0 && this.catalog.get(entryId)?.kind === 'service') services++;
    }
    let passages = 0;
    for (const file of this.filesByPath.values()) {
      for (const section of file.sections) if (section.parentId !== undefined) passages++;
    }
    return { files: this.filesByPath.size, sections: this.sectionsById.size - passages, passages, services };
  }

  /** Builds a section from its parse and its ranked entry slots with their scores, and files those scores. */
  private toSection(
    parsed: ParsedSection,
    snippet: string,
    ranked: readonly number[],
    rankedScores: readonly number[],
    path: string,
    label: string,
    origin: NoteOrigin,
    usedIds: Set<string>,
    storedId?: string,
    parentId?: string,
    bodies?: BodyBytes,
    bodyStart = 0,
    bodyEnd = 0,
  ): NoteSection {
    // Exact-size lists: one built by pushing gets room for 17 entries, and every section keeps its lists for the session.
    let serviceCount = 0;
    let conceptCount = 0;
    for (let rank = 0; rank < ranked.length; rank++) {
      const kind = this.slotKind[ranked[rank]];
      if (kind === 'concept') conceptCount++;
      else if (kind === 'service') serviceCount++;
    }
    const services: string[] = serviceCount === 0 ? NO_STRINGS : new Array<string>(serviceCount);
    const concepts: string[] = conceptCount === 0 ? NO_STRINGS : new Array<string>(conceptCount);
    serviceCount = 0;
    conceptCount = 0;
    for (let rank = 0; rank < ranked.length; rank++) {
      const slot = ranked[rank];
      const kind = this.slotKind[slot];
      if (kind === 'concept') concepts[conceptCount++] = this.slotEntry[slot];
      else if (kind === 'service') services[serviceCount++] = this.slotEntry[slot];
    }
    const parents = parsed.parents;
    let id: string;
    if (storedId !== undefined && !usedIds.has(storedId)) {
      id = storedId;
      usedIds.add(id);
    } else {
      const titlePath = parents.length === 0 ? parsed.title : `${parents.join(' ')} ${parsed.title}`;
      id = uniqueId(`${label}#${slug(titlePath)}`, usedIds);
    }
    const section = new IndexedSection(
      id,
      parsed.title,
      this.breadcrumbFor(label, parents),
      path,
      parsed.startLine,
      parsed.endLine,
      services,
      concepts,
      snippet,
      parsed.headings.length === 0 ? NO_STRINGS : parsed.headings,
      parsed.kind,
      origin,
      // A stored body stays bytes until read: its `parsed.body` is not touched, so it is not decoded here.
      bodies === undefined ? parsed.body : undefined,
      bodies,
      bodyStart,
      bodyEnd,
    );
    if (parentId !== undefined) section.parentId = parentId;
    // While a folder is first indexed nobody has asked for a ranking yet, so there is nothing to drop.
    const dropRanked = this.rankedByEntry.size > 0;
    for (let rank = 0; rank < ranked.length; rank++) {
      const slot = ranked[rank];
      this.bucketOf(slot).set(section, rankedScores[rank]);
      if (dropRanked) this.rankedByEntry.delete(this.slotEntry[slot]);
    }
    return section;
  }

  /**
   * The label and parents as a breadcrumb, shared with the section made before when it has the same one: the
   * sections of a file mostly do (at 10,000 sections there are about 100 different breadcrumbs). Shared lists
   * are frozen, so a caller that changed one would fail at once instead of changing its neighbours.
   */
  private breadcrumbFor(label: string, parents: readonly string[]): string[] {
    const last = this.lastBreadcrumb;
    if (last !== undefined && last.length === parents.length + 1 && last[0] === label) {
      let same = true;
      for (let i = 0; same && i < parents.length; i++) same = last[i + 1] === parents[i];
      if (same) return last;
    }
    return (this.lastBreadcrumb = Object.freeze(withLabel(label, parents)) as string[]);
  }

  /** An entry's scores by section, found through its slot: no lookup of the entry's id for each of a section's tags. */
  private bucketOf(slot: number): Map<NoteSection, number> {
    let bucket = this.slotBucket[slot];
    if (bucket === undefined) {
      const entryId = this.slotEntry[slot];
      bucket = this.scoresByEntry.get(entryId);
      if (!bucket) this.scoresByEntry.set(entryId, (bucket = new Map()));
      this.slotBucket[slot] = bucket;
    }
    return bucket;
  }

  /**
   * Scores each catalog entry the section names, weighting title and headings
   * above body text, and returns the slots of the entries that reach
   * `MIN_TAG_SCORE`, strongest first (ties in order of first mention). The
   * result and `rankedScores` are scratch arrays, valid until the next call:
   * indexing thousands of sections must not leave a map and a list per text behind.
   */
  private rankMentions(parsed: ParsedSection): readonly number[] {
    this.sectionStamp++;
    this.touchedSlots.length = 0;
    this.addMentions(parsed.title, MENTION_WEIGHT.title, 1);
    for (const heading of parsed.headings) this.addMentions(heading, MENTION_WEIGHT.heading, 1);
    // Only the nearest parent counts: "S3 > Storage classes" is about S3, but the
    // file's top heading says nothing about each topic below it.
    const parent = parsed.parents[parsed.parents.length - 1];
    if (parent) this.addMentions(parent, MENTION_WEIGHT.parent, 1);
    this.addMentions(withoutAnchorLinks(parsed.body), MENTION_WEIGHT.body, BODY_MENTION_CAP);
    const slots = this.rankedSlots;
    const scores = this.rankedScores;
    slots.length = 0;
    scores.length = 0;
    const touched = this.touchedSlots;
    // A stable insertion sort: a section names a handful of entries, and equal scores keep first-mention order.
    for (let which = 0; which < touched.length; which++) {
      const slot = touched[which];
      const score = this.slotScore[slot];
      if (score < MIN_TAG_SCORE) continue;
      let at = slots.length;
      while (at > 0 && scores[at - 1] < score) {
        slots[at] = slots[at - 1];
        scores[at] = scores[at - 1];
        at--;
      }
      slots[at] = slot;
      scores[at] = score;
    }
    return slots;
  }

  /** Adds `weight` to an entry's score for each of its mentions in `text`, for at most `cap` mentions. */
  private addMentions(text: string, weight: number, cap: number): void {
    this.textStamp++;
    this.mentionWeight = weight;
    this.mentionCap = cap;
    this.catalog.forEachMention(text, this.countMention);
  }

  /** Bound once so counting a mention allocates nothing. */
  private readonly countMention = (entryId: string): void => {
    let slot = this.slotByEntry.get(entryId);
    if (slot === undefined) slot = this.addSlot(entryId);
    if (this.slotText[slot] !== this.textStamp) {
      this.slotText[slot] = this.textStamp;
      this.slotCount[slot] = 0;
    }
    if (this.slotCount[slot] >= this.mentionCap) return;
    this.slotCount[slot]++;
    if (this.slotSection[slot] !== this.sectionStamp) {
      this.slotSection[slot] = this.sectionStamp;
      this.slotScore[slot] = 0;
      this.touchedSlots.push(slot);
    }
    this.slotScore[slot] += this.mentionWeight;
  };

  private addSlot(entryId: string): number {
    const slot = this.slotEntry.length;
    this.slotByEntry.set(entryId, slot);
    this.slotEntry.push(entryId);
    this.slotKind.push(this.catalog.get(entryId)?.kind);
    this.slotBucket.push(undefined);
    this.slotScore.push(0);
    this.slotSection.push(0);
    this.slotCount.push(0);
    this.slotText.push(0);
    return slot;
  }

  private detachFile(path: string): string[] {
    const file = this.filesByPath.get(path);
    if (!file) return [];
    this.filesByPath.delete(path);
    const ids = file.sections.map((s) => s.id);
    for (const section of file.sections) {
      this.sectionsById.delete(section.id);
      for (const entryId of [...section.services, ...section.concepts]) {
        this.scoresByEntry.get(entryId)?.delete(section);
        this.rankedByEntry.delete(entryId);
      }
    }
    return ids;
  }

  private emit(change: IndexChange): void {
    this.generation++;
    this.lookupByEntry.clear();
    for (const listener of this.listeners) listener(change);
  }
}

/**
 * A table of contents (`- [S3](#s3)`) names every service once without saying
 * anything about it; counting those names would list the contents section
 * under every service. In-document link lines are left out of tagging.
 */
function withoutAnchorLinks(body: string): string {
  if (!body.includes('](#')) return body;
  return body
    .split('\n')
    .filter((line) => !/^\s*(?:[-*+]|\d{1,3}[.)])?\s*\[[^\]\n]{0,200}\]\(#[^)\s]{0,200}\)\s*$/.test(line))
    .join('\n');
}

const EMPTY: readonly ScoredSection[] = Object.freeze([]);
/**
 * The one empty list every section without headings, services or concepts holds (most have no headings), instead
 * of one each for the session; frozen, as it is shared.
 */
const NO_STRINGS = Object.freeze([]) as unknown as string[];

function compareScored(a: ScoredSection, b: ScoredSection): number {
  if (b.score !== a.score) return b.score - a.score;
  // The user's own notes beat the bundled ones on a tie: they are closer to what they know.
  if (a.section.origin !== b.section.origin) return a.section.origin === 'user' ? -1 : 1;
  if (a.section.file !== b.section.file) return a.section.file < b.section.file ? -1 : 1;
  return a.section.line - b.section.line;
}

/** A breadcrumb: the file's label, then the enclosing headings, in an array of just that size. */
function withLabel(label: string, parents: readonly string[]): string[] {
  const crumbs = new Array<string>(parents.length + 1);
  crumbs[0] = label;
  for (let i = 0; i < parents.length; i++) crumbs[i + 1] = parents[i];
  return crumbs;
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

/** A readable, URL-safe id fragment. */
export function slug(text: string): string {
  // Most titles are plain ASCII: there NFKD changes nothing and one pass
  // builds the slug without the intermediate strings of the general path.
  if (!NON_ASCII.test(text)) return asciiSlug(text) || 'section';
  const slugged = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH);
  return slugged || 'section';
}

const SLUG_LENGTH = 80;
/** Anything but printable ASCII and line whitespace; control characters are rare enough to take the general path. */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** The general path of `slug` for ASCII text: letters and digits lower-cased, every other run one dash, none at the ends. */
function asciiSlug(text: string): string {
  // Character codes, turned into one string at the end: appending one character at a time would leave a chain
  // of concatenated-string nodes behind every id (about a third more heap for the whole index).
  const codes = SLUG_CODES;
  let length = 0;
  let gap = false;
  for (let index = 0; index < text.length && length < SLUG_LENGTH; index++) {
    let code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) code += 32;
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
      gap = true;
      continue;
    }
    if (gap && length > 0) {
      codes[length++] = 45; // '-'
      if (length >= SLUG_LENGTH) break;
    }
    gap = false;
    codes[length++] = code;
  }
  return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
}

/** Scratch space for `asciiSlug`. */
const SLUG_CODES = new Uint16Array(SLUG_LENGTH);

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
