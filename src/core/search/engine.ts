import Fuse from 'fuse.js';
import type { IndexChange } from '../note-index';
import type { CatalogEntry, NoteSection } from '../types';
import { matchRanges, snippetAround, type TextRange } from './highlight';
import { Postings } from './postings';
import { parseQuery, resolveLoosely, type ParsedQuery, type QueryVocabulary } from './query';
import { SOFT_WORDS, foldCase, forEachToken, stem, tokenize } from './tokenize';

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
/** How many top candidates get the (costlier) title-phrase check. */
const RERANK_POOL = 100;

/**
 * Full-text search over note sections: an inverted index from tokens to
 * sections (title and keywords apart from bodies) selects and scores
 * candidates; fuse.js, run over the vocabulary only, supplies typo tolerance.
 * Scanning every body with Fuse on every keystroke would cost ~65 ns per
 * character, which is half a second at 10,000 sections.
 *
 * Updates are incremental (`apply`), so a re-indexed file shows in search at
 * once even at 50,000 sections.
 */
export class SearchEngine {
  private readonly sections: (NoteSection | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  /** Titles case-folded to words between single spaces, for the whole-phrase check. */
  private readonly foldedTitles: string[] = [];
  private readonly bodyLength: number[] = [];
  private readonly shortIndex = new Map<string, Postings>();
  private readonly bodyIndex = new Map<string, Postings>();
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
  private childrenByEntry: Map<string, string[]> | undefined;
  private readonly resolved = new Map<string, string | undefined>();
  private readonly namesByEntry = new Map<string, string[]>();
  /** Reused while indexing one body, to spare a Map allocation per section. */
  private readonly bodyCounts = new Map<string, number>();

  /* Scratch buffers reused across searches, so a keystroke allocates little. */
  private termScore = new Float32Array(0);
  private expansionScore = new Float32Array(0);
  private totalScore = new Float32Array(0);
  private matchedTerms = new Uint8Array(0);

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
    for (const section of sections) {
      try {
        if (this.slotById.has(section.id)) this.removeSections([section.id]);
        this.indexSection(section);
      } catch {
        // A malformed section (missing fields from a bad parse) is skipped, never fatal.
      }
    }
    this.changed();
  }

  /** Removes sections by id; unknown ids are ignored. */
  removeSections(ids: readonly string[]): void {
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
    if (!removed) return;
    // Removal only marks slots dead; the postings are swept once dead pairs
    // outnumber live ones, which keeps each update cheap and the sweep amortised.
    if (this.deadCount > 1000 && this.deadCount > this.aliveCount) this.compact();
    this.changed();
  }

  /** Forgets everything. */
  clear(): void {
    this.sections.length = 0;
    this.slotById.clear();
    this.foldedTitles.length = 0;
    this.bodyLength.length = 0;
    this.shortIndex.clear();
    this.bodyIndex.clear();
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
    }
    const { termScore, expansionScore, totalScore, matchedTerms } = this;
    const touched: number[] = [];
    const hardTerms = terms.filter((t) => !t.soft).length;
    const alive = Math.max(1, this.aliveCount);
    const averageBody = this.totalBodyLength / alive || 1;

    for (const term of terms) {
      const termTouched: number[] = [];
      for (const expansion of term.expansions) {
        const expansionTouched: number[] = [];
        const add = (slot: number, value: number) => {
          if (allowed && !allowed.has(slot)) return;
          if (this.sections[slot] === undefined) return;
          if (expansionScore[slot] === 0) expansionTouched.push(slot);
          expansionScore[slot] += value;
        };
        if (expansion.token !== undefined) {
          const df = this.documentFrequency(expansion.token);
          if (df === 0) continue;
          const idf = Math.log(1 + alive / df);
          const short = this.shortIndex.get(expansion.token);
          if (short) {
            for (let i = 0; i < short.length; i++) add(short.slots[i], short.weights[i] * idf);
          }
          const body = term.shortOnly || term.soft ? undefined : this.bodyIndex.get(expansion.token);
          if (body) {
            for (let i = 0; i < body.length; i++) {
              const slot = body.slots[i];
              const tf = body.weights[i];
              const norm = 1 - BM25_B + (BM25_B * this.bodyLength[slot]) / averageBody;
              add(slot, ((BODY_WEIGHT * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm)) * idf);
            }
          }
        } else if (expansion.entryId !== undefined) {
          const tagged = this.entryIndex.get(expansion.entryId);
          if (tagged) {
            const idf = Math.log(1 + alive / Math.max(1, tagged.length));
            for (let i = 0; i < tagged.length; i++) add(tagged.slots[i], ENTRY_WEIGHT * tagged.weights[i] * idf);
          }
        }
        for (const slot of expansionTouched) {
          const value = expansionScore[slot] * expansion.quality;
          expansionScore[slot] = 0;
          if (termScore[slot] === 0) termTouched.push(slot);
          if (value > termScore[slot]) termScore[slot] = value;
        }
      }
      for (const slot of termTouched) {
        const value = termScore[slot];
        termScore[slot] = 0;
        if (totalScore[slot] === 0 && matchedTerms[slot] === 0) touched.push(slot);
        if (term.soft) {
          totalScore[slot] += value * SOFT_FACTOR;
        } else {
          totalScore[slot] += value;
          matchedTerms[slot]++;
        }
      }
    }

    const scored: number[] = [];
    for (const slot of touched) {
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

  /** Orders candidates, boosts titles that contain the query, and builds the hits. */
  private rank(candidates: number[], terms: Term[], folded: string, limit: number): SearchHit[] {
    const { totalScore } = this;
    const pool = topSlots(candidates, totalScore, Math.max(limit, RERANK_POOL));
    for (const slot of candidates) totalScore[slot] = -totalScore[slot];
    for (const slot of pool) totalScore[slot] = -totalScore[slot];
    for (const slot of candidates) if (totalScore[slot] < 0) totalScore[slot] = 0;
    const hardWords = terms.filter((t) => !t.soft).map((t) => t.raw);
    const scores = new Map<number, number>();
    for (const slot of pool) {
      let value = totalScore[slot];
      totalScore[slot] = 0;
      const title = this.foldedTitles[slot];
      // The whole query as typed, inside the title: the strongest signal there is.
      if (folded.length > 2 && title.includes(` ${folded}`)) value *= 1.6;
      else if (hardWords.length > 1 && hardWords.every((word) => title.includes(` ${word}`))) value *= 1.3;
      scores.set(slot, value);
    }
    pool.sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
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

  private toHit(slot: number, score: number, tokens: Set<string>, prefix?: string): SearchHit {
    const section = this.sections[slot]!;
    const snippet = snippetAround(section.body, tokens, section.snippet, 120, prefix);
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

  private entryStrength(entryId: string): Map<number, number> {
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
    const strength = entryId ? this.entryStrength(entryId) : new Map<number, number>();
    if (!entryId && category) {
      // The section's main service in the category first, a second service's next.
      for (const slot of allowed) {
        const section = this.sections[slot];
        if (section) strength.set(slot, this.categoryOf(section)[0] === category ? 1 : 0.5);
      }
    }
    const slots = [...allowed].filter((slot) => this.sections[slot] !== undefined);
    slots.sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || this.sections[a]!.title.localeCompare(this.sections[b]!.title));
    return slots.slice(0, limit).map((slot) => this.toHit(slot, strength.get(slot) ?? 0, new Set()));
  }

  /** The slots a filter allows, or undefined for no filter. */
  private filter(entryId: string | undefined, category: string | undefined): Set<number> | undefined {
    if (!entryId && !category) return undefined;
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
    return allowed;
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

  private indexSection(section: NoteSection): void {
    const slot = this.sections.length;
    const short = new Map<string, number>();
    const bump = (text: string, weight: number) => {
      // The strongest place a word appears counts, not how many headings repeat it.
      for (const token of tokenize(text)) short.set(token, Math.max(short.get(token) ?? 0, weight));
    };
    const [label, ...parents] = section.breadcrumb ?? [];
    if (label) bump(label, FILE_LABEL_WEIGHT);
    parents.forEach((parent, i) => bump(parent, i === parents.length - 1 ? PARENT_WEIGHT : OUTER_PARENT_WEIGHT));
    for (const heading of section.headings ?? []) bump(heading, HEADING_WEIGHT);
    const titleTokens = tokenize(section.title);
    const norm = 1 / (0.6 + (0.4 * Math.max(1, titleTokens.length)) / TYPICAL_TITLE_TOKENS);
    // In the title a word outweighs any heading: "DynamoDB" beats "DAX" under a "DynamoDB" heading.
    for (const token of new Set(titleTokens)) short.set(token, TITLE_WEIGHT * norm + 0.25 * (short.get(token) ?? 0));
    for (const [token, weight] of short) pushPosting(this.shortIndex, token, slot, weight);

    const counts = this.bodyCounts;
    let length = 0;
    forEachToken(section.body ?? '', (token) => {
      if (token.length < 2) return;
      counts.set(token, (counts.get(token) ?? 0) + 1);
      length++;
    });
    for (const [token, count] of counts) pushPosting(this.bodyIndex, token, slot, Math.min(count, 255));
    counts.clear();

    const tags = [...(section.services ?? []), ...(section.concepts ?? [])];
    const services = section.services?.length ?? 0;
    const titleText = ` ${titleTokens.join(' ')} `;
    const parentText = ` ${tokenize(parents[parents.length - 1] ?? '').join(' ')} `;
    tags.forEach((entryId, i) => {
      const names = this.entryNames(entryId);
      const inTitle = names.some((name) => titleText.includes(name));
      const inParent = names.some((name) => parentText.includes(name));
      // Tags come most relevant first; later ones are often mentions in passing.
      // A title that names the entry says most: "Application Load Balancer" is about ALB.
      const rank = i < services ? i : i - services;
      const weight = (rank === 0 ? 1 : rank === 1 ? 0.7 : 0.45) + (inTitle ? 2 : 0) + (inParent ? 0.6 : 0);
      pushPosting(this.entryIndex, entryId, slot, weight);
    });

    this.sections.push(section);
    this.foldedTitles.push(` ${foldCase(section.title).replace(/[^a-z0-9]+/g, ' ').trim()} `);
    this.bodyLength.push(length);
    this.totalBodyLength += length;
    this.slotById.set(section.id, slot);
    this.aliveCount++;
  }

  /**
   * An entry's names as space-padded token strings (" application load balancer "),
   * to test whether a title names it without running the catalog's full matcher.
   */
  private entryNames(entryId: string): string[] {
    let names = this.namesByEntry.get(entryId);
    if (!names) {
      const entry = this.catalog.get(entryId);
      const all = entry ? [entry.name, entry.shortName, ...entry.aliases, ...entry.abbreviations] : [entryId];
      names = [...new Set(all.map((name) => tokenize(name).filter((t) => t !== 'amazon' && t !== 'aws').join(' ')).filter(Boolean))].map((n) => ` ${n} `);
      this.namesByEntry.set(entryId, names);
    }
    return names;
  }

  /** Sweeps removed sections out of every posting list and renumbers the slots. */
  private compact(): void {
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
    for (const index of [this.shortIndex, this.bodyIndex, this.entryIndex]) {
      for (const [key, postings] of index) {
        if (postings.retain((slot) => remap[slot] !== -1) === 0) {
          index.delete(key);
          continue;
        }
        for (let i = 0; i < postings.length; i++) postings.slots[i] = remap[postings.slots[i]];
      }
    }
    this.deadCount = 0;
  }

  private documentFrequency(token: string): number {
    return Math.max(this.shortIndex.get(token)?.length ?? 0, this.bodyIndex.get(token)?.length ?? 0);
  }

  private vocabulary(): string[] {
    if (!this.sortedVocabulary) {
      const all = new Set<string>(this.shortIndex.keys());
      for (const token of this.bodyIndex.keys()) all.add(token);
      this.sortedVocabulary = [...all].sort();
    }
    return this.sortedVocabulary;
  }

  private shortVocabulary(): string[] {
    this.sortedShortVocabulary ??= [...this.shortIndex.keys()].sort();
    return this.sortedShortVocabulary;
  }

  private changed(): void {
    this.generation++;
    this.sortedVocabulary = undefined;
    this.sortedShortVocabulary = undefined;
  }
}

function pushPosting(index: Map<string, Postings>, key: string, slot: number, weight: number): void {
  let postings = index.get(key);
  if (!postings) index.set(key, (postings = new Postings()));
  postings.push(slot, weight);
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

