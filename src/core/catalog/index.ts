/**
 * The AWS service catalog: every CloudFormation namespace and resource type
 * (generated from the AWS specification) joined with the curated names,
 * categories, concepts and refinements, plus the matcher that finds them in
 * prose and templates.
 */
import type { CatalogEntry, Mention, ResourceTypeInfo, ResourceTypeResolution } from '../types';
import {
  CATEGORY_ORDER,
  CURATED_ENTRIES,
  RESOURCE_TYPE_REFINEMENTS,
  SAM_RESOURCE_TYPES,
  UNCURATED_NAMESPACE_CATEGORIES,
  type CuratedEntry,
} from './curated';
import { TYPE_PLACEHOLDER, standardDocsUrl, standardServiceName } from './docs-url';
import { MentionMatcher, isWordCode, phraseTokens, type MatcherPhrase, type MentionVisitor, type PhraseConflict } from './mention-matcher';
import { GENERATED_SERVICE_NAMES, matchableNames, serviceNamesOf, type GeneratedServiceNames } from './service-names';
import generatedJson from './generated/resource-types.json';

export { standardDocsUrl, standardServiceName } from './docs-url';
export { CATEGORY_ORDER } from './curated';
export { GENERATED_SERVICE_NAMES, matchableNames, serviceNamesOf, type GeneratedServiceNames, type ServiceNames } from './service-names';
export type { MentionVisitor } from './mention-matcher';

/** A resource type as the generated file stores it: its description, or [description, docs URL] when the URL is not standard. */
export type GeneratedResourceType = string | [string, string];

/** The shape of `generated/resource-types.json` (see `scripts/catalog-transform.mjs`). */
export interface GeneratedCatalog {
  /** Package and version the file was generated from. */
  source: string;
  /** `service` is present only when it is not `standardServiceName(namespace)`. */
  namespaces: Record<string, { service?: string; types: Record<string, GeneratedResourceType> }>;
}

/** The curated half, replaceable in tests. */
export interface CuratedCatalog {
  entries: readonly CuratedEntry[];
  refinements: Readonly<Record<string, string>>;
  samResourceTypes: Readonly<Record<string, { description: string; docsUrl: string }>>;
  uncuratedCategories: Readonly<Record<string, readonly string[]>>;
}

/** The generated data checked in with the extension. */
export const GENERATED_CATALOG = generatedJson as unknown as GeneratedCatalog;

/** The curated data checked in with the extension. */
export const CURATED_CATALOG: CuratedCatalog = {
  entries: CURATED_ENTRIES,
  refinements: RESOURCE_TYPE_REFINEMENTS,
  samResourceTypes: SAM_RESOURCE_TYPES,
  uncuratedCategories: UNCURATED_NAMESPACE_CATEGORIES,
};

/** How far either side of the cursor a hover looks; a name is never longer. */
const HOVER_WINDOW = 200;
/** How far a hover window may grow to avoid cutting a word or a resource type in half. */
const HOVER_WINDOW_SLACK = 120;

/** `Word::Word::Word`: a resource type, not a pseudo parameter (`AWS::Region`) or transform (`AWS::Serverless-2016-10-31`). */
const RESOURCE_TYPE_SHAPE = /^([A-Za-z0-9]+::[A-Za-z0-9]+)::([A-Za-z0-9]+)$/;

/** Adds the plural a person would write: "read replica" → "read replicas", "ALB" → "ALBs". */
function pluralOf(phrase: string, caseSensitive: boolean): string | undefined {
  const last = phrase.charCodeAt(phrase.length - 1);
  const isLetter = (last >= 97 && last <= 122) || (last >= 65 && last <= 90);
  if (!isLetter || /[sxzhy]$/i.test(phrase)) return undefined;
  // Capitalised English words kept case-sensitive ("Glue", "Config") do not pluralise.
  if (caseSensitive && !/^[A-Z0-9]+$/.test(phraseTokens(phrase).at(-1) ?? '')) return undefined;
  return `${phrase}s`;
}

/** Folds a term for lookups: lower case, words joined by single spaces ("Route-53" → "route 53"). */
function foldTerm(term: string): string {
  return phraseTokens(term).join(' ').toLowerCase();
}

/** Characters that may continue a token or resource type across a hover window edge. */
function isHoverTokenCode(code: number): boolean {
  return isWordCode(code) || code === 58 || code === 45;
}

/**
 * Every service and concept the extension knows, with the names people use
 * for them. Construction is synchronous and takes a few milliseconds.
 */
export class ServiceCatalog {
  /** Every entry by id: curated services and concepts, then one plain entry per uncurated namespace. */
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  /** Names that two entries claimed; the first one kept it. Empty when the curation is sound. */
  readonly phraseConflicts: readonly PhraseConflict[];

  private readonly entryByNamespace = new Map<string, string>();
  private readonly entryByFoldedNamespace = new Map<string, string>();
  private readonly exactTerms = new Map<string, string>();
  private readonly foldedTerms = new Map<string, string>();
  private readonly foldedAbbreviations = new Map<string, string>();
  private readonly matcher: MentionMatcher;
  private readonly orderedCategories: readonly string[];

  constructor(
    private readonly generated: GeneratedCatalog = GENERATED_CATALOG,
    private readonly curated: CuratedCatalog = CURATED_CATALOG,
    private readonly serviceNames: GeneratedServiceNames = GENERATED_SERVICE_NAMES,
  ) {
    const entries = new Map<string, CatalogEntry>();
    for (const item of curated.entries) {
      const entry = completeEntry(item);
      entries.set(entry.id, entry);
      for (const namespace of entry.namespaces) this.entryByNamespace.set(namespace, entry.id);
    }
    const curatedIds = new Set(entries.keys());
    this.addUncuratedNamespaces(entries);
    addGeneratedNames(entries, serviceNames, curatedIds);
    this.entries = entries;
    for (const [namespace, id] of this.entryByNamespace) this.entryByFoldedNamespace.set(namespace.toLowerCase(), id);

    const phrases: MatcherPhrase[] = [];
    for (const entry of entries.values()) this.indexNames(entry, phrases);
    this.matcher = new MentionMatcher(phrases, (type) => this.resolveResourceType(type)?.entryId);
    this.phraseConflicts = this.matcher.conflicts;

    const used = new Set([...entries.values()].map((entry) => entry.category));
    this.orderedCategories = [...CATEGORY_ORDER.filter((category) => used.has(category)),
      ...[...used].filter((category) => !CATEGORY_ORDER.includes(category)).sort()];
  }

  /** The entry with this id. */
  get(id: string): CatalogEntry | undefined {
    return this.entries.get(id);
  }

  /** Category names that have entries, in display order. */
  categories(): readonly string[] {
    return this.orderedCategories;
  }

  /**
   * What a resource type is about. An exact type goes to its refined entry
   * (`AWS::EC2::Volume` → EBS); an unknown type in a known namespace (a typo,
   * or a type newer than the spec) falls back to the namespace's entry; an
   * unknown namespace, a pseudo parameter or a transform name gives undefined.
   */
  resolveResourceType(type: string): ResourceTypeResolution | undefined {
    if (typeof type !== 'string') return undefined;
    const trimmed = type.trim();
    const shape = RESOURCE_TYPE_SHAPE.exec(trimmed);
    if (!shape) return undefined;
    const namespaceEntry = this.entryByNamespace.get(shape[1]) ?? this.entryByFoldedNamespace.get(shape[1].toLowerCase());
    if (namespaceEntry === undefined) return undefined;
    const resource = this.resourceType(trimmed);
    if (!resource) return { entryId: namespaceEntry, fallbackFromNamespace: true };
    const refined = this.curated.refinements[resource.type];
    return {
      entryId: refined !== undefined && this.entries.has(refined) ? refined : namespaceEntry,
      resource,
      fallbackFromNamespace: false,
    };
  }

  /** The official one-line description and docs URL of an exact resource type. The description is empty when AWS publishes none. */
  resourceType(type: string): ResourceTypeInfo | undefined {
    if (typeof type !== 'string') return undefined;
    const shape = RESOURCE_TYPE_SHAPE.exec(type.trim());
    if (!shape) return undefined;
    const fullType = shape[0];
    const curated = Object.hasOwn(this.curated.samResourceTypes, fullType) ? this.curated.samResourceTypes[fullType] : undefined;
    if (curated) return { type: fullType, description: curated.description, docsUrl: curated.docsUrl };
    const namespace = Object.hasOwn(this.generated.namespaces, shape[1]) ? this.generated.namespaces[shape[1]] : undefined;
    if (!namespace || !Object.hasOwn(namespace.types, shape[2])) return undefined;
    const stored = namespace.types[shape[2]];
    const [description, docsUrl] = typeof stored === 'string' ? [stored, standardDocsUrl(fullType)] : stored;
    return { type: fullType, description: description.replaceAll(TYPE_PLACEHOLDER, fullType), docsUrl };
  }

  /**
   * The entry a search term names: an id, a resource type or namespace, an
   * abbreviation in its own case, any alias or name in any case, and last an
   * abbreviation in lower case ("ddb", "sqs") so search prefixes are easy to type.
   */
  resolveTerm(term: string): string | undefined {
    if (typeof term !== 'string') return undefined;
    const trimmed = term.trim();
    if (!trimmed) return undefined;
    if (this.entries.has(trimmed)) return trimmed;
    if (trimmed.includes('::')) {
      return this.resolveResourceType(trimmed)?.entryId
        ?? this.entryByNamespace.get(trimmed)
        ?? this.entryByFoldedNamespace.get(trimmed.toLowerCase());
    }
    const exact = this.exactTerms.get(phraseTokens(trimmed).join(' '));
    if (exact !== undefined) return exact;
    const folded = foldTerm(trimmed);
    return this.foldedTerms.get(folded) ?? this.foldedAbbreviations.get(folded) ?? this.entries.get(folded.replace(/ /g, '-'))?.id;
  }

  /** Every mention of an entry in `text`, in order, non-overlapping; see {@link MentionMatcher.find}. */
  findMentions(text: string): Mention[] {
    return this.matcher.find(text);
  }

  /**
   * Calls `visit` for each mention `findMentions` would return, in order,
   * without allocating them; for callers that only count names.
   */
  forEachMention(text: string, visit: MentionVisitor): void {
    this.matcher.forEach(text, visit);
  }

  /**
   * The mention under the cursor, for a hover. Looks only at a window of the
   * line around `character`, so a multi-megabyte line costs the same as a
   * short one. Offsets in the result are offsets in `lineText`.
   */
  mentionAt(lineText: string, character: number): Mention | undefined {
    if (typeof lineText !== 'string' || !Number.isInteger(character) || character < 0 || character >= lineText.length) return undefined;
    const start = windowStart(lineText, Math.max(0, character - HOVER_WINDOW), character);
    const end = windowEnd(lineText, Math.min(lineText.length, character + HOVER_WINDOW + 1), character);
    const relative = character - start;
    for (const mention of this.matcher.find(lineText.slice(start, end))) {
      if (mention.start > relative) break;
      if (relative < mention.end) return { entryId: mention.entryId, start: mention.start + start, end: mention.end + start };
    }
    return undefined;
  }

  private addUncuratedNamespaces(entries: Map<string, CatalogEntry>): void {
    const categoryOf = new Map<string, string>();
    for (const [category, namespaces] of Object.entries(this.curated.uncuratedCategories)) {
      for (const namespace of namespaces) categoryOf.set(namespace, category);
    }
    for (const [namespace, data] of Object.entries(this.generated.namespaces)) {
      if (this.entryByNamespace.has(namespace)) continue;
      const label = namespace.split('::')[1] ?? namespace;
      const names = serviceNamesOf(this.serviceNames, namespace);
      const service = data.service ?? standardServiceName(namespace);
      let id = service.replace(/^aws-/, '');
      if (entries.has(id)) id = service;
      entries.set(id, {
        id, name: names?.fullName ?? label, shortName: names?.shortName ?? label, kind: 'service', category: categoryOf.get(namespace) ?? 'Other',
        aliases: [], abbreviations: [], namespaces: [namespace],
      });
      this.entryByNamespace.set(namespace, id);
    }
  }

  /** Registers an entry's names for the matcher and for `resolveTerm`. */
  private indexNames(entry: CatalogEntry, phrases: MatcherPhrase[]): void {
    const add = (text: string, caseSensitive: boolean) => {
      const plural = pluralOf(text, caseSensitive);
      const target = caseSensitive ? this.foldedAbbreviations : this.foldedTerms;
      for (const form of plural ? [text, plural] : [text]) {
        phrases.push({ text: form, entryId: entry.id, caseSensitive });
        const exactKey = phraseTokens(form).join(' ');
        const foldedKey = exactKey.toLowerCase();
        if (caseSensitive && !this.exactTerms.has(exactKey)) this.exactTerms.set(exactKey, entry.id);
        if (!target.has(foldedKey)) target.set(foldedKey, entry.id);
      }
    };
    for (const alias of entry.aliases) add(alias, false);
    for (const abbreviation of entry.abbreviations) add(abbreviation, true);
    // Names and short names help search ("config:", "amazon s3") but only
    // join the prose matcher through the aliases above, which apply the case rules.
    for (const name of [entry.name, entry.shortName, entry.id]) {
      const folded = foldTerm(name);
      if (folded && !this.foldedTerms.has(folded) && !this.foldedAbbreviations.has(folded)) this.foldedTerms.set(folded, entry.id);
    }
  }
}

/**
 * Adds each namespace's generated names to its entry's aliases and
 * abbreviations, under the rules of `matchableNames`. Curated names win:
 * - a curated entry gains only full names with their "AWS"/"Amazon" prefix
 *   ("Amazon Relational Database Service"); its bare names are chosen by hand
 *   (bare "RAM" is memory, so AWS::RAM's short name "RAM" is not added);
 * - a generated name that another entry already answers to, with or without
 *   its prefix, is left out ("Amazon OpenSearch" stays with the curated
 *   OpenSearch entry, not the uncurated AWS::OpenSearch), so it can neither
 *   steal a curated name nor tag two services.
 */
function addGeneratedNames(entries: ReadonlyMap<string, CatalogEntry>, serviceNames: GeneratedServiceNames, curatedIds: ReadonlySet<string>): void {
  const owner = new Map<string, string>();
  for (const entry of entries.values()) {
    for (const name of [...entry.aliases, ...entry.abbreviations]) {
      const key = phraseTokens(name).join(' ').toLowerCase();
      if (key && !owner.has(key)) owner.set(key, entry.id);
    }
  }
  for (const entry of entries.values()) {
    const names = entry.namespaces.flatMap((namespace) => serviceNamesOf(serviceNames, namespace)?.all ?? []);
    if (names.length === 0) continue;
    const matchable = matchableNames(names);
    const found = curatedIds.has(entry.id)
      ? [[entry.aliases, matchable.aliases]] as const
      : [[entry.aliases, matchable.aliases], [entry.abbreviations, matchable.abbreviations]] as const;
    for (const [list, candidates] of found) {
      for (const name of candidates) {
        // Taken already, by another entry (curated or an earlier namespace) or by this one.
        const key = phraseTokens(name).join(' ').toLowerCase();
        const bare = key.replace(/^(?:aws|amazon) /, '');
        if (!key || owner.has(key) || owner.has(bare)) continue;
        owner.set(key, entry.id);
        list.push(name);
      }
    }
  }
}

/**
 * A curated entry with its lists filled in. A name that starts with "AWS" or
 * "Amazon" is unambiguous, so it also becomes an alias ("AWS Config").
 */
function completeEntry(item: CuratedEntry): CatalogEntry {
  const aliases = [...(item.aliases ?? [])];
  const plainName = item.name.replace(/\s*\([^)]*\)\s*$/, '');
  if (/^(?:AWS|Amazon) \S/.test(plainName) && !aliases.includes(plainName)) aliases.unshift(plainName);
  const entry: CatalogEntry = {
    id: item.id,
    name: item.name,
    shortName: item.shortName,
    kind: item.kind,
    category: item.category,
    aliases,
    abbreviations: [...(item.abbreviations ?? [])],
    namespaces: [...(item.namespaces ?? [])],
  };
  if (item.parent !== undefined) entry.parent = item.parent;
  return entry;
}

/** Moves a window edge left to a token boundary, or right past a token too long to include. */
function windowStart(text: string, start: number, character: number): number {
  let cursor = start;
  while (cursor > 0 && start - cursor < HOVER_WINDOW_SLACK && isHoverTokenCode(text.charCodeAt(cursor - 1))) cursor--;
  if (cursor === 0 || !isHoverTokenCode(text.charCodeAt(cursor - 1))) return cursor;
  cursor = start;
  while (cursor < character && isHoverTokenCode(text.charCodeAt(cursor))) cursor++;
  return cursor;
}

/** Moves a window edge right to a token boundary, or left before a token too long to include. */
function windowEnd(text: string, end: number, character: number): number {
  let cursor = end;
  while (cursor < text.length && cursor - end < HOVER_WINDOW_SLACK && isHoverTokenCode(text.charCodeAt(cursor))) cursor++;
  if (cursor === text.length || !isHoverTokenCode(text.charCodeAt(cursor))) return cursor;
  cursor = end;
  while (cursor > character + 1 && isHoverTokenCode(text.charCodeAt(cursor - 1))) cursor--;
  return cursor;
}
