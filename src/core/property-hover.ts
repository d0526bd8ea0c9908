/**
 * The hover on a setting in a template: a property key or its value.
 *
 * In this order: the property's official one-line description and a link to
 * its AWS docs; then the user's best passages on that setting within the
 * service. Precision before recall: a passage is listed only when it speaks
 * of the setting itself (its words as a phrase, or the concept its value
 * names, like `gp3` → EBS volume types); the service's chapter is never
 * filler. Structural keys (`Tags`, `Name`, `Description`…) list no notes. No
 * description and no notes → no hover at all.
 *
 * Pure: the editor adapter wraps the Markdown in a trusted `MarkdownString`.
 */
import { HOVER_COMMANDS, commandUri, escapeTitle, inlineCode, sectionBlock } from './hover-content';
import { escapeMarkdown, isWebLink, markdownLinkTarget } from './markdown-safe';
import type { ScoredSection } from './note-index';
import type { PropertyDoc, PropertyDocs } from './templates/property-docs';
import { isKnownValue, valueWords as writtenValueWords } from './templates/value-words';
import type { CatalogEntry, Mention, NoteSection, ResourceTypeResolution } from './types';

/** The part of the catalog the property hover needs. `ServiceCatalog` fits. */
export interface PropertyHoverCatalog {
  get(id: string): CatalogEntry | undefined;
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  resolveResourceType(type: string): ResourceTypeResolution | undefined;
  findMentions(text: string): Mention[];
}

/** The part of the note index the property hover needs. `NoteIndex` fits. */
export interface PropertyHoverIndex {
  lookupEntry(entryId: string): readonly ScoredSection[];
  readonly version: number;
}

/** A setting as a dialect reports it (a property key or value subject). */
export interface PropertySetting {
  /** CloudFormation resource type, when the dialect knows it. */
  resourceType?: string;
  /** The CloudFormation namespace when no exact type is known. */
  namespace?: string;
  /** The key path, outermost first (CloudFormation spelling where known). */
  path: readonly string[];
  /** The scalar value set, if any. */
  value?: string;
  /** True when the cursor is on the value rather than the key. */
  onValue: boolean;
}

export interface PropertyHoverOptions {
  maxSections: number;
  /** False while the first index build runs. */
  indexComplete: boolean;
}

/** A built property hover. */
export interface PropertyHoverContent {
  markdown: string;
  /** The service whose notes were searched. */
  entryId?: string;
  /** The passages listed, best first. */
  sectionIds: string[];
  /** The docs entry, when the spec describes the property. */
  doc?: PropertyDoc;
}

/**
 * Keys that organise a template rather than configure a service: their
 * notes would be the service's chapter, never the setting. Names and ids
 * (`TableName`, `VpcId`, `RoleArn`) are identifiers, also quiet (see {@link isStructuralKey}).
 */
export const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'tags', 'tag', 'key', 'value', 'name', 'description', 'dependson', 'condition', 'metadata', 'type', 'properties',
  'id', 'sid', 'version', 'statement', 'effect', 'principal', 'action', 'resource', 'code', 'environment',
  'variables', 'outputs', 'export', 'parameters', 'mappings', 'comment', 'alias', 'label', 'path', 'value', 'values',
  'field', 'tagkey', 'tagvalue', 'tagspecifications', 'resourcetype', 'propagateatlaunch', 'attributename', 'attributetype',
  'keytype', 'deletionpolicy', 'updatereplacepolicy', 'creationpolicy', 'updatepolicy',
]);

/**
 * True for a key whose notes would be noise: a structural key, or the
 * resource's own name or id (`TableName` on a table, `QueueName` on a queue).
 * A reference to another resource (`PlacementGroupName`, `SecurityGroupIds`) is a setting.
 */
export function isStructuralKey(key: string, resourceType?: string): boolean {
  const folded = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (STRUCTURAL_KEYS.has(folded)) return true;
  const noun = resourceType?.split('::')[2]?.toLowerCase();
  return /(?:attribute|index|key)name$/.test(folded) || (noun !== undefined && new RegExp(`^${noun}(?:name|id|identifier|arn)$`).test(folded));
}

/** Words that say "this is a group of settings", not what is set. */
const GENERIC_WORDS = new Set(['enabled', 'configuration', 'configurations', 'config', 'specification', 'settings', 'setting', 'properties', 'options', 'option', 'parameters', 'details']);

/**
 * One-word keys that name no setting on their own (`Type`, `Protocol`, `Engine`): only their value can say what is set.
 * `Architectures` (Lambda's `arm64`/`x86_64`) is here because notes use "architecture" for system design.
 */
const VAGUE_KEYS = new Set(['type', 'protocol', 'key', 'name', 'region', 'limit', 'size', 'engine', 'strategy', 'class', 'statu', 'status',
  'mode', 'scheme', 'port', 'path', 'role', 'value', 'count', 'period', 'version', 'policy', 'target', 'source', 'spec', 'rule', 'action', 'runtime',
  'architecture']);

/** Values that say nothing on their own: the setting's words carry the query. */
const GENERIC_VALUES = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled', 'enable', 'disable', 'none', 'null', 'default', 'all', 'auto']);

/** How much one hit of a query phrase is worth, by where it is. */
const WEIGHT = { title: 10, heading: 4, parent: 3, body: 1 } as const;
/** How strongly a section must be about the service to be searched for its settings (a heading, or several mentions). */
const MIN_SERVICE_SCORE = 3;
/** Added to a listed passage chiefly about the service: it wins a tie against a passage about another service that names it. */
const ABOUT_SERVICE_BONUS = 3;
/** Body hits beyond this say no more. */
const BODY_CAP = 3;
/** A passage must earn this much to be listed: one multi-word phrase in the body, or one title/heading hit. */
const MIN_SCORE = 2;

/**
 * `PointInTimeRecoverySpecification` → `point in time recovery`,
 * `MultiAZ` → `multi az`, `PAY_PER_REQUEST` → `pay per request`.
 */
export function settingWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stemWord);
}

/**
 * A light plural fold: "timeouts" → "timeout", "classes" → "class" (so the key
 * `StorageClass` finds the passage "S3 Storage Classes"); "access" stays.
 */
function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !/\d/.test(word)) return word.slice(0, -1);
  return word;
}

/** Text folded the way query phrases are: lower-case words joined by single spaces, padded. */
function foldText(text: string): string {
  return ` ${settingWords(text).join(' ')} `;
}

interface FoldedSection {
  title: string;
  headings: string;
  parent: string;
  body: string;
}

const foldedSections = new WeakMap<NoteSection, FoldedSection>();

function folded(section: NoteSection): FoldedSection {
  let entry = foldedSections.get(section);
  if (!entry) {
    entry = {
      title: foldText(section.title),
      headings: foldText(section.headings.join(' | ')),
      parent: foldText(section.breadcrumb.slice(1).join(' | ')),
      body: foldText(section.body),
    };
    foldedSections.set(section, entry);
  }
  return entry;
}

function countPhrase(text: string, phrase: string, cap: number): number {
  let count = 0;
  for (let at = text.indexOf(phrase); at >= 0 && count < cap; at = text.indexOf(phrase, at + phrase.length - 1)) count++;
  return count;
}

/** The phrases a passage must speak of, with how much each counts. */
interface QueryPhrase {
  text: string;
  /** Multiplies the phrase's hits: a value (`gp3`) is more specific than its key's words. */
  weight: number;
  /** Counts only in titles and headings, and only in a section that names the key too or is about the service. */
  headingsOnly?: boolean;
  /** The key's own words (the others come from the value). */
  isKey?: boolean;
  /** A single word: in a body it counts only in sections about the service. */
  oneWord?: boolean;
  /** How notes write the value (`PAY_PER_REQUEST` → "on-demand"): a title hit names the setting as the key's words would. */
  synonym?: boolean;
}

/** The query: phrases from the setting's words and value, and catalog concepts they name. */
export interface SettingQuery {
  phrases: QueryPhrase[];
  /** Concepts named by the value (`gp3` → EBS volume types), which may lie outside the service. */
  valueEntries: string[];
  /**
   * Concepts the value's written form names (`spot` → "spot instance" → Spot Instances). They only bring candidates:
   * a passage merely tagged with one (EMR "integrated with Spot Instances") earns nothing from it.
   */
  synonymEntries?: string[];
  /** Concepts named by the key's words (`MultiAZ` → Multi-AZ), counted only within the service. */
  keyEntries: string[];
}

/** Builds the query for a setting: the last key's words (its group's generic words left out), and a meaningful value. */
export function settingQuery(setting: PropertySetting, serviceName: string | undefined, catalog: PropertyHoverCatalog, serviceEntryId?: string): SettingQuery {
  const key = setting.path[setting.path.length - 1] ?? '';
  const resourceNoun = setting.resourceType?.split('::')[2];
  let words = settingWords(key).filter((word) => !GENERIC_WORDS.has(word));
  // `BucketEncryption` on a bucket is about encryption; `DBInstanceClass` about the instance class.
  if (resourceNoun && words.length > 1) {
    const noun = settingWords(resourceNoun);
    if (noun.length < words.length && noun.every((word, i) => words[i] === word)) words = words.slice(noun.length);
    else if (words[0] === 'db') words = words.slice(1);
  }
  const phrases: QueryPhrase[] = [];
  if (words.length > 1 || (words.length === 1 && !VAGUE_KEYS.has(words[0]))) phrases.push({ text: ` ${words.join(' ')} `, weight: words.length > 1 ? 2 : 1, isKey: true, oneWord: words.length === 1 });
  // A long phrase the notes shorten (`point in time recovery` → "point in time restore") also counts, for less.
  if (words.length >= 3) phrases.push({ text: ` ${words.slice(0, -1).join(' ')} `, weight: 1, isKey: true });
  const value = meaningfulValue(setting.value);
  const valueWords = value ? settingWords(value) : [];
  // A one-word value (`network`, `private`) is an English word: it counts only in a title or heading.
  if (valueWords.length > 0) phrases.push({ text: ` ${valueWords.join(' ')} `, weight: 2, headingsOnly: valueWords.length === 1 && !/\d/.test(valueWords[0]) });
  // The value as people write it, from the documented table (value-words.ts): never more than the value itself may bring.
  if (value) {
    for (const phrase of writtenValueWords(key, value)) {
      const words = settingWords(phrase);
      if (words.length > 0) phrases.push({ text: ` ${words.join(' ')} `, weight: 2, synonym: true, headingsOnly: words.length === 1 });
    }
  }
  // A concept the written value names ("spot instance" → Spot Instances), as for the value itself; services it names add nothing.
  const synonymConcepts = value ? writtenValueWords(key, value).flatMap((phrase) => mentionedEntries(catalog, phrase)).filter((id) => catalog.get(id)?.kind === 'concept') : [];


  const keyEntries = mentionedEntries(catalog, words.join(' ')).filter((id) => id !== serviceEntryId);
  const valueEntries = new Set<string>();
  if (value) {
    for (const id of mentionedEntries(catalog, value)) valueEntries.add(id);
    for (const id of mentionedEntries(catalog, valueWords.join(' '))) valueEntries.add(id);
    // "Aurora" + `serverless` names Aurora Serverless; a mention of the service alone adds nothing.
    if (serviceName) {
      const text = `${serviceName} ${valueWords.join(' ')}`;
      for (const mention of mentionsIn(catalog, text)) if (mention.end > serviceName.length + 1) valueEntries.add(mention.entryId);
    }
    // A refinement of the service whose name holds the value: `serverless` on an RDS cluster → Aurora Serverless.
    if (serviceEntryId && valueWords.length > 0) {
      const phrase = ` ${valueWords.join(' ')} `;
      for (const entry of catalog.entries.values()) {
        if (entry.id !== serviceEntryId && descendsFrom(catalog, entry, serviceEntryId) && foldText(entry.name).includes(phrase)) valueEntries.add(entry.id);
      }
    }
    if (serviceEntryId) valueEntries.delete(serviceEntryId);
  }
  const synonymEntries = synonymConcepts.filter((id) => id !== serviceEntryId && !valueEntries.has(id));
  return { phrases, keyEntries, valueEntries: [...valueEntries], ...(synonymEntries.length > 0 ? { synonymEntries } : {}) };
}

function descendsFrom(catalog: PropertyHoverCatalog, entry: CatalogEntry, ancestorId: string): boolean {
  let parent = entry.parent;
  for (let depth = 0; parent && depth < 4; depth++) {
    if (parent === ancestorId) return true;
    parent = catalog.get(parent)?.parent;
  }
  return false;
}

function mentionedEntries(catalog: PropertyHoverCatalog, text: string): string[] {
  return mentionsIn(catalog, text).map((mention) => mention.entryId);
}

function mentionsIn(catalog: PropertyHoverCatalog, text: string): Mention[] {
  if (!text.trim()) return [];
  try {
    return catalog.findMentions(text);
  } catch {
    return [];
  }
}

/** The value when it names something (`gp3`, `serverless`, `PAY_PER_REQUEST`), not a flag, a number, an ARN or a sentence. */
export function meaningfulValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length < 2 || trimmed.length > 40) return undefined;
  if (GENERIC_VALUES.has(trimmed.toLowerCase())) return undefined;
  // A value the synonym table knows names something, even with a colon (`aws:kms`).
  if (isKnownValue(trimmed)) return trimmed;
  if (/^[-+]?\d+(?:\.\d+)?$/.test(trimmed)) return undefined;
  if (/[/:$@{}=*\s]/.test(trimmed) && !/^[A-Za-z0-9][\w.-]*(?: [A-Za-z0-9][\w.-]*){0,2}$/.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * The passages on a setting, best first. Candidates are the service's own
 * ranked sections and the sections of concepts the value names; each is
 * scored on the query phrases where they stand (title, headings, enclosing
 * headings, body) and on being tagged with a named concept. Below
 * {@link MIN_SCORE} nothing is listed.
 */
export function rankSettingPassages(query: SettingQuery, serviceEntryId: string | undefined, catalog: PropertyHoverCatalog, index: PropertyHoverIndex): ScoredSection[] {
  const candidates = new Map<NoteSection, number>();
  // A section that names the service in passing is not "within the service".
  const service = serviceEntryId ? index.lookupEntry(serviceEntryId).filter((scored) => scored.score >= MIN_SERVICE_SCORE) : [];
  service.forEach((scored, rank) => candidates.set(scored.section, rank));
  const inService = new Set(candidates.keys());
  const synonymEntries = query.synonymEntries ?? [];
  for (const entryId of [...query.valueEntries, ...query.keyEntries, ...synonymEntries]) {
    const entry = catalog.get(entryId);
    // Outside the service only a concept (`gp3` → EBS volume types) or a refinement of it (Aurora Serverless) speaks of the value.
    if (!entry || (entry.kind !== 'concept' && !(serviceEntryId && descendsFrom(catalog, entry, serviceEntryId)))) continue;
    for (const scored of index.lookupEntry(entryId)) if (!candidates.has(scored.section)) candidates.set(scored.section, Number.MAX_SAFE_INTEGER);
  }
  const serviceIds = new Set<string | undefined>();
  if (serviceEntryId) {
    serviceIds.add(serviceEntryId);
    const parent = catalog.get(serviceEntryId)?.parent;
    if (parent) serviceIds.add(parent);
  }
  const results: Array<ScoredSection & { rank: number; titled: boolean }> = [];
  for (const [section, rank] of candidates) {
    let score = 0;
    const text = folded(section);
    const aboutService = serviceIds.has(section.services[0]) || serviceIds.has(section.concepts[0]);
    let keyHit = false;
    let titled = false;
    for (const phrase of query.phrases) {
      if (phrase.headingsOnly && !keyHit && !aboutService) continue;
      let hits = 0;
      if (text.title.includes(phrase.text)) hits += WEIGHT.title;
      // One word inside a section about another service (`timeout` in an SQS section's "Visibility Timeout") is another setting:
      // outside its service's own sections a one-word key counts only in a title.
      const inPassing = phrase.oneWord && !aboutService;
      if (!inPassing && text.headings.includes(phrase.text)) hits += WEIGHT.heading;
      if (!inPassing && text.parent.includes(phrase.text)) hits += WEIGHT.parent;
      // How notes write a value counts in a body only within the service's own sections: elsewhere a title must say it.
      const synonymInPassing = phrase.synonym && !aboutService;
      if (!inPassing && !phrase.headingsOnly && !synonymInPassing) hits += WEIGHT.body * countPhrase(text.body, phrase.text, BODY_CAP);
      score += hits * phrase.weight;
      if (phrase.isKey && hits > 0) keyHit = true;
      if ((phrase.isKey || phrase.synonym) && !phrase.oneWord && text.title.includes(phrase.text)) titled = true;
    }
    const wordScore = score;
    for (const entryId of query.valueEntries) if (tagged(section, entryId)) score += section.concepts[0] === entryId || section.services[0] === entryId ? 8 : 4;
    for (const entryId of query.keyEntries) if (tagged(section, entryId) && (inService.has(section) || section.concepts[0] === entryId)) score += section.concepts[0] === entryId ? 6 : 3;
    if (score < MIN_SCORE) continue;
    // A section chiefly about another service that names the setting only in its headings or body is about that
    // service's own feature of the same name (Route 53's health checks for a target group's `HealthCheckPath`).
    if (!aboutService && !titled && score === wordScore && isOtherService(catalog, section.services[0], serviceIds)) continue;
    // Between passages that speak of the setting, one chiefly about the service (or the service it refines) comes first.
    if (aboutService) score += ABOUT_SERVICE_BONUS;
    results.push({ section, score, rank, titled });
  }
  results.sort((a, b) => b.score - a.score || a.rank - b.rank);
  return withoutNestedDuplicates(results.map(({ section, score, titled }) => ({ section, score, titled }))).map(({ section, score }) => ({ section, score }));
}

/**
 * A passage and the section it was cut from (`parentId`) say the same thing:
 * the better-scored one is kept. On a tie the passage wins: the chapter earned
 * its score from what that passage says (the DLQ passage for `RedrivePolicy`,
 * not the whole "SQS: Configurations"), and the passage is the part to read.
 */
function withoutNestedDuplicates(ranked: Array<ScoredSection & { titled?: boolean }>): ScoredSection[] {
  const scoreOf = new Map(ranked.map((scored) => [scored.section.id, scored.score]));
  const passages = new Map<string, Array<ScoredSection & { titled?: boolean }>>();
  for (const scored of ranked) {
    const parentId = scored.section.parentId;
    if (parentId) passages.set(parentId, [...(passages.get(parentId) ?? []), scored]);
  }
  // A chapter gives way to its passages when a passage's title names the setting and the chapter's does not
  // ("S3 Storage Classes" in "S3"), or when exactly one passage scores as high as the chapter. When several
  // tie, the score came from the chapter's tags, not from one passage.
  const givesWay = (chapter: ScoredSection & { titled?: boolean }): boolean => {
    const own = passages.get(chapter.section.id) ?? [];
    return (!chapter.titled && own.some((p) => p.titled)) || own.filter((p) => p.score >= (scoreOf.get(chapter.section.id) ?? Infinity)).length === 1;
  };
  const kept: ScoredSection[] = [];
  const ids = new Set<string>();
  for (const scored of ranked) {
    const parentId = scored.section.parentId;
    if (!parentId && passages.has(scored.section.id) && givesWay(scored)) continue;
    if ((parentId && ids.has(parentId)) || kept.some((k) => k.section.parentId === scored.section.id)) continue;
    kept.push(scored);
    ids.add(scored.section.id);
  }
  return kept;
}

function isOtherService(catalog: PropertyHoverCatalog, entryId: string | undefined, serviceIds: ReadonlySet<string | undefined>): boolean {
  return entryId !== undefined && !serviceIds.has(entryId) && catalog.get(entryId)?.kind === 'service';
}

function tagged(section: NoteSection, entryId: string): boolean {
  return section.concepts.includes(entryId) || section.services.includes(entryId);
}

/** Builds the hover for a setting, or undefined when there is neither a description nor a passage. */
export function buildPropertyHover(setting: PropertySetting, catalog: PropertyHoverCatalog, index: PropertyHoverIndex, docs: PropertyDocs | undefined, options: PropertyHoverOptions): PropertyHoverContent | undefined {
  const key = setting.path[setting.path.length - 1];
  if (!key) return undefined;
  const doc = setting.resourceType ? docs?.lookup(setting.resourceType, setting.path) : undefined;
  const resolution = setting.resourceType ? catalog.resolveResourceType(setting.resourceType) : setting.namespace ? catalog.resolveResourceType(`${setting.namespace}::X`) : undefined;
  const entry = resolution ? catalog.get(resolution.entryId) : undefined;

  let passages: NoteSection[] = [];
  const structural = setting.path.some((segment) => segment === 'Tags') || isStructuralKey(key, setting.resourceType);
  if (entry && !structural) {
    const query = settingQuery({ ...setting, path: doc?.path ?? setting.path }, entry.shortName || entry.name, catalog, entry.id);
    const maxSections = Math.max(1, Math.floor(options.maxSections) || 1);
    passages = rankSettingPassages(query, entry.id, catalog, index).slice(0, maxSections).map((scored) => scored.section);
  }
  if (!doc?.description && passages.length === 0) return undefined;

  const parts = [header(setting, doc, entry)];
  if (passages.length > 0) parts.push(passages.map(sectionBlock).join('\n\n'));
  else if (!options.indexComplete && !structural) parts.push('*Notes are still being indexed…*');
  if (entry) parts.push(footer(entry, doc?.path ?? setting.path, passages.length > 0));
  return { markdown: parts.join('\n\n---\n\n'), entryId: entry?.id, sectionIds: passages.map((s) => s.id), ...(doc ? { doc } : {}) };
}

function header(setting: PropertySetting, doc: PropertyDoc | undefined, entry: CatalogEntry | undefined): string {
  const path = (doc?.path ?? setting.path).join('.');
  const where = entry ? ` · ${escapeMarkdown(entry.shortName || entry.name)}` : '';
  const value = setting.onValue && setting.value !== undefined ? ` = ${inlineCode(setting.value.replace(/[\r\n]+/g, ' ').slice(0, 80))}` : '';
  const lines = [`**${escapeMarkdown(path)}**${value}${where}`];
  const description = doc?.description ? escapeMarkdown(doc.description) : '';
  const link = doc && isWebLink(doc.docsUrl) ? `[AWS docs](${markdownLinkTarget(doc.docsUrl)} "${escapeTitle(path)} in the AWS reference")` : '';
  const line = [description, link].filter(Boolean).join(' ');
  if (line) lines.push(line);
  return lines.join('  \n');
}

function footer(entry: CatalogEntry, path: readonly string[], listed: boolean): string {
  const words = settingWords(path[path.length - 1] ?? '').join(' ');
  const links: string[] = [];
  if (listed && words) {
    links.push(`[Search notes for "${escapeMarkdown(words)}"](${commandUri(HOVER_COMMANDS.search, [`${entry.id}: ${words}`])} "Search ${escapeTitle(entry.name)} notes")`);
  }
  links.push(`[Show in sidebar](${commandUri(HOVER_COMMANDS.showInSidebar, [entry.id])} "Reveal ${escapeTitle(entry.name)} in the AWS Notes view")`);
  return links.join(' · ');
}

/** Remembers built property hovers for one index version; any index change empties it. */
export class PropertyHoverCache {
  private readonly entries = new Map<string, PropertyHoverContent | undefined>();
  private version = -1;

  constructor(private readonly maxEntries = 256) {}

  get(setting: PropertySetting, catalog: PropertyHoverCatalog, index: PropertyHoverIndex, docs: PropertyDocs | undefined, options: PropertyHoverOptions): PropertyHoverContent | undefined {
    if (index.version !== this.version) {
      this.entries.clear();
      this.version = index.version;
    }
    const key = JSON.stringify([setting.resourceType ?? '', setting.namespace ?? '', setting.path, setting.value ?? null, setting.onValue, options.maxSections, options.indexComplete]);
    if (this.entries.has(key)) return this.entries.get(key);
    const built = buildPropertyHover(setting, catalog, index, docs, options);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, built);
    return built;
  }
}
