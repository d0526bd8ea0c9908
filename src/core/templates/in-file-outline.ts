/**
 * What "In this file" lists for a template, read from the template model
 * rather than the raw text: the services its resources and its prose name
 * (never a logical id or a property key: a resource called `Bastion` is not
 * a mention of bastion hosts), and under each service the settings the
 * template makes that the notes cover (DynamoDB › Billing mode,
 * Point-in-time recovery).
 */
import { isMappingKey } from '../template-keys';
import { isStructuralKey, rankSettingPassages, settingQuery, type PropertyHoverCatalog, type PropertyHoverIndex } from '../property-hover';
import type { Mention, NoteSection } from '../types';
import type { PropertyDocs } from './property-docs';
import type { TemplateDocument } from './template-model';

/** One setting the notes cover, as "In this file" lists it under its service. */
export interface CoveredSetting {
  /** A reader's label: `Billing mode`, `Point in time recovery`. */
  label: string;
  /** The key path in CloudFormation spelling. */
  path: string[];
  /** The passages on it, best first. */
  sections: NoteSection[];
}

/** The catalog as the outline needs it. `ServiceCatalog` fits. */
export interface OutlineCatalog extends PropertyHoverCatalog {
  findMentions(text: string): Mention[];
}

/** At most this many settings are looked up per document: a study outline, not an audit. */
const MAX_SETTINGS = 400;
/** Passages listed per setting. */
const SECTIONS_PER_SETTING = 3;
/**
 * Reading every resource's body costs ~1 ms per KB of YAML (the `yaml`
 * package), so settings are listed only for templates up to this size
 * (about 4,000 lines); larger ones list their services only.
 */
export const MAX_SETTINGS_OUTLINE_CHARS = 150_000;


/**
 * The catalog mentions of `text` that are mentions of a service or concept.
 * Left out: a mapping key (a logical id, a property key, a parameter's or
 * output's name), and a reference to a logical id (`!Ref Bastion`,
 * `!GetAtt Bastion.PublicIp`, `DependsOn: Bastion`). Looks at each mention's
 * own line and word only, so a 1 MB template costs one mention scan.
 */
export function templateMentions(document: TemplateDocument, text: string, catalog: Pick<OutlineCatalog, 'findMentions'>): Mention[] {
  // Code (Terraform, the CDK): its words are identifiers, not prose; its declarations say what it uses (see declaredMentions).
  if (document.proseOutsideSubjects === false) return [];
  const ids = new Set(document.logicalIds?.() ?? document.declarations().flatMap((resource) => (resource.logicalId ? [resource.logicalId] : [])));
  return catalog.findMentions(text).filter((mention) => {
    const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
    let lineEnd = text.indexOf('\n', mention.end);
    if (lineEnd < 0) lineEnd = text.length;
    // Only a bounded piece of a long (minified) line is looked at.
    const from = Math.max(lineStart, mention.start - 256);
    const line = text.slice(from, Math.min(lineEnd, mention.end + 256));
    if (isMappingKey(line, mention.start - from, mention.end - from)) return false;
    return !ids.has(wordAround(text, mention.start, mention.end));
  });
}

/**
 * The services a code document (Terraform, the CDK) uses, one pseudo-mention
 * per declared resource at its type: the entry of its CloudFormation type, or
 * of its namespace when the dialect knows no exact type. Empty for a template
 * whose text is read for mentions (its types are mentions there already).
 */
export function declaredMentions(document: TemplateDocument, catalog: Pick<OutlineCatalog, 'resolveResourceType'> & { resolveTerm(term: string): string | undefined }): Mention[] {
  if (document.proseOutsideSubjects !== false) return [];
  const mentions: Mention[] = [];
  for (const declared of document.declarations()) {
    const { cfnType, cfnNamespace } = declared.resource;
    const entryId = cfnType ? catalog.resolveResourceType(cfnType)?.entryId : cfnNamespace ? catalog.resolveTerm(cfnNamespace) : undefined;
    if (entryId) mentions.push({ entryId, start: declared.typeSpan.start, end: declared.typeSpan.end });
  }
  return mentions;
}

/** The identifier the mention is part of: `Bastion` in `Bastion.PublicIp` or `${Bastion}`. */
function wordAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && from > start - 256 && /[A-Za-z0-9]/.test(text.charAt(from - 1))) from--;
  while (to < text.length && to < end + 256 && /[A-Za-z0-9]/.test(text.charAt(to))) to++;
  return text.slice(from, to);
}

/** `PointInTimeRecoverySpecification` → `Point in time recovery`, `BillingMode` → `Billing mode`. */
export function settingLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  while (words.length > 1 && /^(?:specification|configuration|config|enabled|settings)$/i.test(words[words.length - 1])) words.pop();
  const text = words.map((word, i) => (i > 0 && !/^[A-Z0-9]+$/.test(word) ? word.toLowerCase() : word)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The settings of each service's resources that the notes speak of, by
 * catalog entry id, in document order. A setting counts once per service
 * (two tables' `BillingMode` are one line), under the label of its key.
 */
export function coveredSettings(document: TemplateDocument, catalog: PropertyHoverCatalog, index: PropertyHoverIndex, docs?: Pick<PropertyDocs, 'lookup'>): Map<string, CoveredSetting[]> {
  // In code (Terraform, the CDK) a key may be no CloudFormation property at all (`natGateways`, `removalPolicy`, an environment
  // variable's name): only keys the property docs know count there, under their CloudFormation spelling. Without the docs, none do.
  const code = document.proseOutsideSubjects === false;
  if (code && !docs) return new Map();
  const byEntry = new Map<string, CoveredSetting[]>();
  const seen = new Set<string>();
  let looked = 0;
  for (const resource of document.declarations()) {
    const type = resource.resource.cfnType;
    const resolution = type ? catalog.resolveResourceType(type) : undefined;
    const entry = resolution ? catalog.get(resolution.entryId) : undefined;
    if (!entry || !type) continue;
    for (const property of resource.properties) {
      const written = property.cfnPath ?? property.path;
      const path = code ? docs?.lookup(type, written)?.path : written;
      if (!path) continue;
      const key = path[path.length - 1];
      if (!key || path.includes('Tags') || isStructuralKey(key, type)) continue;
      const label = settingLabel(key);
      const id = `${entry.id}\u0000${label}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (++looked > MAX_SETTINGS) return byEntry;
      const sections = rankedFor(type, path, property.value, entry, catalog, index);
      if (sections.length === 0) continue;
      const list = byEntry.get(entry.id) ?? [];
      list.push({ label, path, sections });
      byEntry.set(entry.id, list);
    }
  }
  return byEntry;
}

/** Ranked passages per setting, kept for one index version: typing in a template re-ranks only settings it did not have. */
const rankedCache = new Map<string, NoteSection[]>();
let rankedVersion = -1;
let rankedIndex: PropertyHoverIndex | undefined;

function rankedFor(type: string, path: string[], value: string | undefined, entry: { id: string; name: string; shortName: string }, catalog: PropertyHoverCatalog, index: PropertyHoverIndex): NoteSection[] {
  if (rankedIndex !== index || rankedVersion !== index.version || rankedCache.size > 4096) {
    rankedCache.clear();
    rankedIndex = index;
    rankedVersion = index.version;
  }
  const key = `${type}\u0000${path.join('.')}\u0000${value ?? ''}`;
  let sections = rankedCache.get(key);
  if (!sections) {
    const query = settingQuery({ resourceType: type, path, value, onValue: false }, entry.shortName || entry.name, catalog, entry.id);
    sections = rankSettingPassages(query, entry.id, catalog, index).slice(0, SECTIONS_PER_SETTING).map((s) => s.section);
    rankedCache.set(key, sections);
  }
  return sections;
}
