import Fuse from 'fuse.js';
import type { IndexChange } from '../note-index';
import type { CatalogEntry, NoteSection } from '../types';
import { matchRanges, snippetAround, type TextRange } from './highlight';
import { Postings, PostingsBuilder, checkPackedInSteps, joinedPostingsInSteps, packPostingsInSteps, unpackPostingsInSteps, type PackedPostings } from './postings';
import { runToEnd } from './steps';
import { parseQuery, resolveLoosely, type ParsedQuery, type QueryVocabulary } from './query';
import { TokenTable } from './token-table';
import { SOFT_WORDS, foldCase, stem, tokenize } from './tokenize';

/** What the engine needs from the service catalog. `ServiceCatalog` fits. */
export interface SearchCatalog extends QueryVocabulary {
  get(id: string): CatalogEntry | undefined;
  readonly entries: ReadonlyMap<string, CatalogEntry>;
}

/** Narrowing a search; the quick pick fills these from the `s3:` / `@storage` prefixes. */
export interface SearchOptions {
  /** At most this many hits (default 50). */
  limit?: number;
  /** Only sections about this catalog entry (or one of its refinements). */
  entryId?: string;
  /** Only sections whose main services are in this category. */
  category?: string;
}

/** One ranked result, with what the UI needs to show why it matched. */
export interface SearchHit {
  section: NoteSection;
  /** Higher is better; only comparable within one search. */
  score: number;
  /** Ranges of matched words in `section.title`. */
  titleMatches: TextRange[];
  /** A one-line excerpt centred on the first matched word of the body. */
  snippet: string;
  /** Ranges of matched words in `snippet`. */
  snippetMatches: TextRange[];
}

/** One way a query word can match: a vocabulary token, or a catalog entry's tagged sections. */
interface Expansion {
  token?: string;
  entryId?: string;
  quality: number;
}

interface Term {
  raw: string;
  soft: boolean;
  /** The word still being typed: too short to search bodies for. */
  shortOnly: boolean;
  expansions: Expansion[];
}

/**
 * Everything a built engine knows that is costly to work out again, in flat
 * arrays, so that it can be stored and read back instead of re-indexing every
 * body. Sections are not part of it: the reader supplies them by slot.
 */
export interface SearchState {
  /** How many slots (sections) the state has. */
  slotCount: number;
  /** Body length in tokens, per slot. */
  bodyLength: Int32Array;
  /** The vocabulary, by token id. */
  tokens: string[];
  /** Title, heading and breadcrumb postings, by token id. */
  shortPostings: PackedPostings;
  /** Body postings, by token id. */
  bodyPostings: PackedPostings;
  /** Catalog entries with tagged sections, and their postings in the same order. */
  entryIds: string[];
  entryPostings: PackedPostings;
}

/** What one filter costs to work out, kept per index version; each key fills one field. */
interface FilterCacheEntry {
  allowed?: Set<number>;
  strength?: Map<number, number>;
  /** Filter-only listing: slot and strength, strongest first. */
  listed?: Array<[number, number]>;
}

/** The order of `String#localeCompare`, without its per-call cost: a filter can list tens of thousands of titles. */
const TITLE_ORDER = new Intl.Collator();

/*
 * Field weights. A word in the title says "this section is about it"; the
 * nearest heading above says so too, a little less; body text may be in passing.
 */
const TITLE_WEIGHT = 10;
const PARENT_WEIGHT = 3;
const HEADING_WEIGHT = 2.5;
const OUTER_PARENT_WEIGHT = 1.2;
const FILE_LABEL_WEIGHT = 0.5;
const BODY_WEIGHT = 1;
/** A section tagged with the service a word names (ddb → DynamoDB) scores like a keyword hit. */
const ENTRY_WEIGHT = 4;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Soft words (how, vs, the…) only nudge: they never decide what matches. */
const SOFT_FACTOR = 0.15;
/** Typical title length in tokens, for length normalisation. */
const TYPICAL_TITLE_TOKENS = 6;
const MAX_PREFIX_EXPANSIONS = 24;
const MAX_TYPO_EXPANSIONS = 3;
const TYPO_THRESHOLD = 0.41;
const DEFAULT_LIMIT = 50;
/** Passages of one chapter that rank as they score; each further one weighs {@link PASSAGE_SPREAD} times less. */
const PASSAGES_BEFORE_SPREAD = 2;
const PASSAGE_SPREAD = 0.85;
/** A title that is the query itself, beyond containing it. */
const EXACT_TITLE_BOOST = 2;
/** A passage whose chapter's title already says all the query asks: the chapter answers it. */
const PASSAGE_UNDER_CHAPTER = 0.5;
/** A passage that, with its chapter's title, says all the query asks: it answers it better than the chapter. */
const PASSAGE_OF_CHAPTER = 1.6;
/** How many top candidates get the (costlier) title-phrase check. */
const RERANK_POOL = 100;
/** Breadcrumb and heading texts whose token ids are kept (a file's sections share most of them). */
const MAX_CACHED_HEADINGS = 4096;
const NO_TOKENS = new Int32Array(0);

/**
 * Full-text search over note sections: an inverted index from tokens to
 * sections (title and keywords apart from bodies) selects and scores
 * candidates; fuse.js, run over the vocabulary only, supplies typo tolerance.
 * Scanning every body with Fuse on every keystroke would cost ~65 ns per
 * character, which is half a second at 10,000 sections.
 *
 * Building the index is a byte scan per body: words are interned as integer
 * ids (`TokenTable`), never as strings, and a batch's postings are filed at
 * once (`PostingsBuilder`); what only a search reads (sorted vocabulary, typo
 * buckets, folded titles) is made when a search first needs it.
 *
 * Updates are incremental (`apply`), so a re-indexed file shows in search at
 * once even at 50,000 sections.
 */
export class SearchEngine {
  private readonly sections: (NoteSection | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  /** Titles case-folded to words between single spaces, for the whole-phrase check; filled lazily. */
  private readonly foldedTitles: (string | undefined)[] = [];
  private readonly bodyLength: number[] = [];
  /** Every token seen, as a small integer; the two indexes below are keyed by it. */
  private tokens = new TokenTable();
  /** Token id → title, heading and breadcrumb postings (weight: the strongest place). */
  private shortIndex: (Postings | undefined)[] = [];
  /** Token id → body postings (weight: occurrences, capped at 255). */
  private bodyIndex: (Postings | undefined)[] = [];
  /** Pairs of the sections being added, filed into the two indexes above when the batch ends. */
  private readonly shortPending = new PostingsBuilder();
  private readonly bodyPending = new PostingsBuilder();
  private readonly entryIndex = new Map<string, Postings>();
  private aliveCount = 0;
  private deadCount = 0;
  private totalBodyLength = 0;
  private generation = 0;

  private sortedVocabulary: string[] | undefined;
  private sortedShortVocabulary: string[] | undefined;
  private readonly typoBuckets = new Map<string, { words: string[]; fuse?: Fuse<string> }>();
  private typoBucketsGeneration = -1;
  private readonly initialCache = new Map<string, number[]>();
  private initialCacheGeneration = -1;
  /**
   * Per-filter work (allowed slots, per-slot strength, the filter-only list) reused while the index is
   * unchanged: every keystroke after `s3:` or `@storage` asks for the same filter again.
   */
  private readonly filterCache = new Map<string, FilterCacheEntry>();
  private filterCacheGeneration = -1;
  private childrenByEntry: Map<string, string[]> | undefined;
  private readonly resolved = new Map<string, string | undefined>();
  private readonly namesByEntry = new Map<string, EntryNames>();
  private readonly foldedNamesByEntry = new Map<string, string[]>();
  private readonly headingTokens = new Map<string, Int32Array>();

  /*
   * Scratch space per token id, reused for every section so indexing allocates
   * nothing per word: the strongest short-field weight, which section last saw
   * the token in its title, and the ids touched.
   */
  private shortWeights = new Float64Array(0);
  private titleSeen = new Int32Array(0);
  private parentSeen = new Int32Array(0);
  private shortTouched = new Int32Array(0);
  private shortTouchedCount = 0;
  private sectionStamp = 0;

  /* Scratch buffers reused across searches, so a keystroke allocates little. */
  private norms = new Float64Array(0);
  private normsGeneration = -1;
  private termScore = new Float32Array(0);
  private expansionScore = new Float32Array(0);
  private totalScore = new Float32Array(0);
  private matchedTerms = new Uint8Array(0);
  private expansionTouched = new Int32Array(0);
  private termTouched = new Int32Array(0);
  private allTouched = new Int32Array(0);

  constructor(private readonly catalog: SearchCatalog) {}

  /** How many sections are searchable. */
  get size(): number {
    return this.aliveCount;
  }

  /** Increases on every update. */
  get version(): number {
    return this.generation;
  }

  /** Applies one index update: removed ids go, added (and replaced) sections come in. */
  apply(change: IndexChange): void {
    this.removeSections(change.removedIds);
    this.addSections(change.added);
  }

  /** Adds sections; a section whose id is already present replaces it. */
  addSections(sections: readonly NoteSection[]): void {
    try {
      for (const section of sections) {
        try {
          if (this.slotById.has(section.id)) this.removeSections([section.id]);
          this.indexSection(section);
        } catch {
          // A malformed section (missing fields from a bad parse) is skipped, never fatal.
          this.resetScratch();
        }
      }
    } finally {
      this.fileIndexPending();
    }
    this.changed();
  }

  /** Removes sections by id; unknown ids are ignored. */
  removeSections(ids: readonly string[]): void {
    if (this.markRemoved(ids) === 0) return;
    // Removal only marks slots dead; the postings are swept once dead pairs
    // outnumber live ones, which keeps each update cheap and the sweep amortised.
    if (this.deadCount > 1000 && this.deadCount > this.aliveCount) this.compact();
    this.changed();
  }

  /** Marks the sections' slots dead, without a sweep (which renumbers slots); returns how many there were. */
  private markRemoved(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) {
      const slot = this.slotById.get(id);
      if (slot === undefined) continue;
      this.slotById.delete(id);
      this.sections[slot] = undefined;
      this.totalBodyLength -= this.bodyLength[slot];
      this.aliveCount--;
      this.deadCount++;
      removed++;
    }
    return removed;
  }

  /**
   * The engine's index as a `SearchState`, with removed sections swept out,
   * and the id of the section in each of its slots.
   */
  exportState(): { state: SearchState; sectionIds: string[] } {
    return runToEnd(this.exportStateInSteps());
  }

  /**
   * `exportState` in steps of about `pairsPerStep` postings, so a caller can
   * hand the event loop back between them: at 50,000 sections the postings
   * are millions of pairs. The engine must not change until the last step;
   * a caller that sees it change abandons the steps.
   */
  *exportStateInSteps(pairsPerStep = 1 << 18): Generator<void, { state: SearchState; sectionIds: string[] }> {
    this.fileIndexPending();
    const remap = new Int32Array(this.sections.length).fill(-1);
    const sectionIds: string[] = [];
    const bodyLength: number[] = [];
    this.sections.forEach((section, slot) => {
      if (!section) return;
      remap[slot] = sectionIds.length;
      sectionIds.push(section.id);
      bodyLength.push(this.bodyLength[slot]);
    });
    const tokens: string[] = [];
    for (let id = 0; id < this.tokens.size; id++) tokens.push(this.tokens.text(id));
    const padded = (index: (Postings | undefined)[]) => (index.length < tokens.length ? [...index, ...new Array<undefined>(tokens.length - index.length)] : index);
    yield;
    const shortPostings = yield* packPostingsInSteps(padded(this.shortIndex), remap, pairsPerStep);
    const bodyPostings = yield* packPostingsInSteps(padded(this.bodyIndex), remap, pairsPerStep);
    const entryPostings = yield* packPostingsInSteps([...this.entryIndex.values()], remap, pairsPerStep);
    const state: SearchState = {
      slotCount: sectionIds.length,
      bodyLength: Int32Array.from(bodyLength),
      tokens,
      shortPostings,
      bodyPostings,
      entryIds: [...this.entryIndex.keys()],
      entryPostings,
    };
    return { state, sectionIds };
  }

  /**
   * An engine with a stored index, as `exportState` made it; `sections[slot]`
   * is the section now in that slot, or undefined for one that has since gone
   * (its slot is then dead, as if removed). Searching it gives what searching
   * an engine built from the same sections gives. Throws on a state whose
   * parts do not fit together.
   */
  static restore(catalog: SearchCatalog, state: SearchState, sections: readonly (NoteSection | undefined)[]): SearchEngine {
    return runToEnd(SearchEngine.restoreInSteps(catalog, state, sections));
  }

  /**
   * `restore` in steps of about `itemsPerStep` words, postings or slots, so a
   * caller can hand the event loop back between them (the extension host must
   * not block for tens of milliseconds). Nothing may use the engine before
   * the last step; a caller that stops early just drops it.
   */
  static *restoreInSteps(
    catalog: SearchCatalog,
    state: SearchState,
    sections: readonly (NoteSection | undefined)[],
    itemsPerStep = 1 << 18,
  ): Generator<void, SearchEngine> {
    const engine = new SearchEngine(catalog);
    yield* engine.loadInSteps(state, sections, itemsPerStep);
    return engine;
  }

  private *loadInSteps(state: SearchState, sections: readonly (NoteSection | undefined)[], itemsPerStep: number): Generator<void, void> {
    const { slotCount, tokens } = state;
    if (sections.length !== slotCount || state.bodyLength.length !== slotCount) throw new RangeError('slot counts differ');
    if (state.shortPostings.offsets.length !== tokens.length + 1 || state.bodyPostings.offsets.length !== tokens.length + 1) {
      throw new RangeError('postings and vocabulary differ in length');
    }
    if (state.entryPostings.offsets.length !== state.entryIds.length + 1) throw new RangeError('entry postings and entries differ in length');
    // Interning hashes each word: a sixteenth of a step's items at a time.
    const wordsPerStep = Math.max(1, itemsPerStep >> 4);
    for (let from = 0; from < tokens.length; from += wordsPerStep) {
      this.internTokens(tokens, from, Math.min(tokens.length, from + wordsPerStep));
      yield;
    }
    this.growScratch(this.tokens.size);
    yield;
    this.shortIndex = yield* unpackPostingsInSteps(state.shortPostings, slotCount, itemsPerStep);
    yield;
    this.bodyIndex = yield* unpackPostingsInSteps(state.bodyPostings, slotCount, itemsPerStep);
    yield;
    const entryLists = yield* unpackPostingsInSteps(state.entryPostings, slotCount, itemsPerStep);
    state.entryIds.forEach((entryId, k) => {
      const list = entryLists[k];
      if (list) this.entryIndex.set(entryId, list);
    });
    const slotsPerStep = Math.max(1, itemsPerStep >> 4);
    for (let from = 0; from < slotCount; from += slotsPerStep) {
      if (from > 0) yield;
      this.installSlots(state.bodyLength, sections, from, Math.min(slotCount, from + slotsPerStep));
    }
    this.changed();
  }

  /**
   * Adds the sections of a stored or worker-built state to this engine as they are, without tokenising them:
   * what `addSections` on those sections gives, at the cost of copying their postings. Sections already in the
   * engine under the same id are replaced; `sections[slot]` undefined leaves that slot dead. The new posting
   * lists are built aside, a step of about `itemsPerStep` postings at a time, and everything (the replacements
   * too) takes effect together at the last step: until then the engine answers searches as it was. Throws,
   * before changing anything, on a state whose parts do not fit together. Nothing else may change the engine
   * until the last step.
   */
  *absorbInSteps(state: SearchState, sections: readonly (NoteSection | undefined)[], itemsPerStep = 1 << 18): Generator<void, void> {
    const { slotCount, tokens, entryIds } = state;
    if (sections.length !== slotCount || state.bodyLength.length !== slotCount) throw new RangeError('slot counts differ');
    if (!tokens.every((token) => typeof token === 'string') || !entryIds.every((id) => typeof id === 'string')) throw new RangeError('a word is not a string');
    yield* checkPackedInSteps(state.shortPostings, tokens.length, slotCount, itemsPerStep);
    yield;
    yield* checkPackedInSteps(state.bodyPostings, tokens.length, slotCount, itemsPerStep);
    yield;
    yield* checkPackedInSteps(state.entryPostings, entryIds.length, slotCount, itemsPerStep);
    yield;
    // The new slots follow every slot there is: replaced sections only die at the last step, and without a sweep.
    const base = this.sections.length;
    // New words get their ids now, a step at a time (a big vocabulary is hundreds of thousands of them): until the
    // last step they have no postings, so a search meanwhile finds nothing new through them.
    const known = new Int32Array(tokens.length);
    const wordsPerStep = Math.max(1, itemsPerStep >> 4);
    for (let from = 0; from < tokens.length; from += wordsPerStep) {
      const to = Math.min(tokens.length, from + wordsPerStep);
      for (let k = from; k < to; k++) known[k] = this.tokens.intern(tokens[k]);
      yield;
    }
    if (this.tokens.size > this.shortWeights.length) this.growScratch(this.tokens.size);
    const listsOf = (index: readonly (Postings | undefined)[]) => Array.from(known, (id) => (id >= 0 ? index[id] : undefined));
    const short = yield* joinedPostingsInSteps(state.shortPostings, listsOf(this.shortIndex), base, itemsPerStep);
    const body = yield* joinedPostingsInSteps(state.bodyPostings, listsOf(this.bodyIndex), base, itemsPerStep);
    const entries = yield* joinedPostingsInSteps(state.entryPostings, entryIds.map((entryId) => this.entryIndex.get(entryId)), base, itemsPerStep);
    // The last step: everything takes effect at once.
    this.markRemoved(sections.flatMap((section) => (section && this.slotById.has(section.id) ? [section.id] : [])));
    for (let k = 0; k < tokens.length; k++) {
      const id = known[k];
      // A word no scan could have made (a damaged state) has no id, and its postings are dropped.
      if (id < 0) continue;
      if (short[k]) this.shortIndex[id] = short[k];
      if (body[k]) this.bodyIndex[id] = body[k];
    }
    entryIds.forEach((entryId, k) => {
      if (entries[k]) this.entryIndex.set(entryId, entries[k]);
    });
    for (let slot = 0; slot < slotCount; slot++) {
      const section = sections[slot];
      const length = state.bodyLength[slot];
      const live = section !== undefined && !this.slotById.has(section.id);
      this.sections.push(live ? section : undefined);
      this.foldedTitles.push(undefined);
      this.bodyLength.push(length);
      if (!live) {
        this.deadCount++;
        continue;
      }
      this.slotById.set(section.id, base + slot);
      this.totalBodyLength += length;
      this.aliveCount++;
    }
    // As after any removal: the replaced sections' pairs are swept once dead ones outnumber live ones.
    if (this.deadCount > 1000 && this.deadCount > this.aliveCount) this.compact();
    this.changed();
  }

  /** Interns `tokens[from..to)`, each of which must be a new word getting its index as id; plain, like `installSlots`. */
  private internTokens(tokens: readonly string[], from: number, to: number): void {
    for (let id = from; id < to; id++) {
      const token = tokens[id];
      if (typeof token !== 'string' || this.tokens.intern(token) !== id) throw new RangeError(`token ${id} is not a new word`);
    }
  }

  /**
   * Puts `sections[from..to)` into their slots, a duplicate or missing one as a
   * dead slot. A plain method, not inline in the generator above: V8 optimises
   * a hot loop in a plain function mid-run.
   */
  private installSlots(bodyLength: Int32Array, sections: readonly (NoteSection | undefined)[], from: number, to: number): void {
    for (let slot = from; slot < to; slot++) {
      const section = sections[slot];
      const length = bodyLength[slot];
      this.sections.push(section);
      this.foldedTitles.push(undefined);
      this.bodyLength.push(length);
      if (!section || this.slotById.has(section.id)) {
        this.sections[slot] = undefined;
        this.deadCount++;
        continue;
      }
      this.slotById.set(section.id, slot);
      this.totalBodyLength += length;
      this.aliveCount++;
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.sections.length = 0;
    this.slotById.clear();
    this.foldedTitles.length = 0;
    this.bodyLength.length = 0;
    this.tokens = new TokenTable();
    this.namesByEntry.clear();
    this.headingTokens.clear();
    this.shortIndex = [];
    this.bodyIndex = [];
    this.entryIndex.clear();
    this.aliveCount = 0;
    this.deadCount = 0;
    this.totalBodyLength = 0;
    this.changed();
  }

  /** Splits `s3:` / `@category` prefixes off a query, using this engine's catalog. */
  parse(query: string): ParsedQuery {
    return parseQuery(query, this.catalog);
  }

  /**
   * Ranked sections for a query as typed in the search box. The query's own
   * `s3:` / `@category` prefixes apply on top of `options`. Never throws.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    try {
      return this.searchUnsafe(typeof query === 'string' ? query : '', options);
    } catch {
      return [];
    }
  }

  private searchUnsafe(query: string, options: SearchOptions): SearchHit[] {
    const parsed = this.parse(query.slice(0, 500));
    const entryId = options.entryId ?? parsed.entryId;
    const category = options.category ?? parsed.category;
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 1000));
    const allowed = this.filter(entryId, category);
    const text = parsed.text;
    const typing = !/\s$/.test(query);

    const terms = this.buildTerms(text, typing);
    if (terms.length === 0) return allowed ? this.listFiltered(allowed, entryId, category, limit) : [];

    const folded = foldCase(text).replace(/[^a-z0-9]+/g, ' ').trim();
    if (folded.length === 1 && terms.length === 1) return this.initialMatches(folded, allowed, limit);

    const candidates = this.score(terms, allowed);
    if (entryId) this.weighByFilter(candidates, entryId);
    return this.rank(candidates, terms, folded, limit);
  }

  /** Turns the free text into terms with their expansions (prefixes, aliases, typos). */
  private buildTerms(text: string, typing: boolean): Term[] {
    const rawWords = foldCase(text).match(/[a-z0-9]+/g)?.slice(0, 12) ?? [];
    if (rawWords.length === 0) return [];
    const allSoft = rawWords.every((word) => SOFT_WORDS.has(stem(word)));
    const terms: Term[] = rawWords.map((raw, i) => {
      const token = stem(raw);
      const last = i === rawWords.length - 1;
      const soft = !allSoft && SOFT_WORDS.has(token);
      const shortOnly = last && typing && raw.length <= 2;
      const expansions: Expansion[] = [{ token, quality: 1 }];
      if (!soft) {
        if (last && typing) this.addPrefixExpansions(raw, expansions, shortOnly, 0.55, 0.4);
        else if (raw.length >= 4) this.addPrefixExpansions(rootOf(raw), expansions, false, 0.45, 0.35);
      }
      return { raw, soft, shortOnly, expansions };
    });

    this.addEntryExpansions(text, rawWords, terms);

    for (const term of terms) {
      if (term.soft || term.shortOnly || term.raw.length < 4) continue;
      const hasExact = this.documentFrequency(term.expansions[0].token!) > 0;
      const hasOther = term.expansions.length > 1;
      if (!hasExact && !hasOther) this.addTypoExpansions(term.raw, term.expansions);
    }
    return terms;
  }

  /** Catalog names of one, two or three words (ddb, load balancer, multi az) expand to their entry. */
  private addEntryExpansions(text: string, rawWords: string[], terms: Term[]): void {
    const covered = new Set<number>();
    for (let size = 3; size >= 1; size--) {
      for (let start = 0; start + size <= rawWords.length; start++) {
        const span = rawWords.slice(start, start + size);
        if (size === 1 && (terms[start].soft || span[0].length < 2 || covered.has(start))) continue;
        const entryId = this.resolvePhrase(span, size === 1 ? originalCase(text, span[0]) : undefined);
        if (!entryId) continue;
        const entry = this.catalog.get(entryId);
        for (let i = start; i < start + size; i++) {
          covered.add(i);
          const term = terms[i];
          term.expansions.push({ entryId, quality: 1 });
          for (const childId of this.children(entryId)) term.expansions.push({ entryId: childId, quality: 0.8 });
          // Notes on ELB usually cover ALB too.
          if (entry?.parent) term.expansions.push({ entryId: entry.parent, quality: 0.5 });
          if (entry && size === 1) {
            // "ddb" should also find sections that spell the name out but were not tagged.
            for (const name of [entry.shortName, entry.name]) {
              const tokens = tokenize(name).filter((t) => !SOFT_WORDS.has(t));
              if (tokens.length === 1 && tokens[0] !== term.expansions[0].token) {
                term.expansions.push({ token: tokens[0], quality: 0.9 });
              }
            }
          }
          if (size > 1 && term.soft) term.soft = false;
        }
      }
    }
  }

  private resolvePhrase(span: string[], typed: string | undefined): string | undefined {
    if (span.length === 1) return this.resolveCached(typed ?? span[0]) ?? this.resolveCached(span[0]);
    return this.resolveCached(span.join(' ')) ?? this.resolveCached(span.join('-')) ?? this.resolveCached(span.join(''));
  }

  /** The catalog never changes, and a keystroke asks it about the same words again and again. */
  private resolveCached(term: string): string | undefined {
    if (this.resolved.has(term)) return this.resolved.get(term);
    if (this.resolved.size > 20_000) this.resolved.clear();
    const entryId = resolveLoosely(term, this.catalog);
    this.resolved.set(term, entryId);
    return entryId;
  }

  private children(entryId: string): string[] {
    if (!this.childrenByEntry) {
      const map = new Map<string, string[]>();
      try {
        for (const entry of this.catalog.entries.values()) {
          if (!entry.parent) continue;
          const list = map.get(entry.parent) ?? [];
          list.push(entry.id);
          map.set(entry.parent, list);
        }
      } catch {
        // A catalog without entries simply has no refinements.
      }
      this.childrenByEntry = map;
    }
    return this.childrenByEntry.get(entryId) ?? [];
  }

  /** Vocabulary tokens that start with `prefix`, the most common first. */
  private addPrefixExpansions(prefix: string, out: Expansion[], shortOnly: boolean, base: number, spread: number): void {
    const vocabulary = shortOnly ? this.shortVocabulary() : this.vocabulary();
    let index = lowerBound(vocabulary, prefix);
    const found: string[] = [];
    // Scanning is capped: a two-letter prefix can open thousands of words.
    for (let scanned = 0; index < vocabulary.length && scanned < 400; index++, scanned++) {
      const word = vocabulary[index];
      if (!word.startsWith(prefix)) break;
      if (word !== out[0].token) found.push(word);
    }
    const ranked = found
      .map((word) => ({ word, df: this.documentFrequency(word) }))
      .sort((a, b) => b.df - a.df)
      .slice(0, MAX_PREFIX_EXPANSIONS);
    for (const { word } of ranked) out.push({ token: word, quality: base + spread * (prefix.length / word.length) });
  }

  /** fuse.js over the vocabulary words of similar length and the same first letter. */
  private addTypoExpansions(raw: string, out: Expansion[]): void {
    const token = stem(raw);
    const results: { word: string; score: number }[] = [];
    for (let length = token.length - 2; length <= token.length + 2; length++) {
      const bucket = this.typoBucket(token[0], length);
      if (!bucket) continue;
      for (const hit of bucket.search(token, { limit: MAX_TYPO_EXPANSIONS })) {
        results.push({ word: hit.item, score: (hit.score ?? 1) + Math.abs(hit.item.length - token.length) * 0.03 });
      }
    }
    results.sort((a, b) => a.score - b.score);
    const best = results[0]?.score ?? 1;
    for (const { word, score } of results.slice(0, MAX_TYPO_EXPANSIONS)) {
      if (score > best + 0.12) break;
      out.push({ token: word, quality: Math.max(0.3, 0.9 - score) });
    }
  }

  private typoBucket(first: string, length: number): Fuse<string> | undefined {
    if (this.typoBucketsGeneration !== this.generation) {
      this.typoBuckets.clear();
      for (const word of this.vocabulary()) {
        if (word.length < 3 || /^\d+$/.test(word)) continue;
        const key = `${word[0]}${word.length}`;
        const bucket = this.typoBuckets.get(key);
        if (bucket) bucket.words.push(word);
        else this.typoBuckets.set(key, { words: [word] });
      }
      this.typoBucketsGeneration = this.generation;
    }
    const bucket = this.typoBuckets.get(`${first}${length}`);
    if (!bucket) return undefined;
    bucket.fuse ??= new Fuse(bucket.words, { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
    return bucket.fuse;
  }

  /** Accumulates per-section scores for every term; returns the touched slots. */
  private score(terms: Term[], allowed: Set<number> | undefined): number[] {
    const size = this.sections.length;
    if (this.totalScore.length < size) {
      const capacity = Math.max(size, this.totalScore.length * 2, 64);
      this.termScore = new Float32Array(capacity);
      this.expansionScore = new Float32Array(capacity);
      this.totalScore = new Float32Array(capacity);
      this.matchedTerms = new Uint8Array(capacity);
      // Touched-slot lists live in fixed buffers: growing arrays by push cost more than the scoring itself.
      this.expansionTouched = new Int32Array(capacity);
      this.termTouched = new Int32Array(capacity);
      this.allTouched = new Int32Array(capacity);
    }
    const { termScore, expansionScore, totalScore, matchedTerms, expansionTouched, termTouched, allTouched } = this;
    let touchedCount = 0;
    const hardTerms = terms.filter((t) => !t.soft).length;
    const alive = Math.max(1, this.aliveCount);
    const averageBody = this.totalBodyLength / alive || 1;
    const norms = this.bodyNorms(averageBody);

    for (const term of terms) {
      let termCount = 0;
      for (const expansion of term.expansions) {
        let count = 0;
        if (expansion.token !== undefined) {
          const df = this.documentFrequency(expansion.token);
          if (df === 0) continue;
          const idf = Math.log(1 + alive / df);
          const id = this.tokens.idOf(expansion.token);
          const short = this.shortIndex[id];
          if (short) count = this.addPostings(short, idf, undefined, allowed, count);
          const body = term.shortOnly || term.soft ? undefined : this.bodyIndex[id];
          // BM25: tf·(k1+1) / (tf + k1·norm), scaled by idf and the body weight.
          if (body) count = this.addPostings(body, BODY_WEIGHT * (BM25_K1 + 1) * idf, norms, allowed, count);
        } else if (expansion.entryId !== undefined) {
          const tagged = this.entryIndex.get(expansion.entryId);
          if (tagged) {
            const idf = Math.log(1 + alive / Math.max(1, tagged.length));
            count = this.addPostings(tagged, ENTRY_WEIGHT * idf, undefined, allowed, count);
          }
        }
        const quality = expansion.quality;
        for (let i = 0; i < count; i++) {
          const slot = expansionTouched[i];
          const value = expansionScore[slot] * quality;
          expansionScore[slot] = 0;
          // Only positive scores mark a slot, so no slot enters a buffer twice and the buffers cannot overflow.
          if (!(value > 0)) continue;
          if (termScore[slot] === 0) termTouched[termCount++] = slot;
          if (value > termScore[slot]) termScore[slot] = value;
        }
      }
      const soft = term.soft;
      for (let i = 0; i < termCount; i++) {
        const slot = termTouched[i];
        const value = termScore[slot];
        termScore[slot] = 0;
        if (totalScore[slot] === 0 && matchedTerms[slot] === 0) allTouched[touchedCount++] = slot;
        if (soft) {
          totalScore[slot] += value * SOFT_FACTOR;
        } else {
          totalScore[slot] += value;
          matchedTerms[slot]++;
        }
      }
    }

    const scored: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const slot = allTouched[i];
      const matched = matchedTerms[slot];
      const coverage = hardTerms ? matched / hardTerms : 1;
      // A section that matches only soft words is no answer.
      const value = hardTerms && matched === 0 ? 0 : totalScore[slot] * coverage * coverage;
      totalScore[slot] = value;
      matchedTerms[slot] = 0;
      if (value > 0) scored.push(slot);
    }
    return scored;
  }

  /**
   * Adds one posting list to the expansion scores, in one tight loop: at 50,000 sections a common word's body
   * list is tens of thousands long, and this loop is most of a keystroke. With `norms`, weights are term
   * frequencies scored by BM25; without, they are used as they are. Newly touched slots go to
   * `expansionTouched` from `count` on; returns the new count.
   */
  private addPostings(postings: Postings, scale: number, norms: Float64Array | undefined, allowed: Set<number> | undefined, count: number): number {
    const { slots, weights, length } = postings;
    const { sections, expansionScore, expansionTouched } = this;
    for (let i = 0; i < length; i++) {
      const slot = slots[i];
      if (sections[slot] === undefined || (allowed !== undefined && !allowed.has(slot))) continue;
      const weight = weights[i];
      const value = norms === undefined ? weight * scale : (scale * weight) / (weight + BM25_K1 * norms[slot]);
      if (!(value > 0)) continue;
      if (expansionScore[slot] === 0) expansionTouched[count++] = slot;
      expansionScore[slot] += value;
    }
    return count;
  }

  /** Each slot's BM25 length normalisation, recomputed once per index change rather than per posting. */
  private bodyNorms(averageBody: number): Float64Array {
    if (this.normsGeneration !== this.generation || this.norms.length < this.sections.length) {
      const size = this.sections.length;
      if (this.norms.length < size) this.norms = new Float64Array(Math.max(size, this.norms.length * 2, 64));
      for (let slot = 0; slot < size; slot++) this.norms[slot] = 1 - BM25_B + (BM25_B * this.bodyLength[slot]) / averageBody;
      this.normsGeneration = this.generation;
    }
    return this.norms;
  }

  /** Orders candidates, boosts titles that contain the query, and builds the hits. */
  private rank(candidates: number[], terms: Term[], folded: string, limit: number): SearchHit[] {
    const { totalScore } = this;
    const pool = topSlots(candidates, totalScore, Math.max(limit, RERANK_POOL));
    for (const slot of candidates) totalScore[slot] = -totalScore[slot];
    for (const slot of pool) totalScore[slot] = -totalScore[slot];
    for (const slot of candidates) if (totalScore[slot] < 0) totalScore[slot] = 0;
    const hardTerms = terms.filter((t) => !t.soft);
    const hardWords = hardTerms.map((t) => t.raw);
    const exactNames = this.queryEntryNames(hardTerms);
    const scores = new Map<number, number>();
    for (const slot of pool) {
      let value = totalScore[slot];
      totalScore[slot] = 0;
      const title = this.foldedTitle(slot);
      // The whole query as typed, inside the title: the strongest signal there is.
      if (folded.length > 2 && title.includes(` ${folded}`)) value *= 1.6;
      // The query is the whole title ("s3", "ec2", "kms" for "Key Management Service"): the chapter on it, ahead
      // of every passage that names it too.
      const chapter = this.sections[slot]!.parentId === undefined;
      if (chapter && (title === ` ${folded} ` || exactNames.some((name) => title === ` ${name} `))) value *= EXACT_TITLE_BOOST;
      else if (hardWords.length > 1 && hardWords.every((word) => title.includes(` ${word}`))) value *= 1.3;
      value *= this.passageFactor(slot, title, hardTerms);
      scores.set(slot, value);
    }
    pool.sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
    this.spreadPassages(pool, scores);
    const matchTokens = new Set<string>();
    for (const term of terms) {
      if (term.soft) continue;
      for (const expansion of term.expansions) {
        if (expansion.token && expansion.token.length > 1 && expansion.quality >= 0.6) matchTokens.add(expansion.token);
      }
    }
    const lastTerm = terms[terms.length - 1];
    const typedPrefix = lastTerm && !lastTerm.soft && lastTerm.raw.length >= 2 ? lastTerm.raw : undefined;
    return pool.slice(0, limit).map((slot) => this.toHit(slot, scores.get(slot)!, matchTokens, typedPrefix));
  }

  /**
   * One chapter's passages should not fill the list: beyond the first {@link PASSAGES_BEFORE_SPREAD} of a
   * chapter, each further passage weighs less, and the pool is re-ordered. `pool` is sorted by `scores`.
   */
  private spreadPassages(pool: number[], scores: Map<number, number>): void {
    const seen = new Map<string, number>();
    let changed = false;
    for (const slot of pool) {
      const parentId = this.sections[slot]!.parentId;
      if (parentId === undefined) continue;
      const count = (seen.get(parentId) ?? 0) + 1;
      seen.set(parentId, count);
      if (count <= PASSAGES_BEFORE_SPREAD) continue;
      scores.set(slot, scores.get(slot)! * PASSAGE_SPREAD ** (count - PASSAGES_BEFORE_SPREAD));
      changed = true;
    }
    if (changed) pool.sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
  }

  /**
   * A passage against its chapter. When the chapter's title says everything the query asks ("s3"), the chapter
   * is the answer and its passages step back. When the chapter's title names part of the query and the
   * passage's title the rest ("s3 versioning": S3 › Versioning), the passage is the answer and comes first;
   * a passage whose title names only some of the rest gets part of that boost.
   */
  private passageFactor(slot: number, title: string, hardTerms: readonly Term[]): number {
    const parentId = this.sections[slot]!.parentId;
    if (parentId === undefined || hardTerms.length === 0) return 1;
    const parentSlot = this.slotById.get(parentId);
    if (parentSlot === undefined) return 1;
    const parentTitle = this.foldedTitle(parentSlot);
    const rest = hardTerms.filter((term) => !this.titleSays(parentTitle, term));
    if (rest.length === 0) return PASSAGE_UNDER_CHAPTER;
    if (rest.length === hardTerms.length) return 1;
    // "route 53 alias record": the chapter says "route 53", the passage's title "alias"; the more of the rest, the better.
    // The passage's own words only: a catalog alias ("MFA Delete" for versioning) is no reason to put it first.
    const named = rest.filter((term) => saysWord(title, term.raw)).length;
    return 1 + (PASSAGE_OF_CHAPTER - 1) * (named / rest.length);
  }

  /** When the whole query names one catalog entry ("kms", "key management service"): that entry's names, folded. */
  private queryEntryNames(hardTerms: readonly Term[]): string[] {
    if (hardTerms.length === 0) return [];
    const shared = hardTerms[0].expansions.filter((e) => e.entryId !== undefined && e.quality >= 1).map((e) => e.entryId!);
    const entryId = shared.find((id) => hardTerms.every((term) => term.expansions.some((e) => e.entryId === id && e.quality >= 1)));
    return entryId === undefined ? [] : this.foldedNames(entryId);
  }

  /** Whether a folded title says what a query word asks: the word itself, or a name of the entry it stands for ("kms"). */
  private titleSays(title: string, term: Term): boolean {
    if (saysWord(title, term.raw)) return true;
    for (const expansion of term.expansions) {
      if (expansion.entryId === undefined || expansion.quality < 1) continue;
      // Only a word that is itself a name of the entry ("kms"), not a part of one ("volume" of "volume gateway").
      const names = this.foldedNames(expansion.entryId);
      if (names.includes(term.raw) && names.some((name) => title.includes(` ${name} `))) return true;
    }
    return false;
  }

  /** An entry's names, folded like titles and without "Amazon"/"AWS": "key management service", "kms". */
  private foldedNames(entryId: string): string[] {
    let names = this.foldedNamesByEntry.get(entryId);
    if (!names) {
      const entry = this.catalog.get(entryId);
      const all = entry ? [entry.name, entry.shortName, ...entry.aliases, ...entry.abbreviations] : [];
      names = [...new Set(all.map((name) => foldCase(name).replace(/[^a-z0-9]+/g, ' ').replace(/^(?:amazon|aws) /, '').trim()).filter(Boolean))];
      this.foldedNamesByEntry.set(entryId, names);
    }
    return names;
  }

  private toHit(slot: number, score: number, tokens: Set<string>, prefix?: string): SearchHit {
    const section = this.sections[slot]!;
    const snippet = snippetAround(section.body, tokens, section.snippet, 120, prefix, section.title);
    return {
      section,
      score,
      titleMatches: matchRanges(section.title, tokens, prefix),
      snippet: snippet.text,
      snippetMatches: snippet.ranges,
    };
  }

  /** A one-letter query: titles with a word starting with that letter, title-initial first. */
  private initialMatches(letter: string, allowed: Set<number> | undefined, limit: number): SearchHit[] {
    if (this.initialCacheGeneration !== this.generation) {
      this.initialCache.clear();
      this.initialCacheGeneration = this.generation;
    }
    let slots = this.initialCache.get(letter);
    if (!slots) {
      const leading: number[] = [];
      const inner: number[] = [];
      this.sections.forEach((section, slot) => {
        if (!section) return;
        const initials = (foldCase(section.title).match(/[a-z0-9]+/g) ?? []).map((word) => word[0]);
        if (initials[0] === letter) leading.push(slot);
        else if (initials.includes(letter)) inner.push(slot);
      });
      const byTitle = (a: number, b: number) => this.sections[a]!.title.length - this.sections[b]!.title.length;
      slots = [...leading.sort(byTitle), ...inner.sort(byTitle)];
      this.initialCache.set(letter, slots);
    }
    const tokens = new Set<string>();
    const hits: SearchHit[] = [];
    for (const slot of slots) {
      if (allowed && !allowed.has(slot)) continue;
      hits.push(this.toHit(slot, 1 / (hits.length + 1), tokens, letter));
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Within a `service:` filter, sections mainly about the service beat those that mention it in passing. */
  private weighByFilter(candidates: number[], entryId: string): void {
    const strength = this.entryStrength(entryId);
    for (const slot of candidates) this.totalScore[slot] *= 0.6 + 0.4 * Math.min(1, strength.get(slot) ?? 0);
  }

  /** The cache slot for one filter, emptied whenever the index changes. */
  private filterCached(key: string): FilterCacheEntry {
    if (this.filterCacheGeneration !== this.generation) {
      this.filterCache.clear();
      this.filterCacheGeneration = this.generation;
    }
    let cached = this.filterCache.get(key);
    if (!cached) this.filterCache.set(key, (cached = {}));
    return cached;
  }

  private entryStrength(entryId: string): Map<number, number> {
    const cached = this.filterCached(`strength\u0000${entryId}`);
    if (!cached.strength) cached.strength = this.computeEntryStrength(entryId);
    return cached.strength;
  }

  private computeEntryStrength(entryId: string): Map<number, number> {
    const strength = new Map<number, number>();
    for (const id of [entryId, ...this.children(entryId)]) {
      const tagged = this.entryIndex.get(id);
      if (!tagged) continue;
      for (let i = 0; i < tagged.length; i++) {
        const slot = tagged.slots[i];
        strength.set(slot, Math.max(strength.get(slot) ?? 0, tagged.weights[i]));
      }
    }
    return strength;
  }

  /** No free text, only a filter: the filter's sections, most on-topic first. */
  private listFiltered(allowed: Set<number>, entryId: string | undefined, category: string | undefined, limit: number): SearchHit[] {
    const cached = this.filterCached(`list\u0000${entryId ?? ''}\u0000${category ?? ''}\u0000${limit}`);
    cached.listed ??= this.rankFiltered(allowed, entryId, category, limit);
    return cached.listed.map(([slot, strength]) => this.toHit(slot, strength, new Set()));
  }

  /** The `limit` strongest sections a filter allows, with their strength; ties in title order. */
  private rankFiltered(allowed: Set<number>, entryId: string | undefined, category: string | undefined, limit: number): Array<[number, number]> {
    const strength = entryId ? this.entryStrength(entryId) : new Map<number, number>();
    if (!entryId && category) {
      // The section's main service in the category first, a second service's next.
      for (const slot of allowed) {
        const section = this.sections[slot];
        if (section) strength.set(slot, this.categoryOf(section)[0] === category ? 1 : 0.5);
      }
    }
    const strengthOf = (slot: number) => strength.get(slot) ?? 0;
    let slots = [...allowed].filter((slot) => this.sections[slot] !== undefined);
    if (slots.length > limit) {
      // Only sections at least as strong as the limit-th strongest can be listed: sort those alone.
      const threshold = Float64Array.from(slots, strengthOf).sort()[slots.length - limit];
      slots = slots.filter((slot) => strengthOf(slot) >= threshold);
    }
    slots.sort((a, b) => strengthOf(b) - strengthOf(a) || TITLE_ORDER.compare(this.sections[a]!.title, this.sections[b]!.title));
    return slots.slice(0, limit).map((slot): [number, number] => [slot, strengthOf(slot)]);
  }

  /** The slots a filter allows, or undefined for no filter. */
  private filter(entryId: string | undefined, category: string | undefined): Set<number> | undefined {
    if (!entryId && !category) return undefined;
    const cached = this.filterCached(`allowed\u0000${entryId ?? ''}\u0000${category ?? ''}`);
    if (!cached.allowed) cached.allowed = this.computeFilter(entryId, category);
    return cached.allowed;
  }

  private computeFilter(entryId: string | undefined, category: string | undefined): Set<number> {
    let allowed: Set<number> | undefined;
    if (entryId) {
      allowed = new Set();
      for (const id of [entryId, ...this.children(entryId)]) {
        const tagged = this.entryIndex.get(id);
        if (!tagged) continue;
        for (let i = 0; i < tagged.length; i++) if (this.sections[tagged.slots[i]]) allowed.add(tagged.slots[i]);
      }
    }
    if (category) {
      const inCategory = new Set<number>();
      const source = allowed ?? this.slotById.values();
      for (const slot of source) {
        const section = this.sections[slot];
        if (section && this.categoryOf(section).includes(category)) inCategory.add(slot);
      }
      allowed = inCategory;
    }
    return allowed ?? new Set();
  }

  /** The categories a section belongs to: those of its main services (or concepts, when it names no service). */
  categoryOf(section: NoteSection): string[] {
    const main = section.services.length ? section.services.slice(0, 2) : section.concepts.slice(0, 1);
    const categories: string[] = [];
    for (const id of main) {
      const category = this.catalog.get(id)?.category;
      if (category && !categories.includes(category)) categories.push(category);
    }
    return categories;
  }

  /**
   * Indexes one section in a new slot. Everything that reads the section
   * happens before the first posting is written, so a malformed section that
   * throws leaves no half-indexed slot behind.
   */
  private indexSection(section: NoteSection): void {
    const slot = this.sections.length;
    const id = section.id;
    const title = section.title;
    if (typeof id !== 'string' || typeof title !== 'string') throw new TypeError('section without id or title');
    const breadcrumb = Array.isArray(section.breadcrumb) ? section.breadcrumb : [];
    const headings = Array.isArray(section.headings) ? section.headings : [];
    const services = stringsOf(section.services);
    const concepts = stringsOf(section.concepts);
    const tags = concepts.length ? [...services, ...concepts] : services;
    // Before any scan below: naming an entry may intern its words.
    const tagNames = tags.map((entryId) => this.entryNames(entryId));

    const sectionStamp = ++this.sectionStamp;
    this.shortTouchedCount = 0;
    // The strongest place a word appears counts, not how many headings repeat it.
    const lastParent = breadcrumb.length - 1;
    let parent: Int32Array = NO_TOKENS;
    for (let i = 0; i < breadcrumb.length; i++) {
      const weight = i === 0 ? FILE_LABEL_WEIGHT : i === lastParent ? PARENT_WEIGHT : OUTER_PARENT_WEIGHT;
      const crumb = this.headingTokenIds(breadcrumb[i]);
      this.bumpShort(crumb, weight);
      if (i === 0 || i !== lastParent) continue;
      parent = crumb;
      for (let k = 0; k < crumb.length; k++) this.parentSeen[crumb[k]] = sectionStamp;
    }
    for (const heading of headings) this.bumpShort(this.headingTokenIds(heading), HEADING_WEIGHT);
    const titleCount = this.scanTokens(title, 1);
    const norm = 1 / (0.6 + (0.4 * Math.max(1, titleCount)) / TYPICAL_TITLE_TOKENS);
    const { shortWeights, titleSeen } = this;
    for (let k = 0; k < titleCount; k++) {
      const token = this.tokens.ids[k];
      if (titleSeen[token] === sectionStamp) continue;
      titleSeen[token] = sectionStamp;
      // In the title a word outweighs any heading: "DynamoDB" beats "DAX" under a "DynamoDB" heading.
      if (shortWeights[token] === 0) this.shortTouched[this.shortTouchedCount++] = token;
      shortWeights[token] = TITLE_WEIGHT * norm + 0.25 * shortWeights[token];
    }

    const tagWeights: number[] = [];
    for (let i = 0; i < tags.length; i++) {
      const inTitle = namesIn(tagNames[i], this.tokens.ids, titleCount, titleSeen, sectionStamp);
      const inParent = namesIn(tagNames[i], parent, parent.length, this.parentSeen, sectionStamp);
      // Tags come most relevant first; later ones are often mentions in passing.
      // A title that names the entry says most: "Application Load Balancer" is about ALB.
      const rank = i < services.length ? i : i - services.length;
      tagWeights.push((rank === 0 ? 1 : rank === 1 ? 0.7 : 0.45) + (inTitle ? 2 : 0) + (inParent ? 0.6 : 0));
    }

    // From here on nothing can throw: the slot is written whole.
    const distinct = this.scanTokens(section.body, 2, true);
    const length = this.tokens.tokenCount;
    this.bodyPending.addCounts(this.tokens.ids, distinct, this.tokens.counts, slot);
    // Read again: scanning the body may have grown the scratch arrays.
    const { shortTouched, shortWeights: weights } = this;
    for (let k = 0; k < this.shortTouchedCount; k++) {
      const token = shortTouched[k];
      this.shortPending.add(token, slot, weights[token]);
      weights[token] = 0;
    }
    this.shortTouchedCount = 0;
    for (let i = 0; i < tags.length; i++) pushPosting(this.entryIndex, tags[i], slot, tagWeights[i]);

    this.sections.push(section);
    this.foldedTitles.push(undefined);
    this.bodyLength.push(length);
    this.totalBodyLength += length;
    this.slotById.set(id, slot);
    this.aliveCount++;
  }

  private fileIndexPending(): void {
    this.shortPending.flush(this.shortIndex, this.tokens.size);
    this.bodyPending.flush(this.bodyIndex, this.tokens.size);
  }

  /** Interns the tokens of `text` into `tokens.ids`; returns their count. Anything but a string has none. */
  private scanTokens(text: unknown, minLength: number, distinct = false): number {
    if (typeof text !== 'string') {
      this.tokens.tokenCount = 0;
      return 0;
    }
    const count = this.tokens.scan(text, minLength, distinct);
    if (this.tokens.size > this.shortWeights.length) this.growScratch(this.tokens.size);
    return count;
  }

  /** Raises each token of a title, heading or breadcrumb text to at least `weight`; returns the token count. */
  private bumpShort(ids: Int32Array, weight: number): void {
    const { shortWeights, shortTouched } = this;
    for (let k = 0; k < ids.length; k++) {
      const token = ids[k];
      const current = shortWeights[token];
      if (current === 0) shortTouched[this.shortTouchedCount++] = token;
      if (weight > current) shortWeights[token] = weight;
    }
  }

  /** The token ids of a breadcrumb or heading text; these repeat across the sections of a file, so they are kept. */
  private headingTokenIds(text: unknown): Int32Array {
    if (typeof text !== 'string') return NO_TOKENS;
    let ids = this.headingTokens.get(text);
    if (!ids) {
      ids = this.tokens.ids.slice(0, this.scanTokens(text, 1));
      if (this.headingTokens.size >= MAX_CACHED_HEADINGS) this.headingTokens.clear();
      this.headingTokens.set(text, ids);
    }
    return ids;
  }

  private growScratch(size: number): void {
    const capacity = Math.max(size, this.shortWeights.length * 2, 1024);
    const grow = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.shortWeights = grow(this.shortWeights, new Float64Array(capacity));
    this.titleSeen = grow(this.titleSeen, new Int32Array(capacity));
    this.parentSeen = grow(this.parentSeen, new Int32Array(capacity));
    this.shortTouched = grow(this.shortTouched, new Int32Array(capacity));
  }

  /** After a section threw half-way: no token may carry its counts into the next one. */
  private resetScratch(): void {
    this.tokens.counts.fill(0);
    this.shortWeights.fill(0);
    this.shortTouchedCount = 0;
  }

  /**
   * An entry's names as token ids (application load balancer → three ids), to
   * test whether a title names it without running the catalog's full matcher.
   */
  private entryNames(entryId: string): EntryNames {
    let names = this.namesByEntry.get(entryId);
    if (!names) {
      const entry = this.catalog.get(entryId);
      const all = entry ? [entry.name, entry.shortName, ...entry.aliases, ...entry.abbreviations] : [entryId];
      const texts: string[] = [];
      names = { firsts: new Int32Array(0), tokens: [] };
      for (const name of all) {
        const tokens = tokenize(name).filter((t) => t !== 'amazon' && t !== 'aws');
        const text = tokens.join(' ');
        if (!tokens.length || texts.includes(text)) continue;
        texts.push(text);
        names.tokens.push(this.tokens.ids.slice(0, this.scanTokens(text, 1)));
      }
      names.firsts = Int32Array.from(names.tokens, (ids) => ids[0]);
      this.namesByEntry.set(entryId, names);
    }
    return names;
  }

  /** A title as lower-case words between single spaces, padded; made when a search first needs it. */
  private foldedTitle(slot: number): string {
    let folded = this.foldedTitles[slot];
    if (folded === undefined) {
      folded = ` ${foldCase(this.sections[slot]!.title).replace(/[^a-z0-9]+/g, ' ').trim()} `;
      this.foldedTitles[slot] = folded;
    }
    return folded;
  }

  /** Sweeps removed sections out of every posting list and renumbers the slots. */
  private compact(): void {
    // Slots are about to be renumbered: pairs still waiting in a batch must be in the lists first.
    this.fileIndexPending();
    const remap = new Int32Array(this.sections.length).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.sections.length; slot++) {
      if (this.sections[slot] === undefined) continue;
      remap[slot] = next;
      this.sections[next] = this.sections[slot];
      this.foldedTitles[next] = this.foldedTitles[slot];
      this.bodyLength[next] = this.bodyLength[slot];
      this.slotById.set(this.sections[slot]!.id, next);
      next++;
    }
    this.sections.length = next;
    this.foldedTitles.length = next;
    this.bodyLength.length = next;
    const isAlive = (slot: number) => remap[slot] !== -1;
    const sweep = (postings: Postings): boolean => {
      if (postings.retain(isAlive) === 0) return false;
      for (let i = 0; i < postings.length; i++) postings.slots[i] = remap[postings.slots[i]];
      return true;
    };
    for (const index of [this.shortIndex, this.bodyIndex]) {
      index.forEach((postings, token) => {
        if (postings && !sweep(postings)) index[token] = undefined;
      });
    }
    for (const [entryId, postings] of this.entryIndex) if (!sweep(postings)) this.entryIndex.delete(entryId);
    this.deadCount = 0;
  }

  private documentFrequency(token: string): number {
    const id = this.tokens.idOf(token);
    return id < 0 ? 0 : Math.max(this.shortIndex[id]?.length ?? 0, this.bodyIndex[id]?.length ?? 0);
  }

  private vocabulary(): string[] {
    if (!this.sortedVocabulary) {
      const all: string[] = [];
      for (let id = 0; id < this.tokens.size; id++) {
        if (this.shortIndex[id]?.length || this.bodyIndex[id]?.length) all.push(this.tokens.text(id));
      }
      this.sortedVocabulary = all.sort();
    }
    return this.sortedVocabulary;
  }

  private shortVocabulary(): string[] {
    if (!this.sortedShortVocabulary) {
      const all: string[] = [];
      for (let id = 0; id < this.tokens.size; id++) if (this.shortIndex[id]?.length) all.push(this.tokens.text(id));
      this.sortedShortVocabulary = all.sort();
    }
    return this.sortedShortVocabulary;
  }

  private changed(): void {
    this.generation++;
    this.sortedVocabulary = undefined;
    this.sortedShortVocabulary = undefined;
  }
}

/** A folded title has a word that starts with the query word, or with its singular ("policies" → policy). */
function saysWord(title: string, raw: string): boolean {
  return title.includes(` ${raw}`) || title.includes(` ${stem(raw)}`);
}

function pushPosting(index: Map<string, Postings>, key: string, slot: number, weight: number): void {
  let postings = index.get(key);
  if (!postings) index.set(key, (postings = new Postings()));
  postings.push(slot, weight);
}

/** A catalog entry's names as token ids, and each name's first token id. */
interface EntryNames {
  firsts: Int32Array;
  tokens: Int32Array[];
}

/**
 * Whether the first `count` token ids of a text (each stamped in `seen`)
 * contain one of the entry's names as a run. A name whose first token was
 * not stamped is ruled out without looking at the text.
 */
function namesIn(names: EntryNames, ids: Int32Array, count: number, seen: Int32Array, stamp: number): boolean {
  const { firsts, tokens } = names;
  for (let k = 0; k < firsts.length; k++) {
    if (seen[firsts[k]] !== stamp) continue;
    const name = tokens[k];
    for (let start = 0; start + name.length <= count; start++) {
      let matched = 0;
      while (matched < name.length && ids[start + matched] === name[matched]) matched++;
      if (matched === name.length) return true;
    }
  }
  return false;
}

/** The strings of a field that should hold only strings; anything else counts as empty. */
function stringsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  for (const item of value) if (typeof item !== 'string') return value.filter((x): x is string => typeof x === 'string');
  return value as string[];
}

/** First index in a sorted array whose value is >= `value`. */
function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The stem a word's inflections share: scaling, scalable → scal. */
function rootOf(word: string): string {
  const root = word.replace(/(?:ation|ations|ability|able|ible|ing|ed|er|es|e|y|s)$/, '');
  return root.length >= 4 ? root : word;
}

/** The word as the user typed it (abbreviations such as "ALB" are case-sensitive in the catalog). */
function originalCase(text: string, folded: string): string | undefined {
  const at = text.toLowerCase().indexOf(folded);
  return at === -1 ? undefined : text.slice(at, at + folded.length);
}

/**
 * The `count` best slots by score, best first, without sorting every
 * candidate: a common word can select most of 50,000 sections.
 */
function topSlots(candidates: number[], scores: Float32Array, count: number): number[] {
  if (candidates.length <= count) return [...candidates].sort((a, b) => scores[b] - scores[a] || a - b);
  // A min-heap of the best `count` seen so far; its root is the weakest of them.
  const heap: number[] = [];
  const less = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const slot of candidates) {
    if (heap.length < count) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (less(heap[0], slot)) {
      heap[0] = slot;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b] - scores[a] || a - b);
}

