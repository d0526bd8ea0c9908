/**
 * What a "new note" is about, from whatever the caller passes: a resource
 * type, a service id, an alias, a concept, or a tree node.
 */
import type { CatalogEntry, Mention, ResourceTypeResolution } from '../types';

/** The part of the catalog the subject needs (the real `ServiceCatalog` fits). */
export interface SubjectCatalog {
  get(id: string): CatalogEntry | undefined;
  resolveResourceType(type: string): ResourceTypeResolution | undefined;
  resolveTerm(term: string): string | undefined;
  findMentions(text: string): Mention[];
}

/** The entry a note is about and, when a resource type was given, that exact type. */
export interface NoteSubject {
  entry: CatalogEntry;
  /** A known resource type (`AWS::DynamoDB::Table`), present only when the caller named one. */
  resourceType?: string;
}

/**
 * Resolves the command's argument. A string goes through the catalog: an
 * exact or misspelt resource type (`AWS::S3::Bukket` → S3, without a type
 * heading), then any id, alias, abbreviation or concept name. An object is a
 * tree node (`{ entry: { id } }`) or `{ entryId, resourceType }`. Anything
 * else, or a term the catalog does not know, gives undefined.
 */
export function resolveNoteSubject(argument: unknown, catalog: SubjectCatalog): NoteSubject | undefined {
  if (typeof argument === 'string') {
    const term = argument.trim();
    if (!term || term.length > 200) return undefined;
    if (term.includes('::')) {
      const resolution = catalog.resolveResourceType(term);
      if (resolution) {
        const entry = catalog.get(resolution.entryId);
        if (!entry) return undefined;
        return resolution.resource ? { entry, resourceType: resolution.resource.type } : { entry };
      }
    }
    const id = catalog.resolveTerm(term);
    const entry = id === undefined ? undefined : catalog.get(id);
    return entry ? { entry } : undefined;
  }
  if (argument && typeof argument === 'object') {
    const record = argument as { entry?: { id?: unknown }; entryId?: unknown; resourceType?: unknown };
    const id = typeof record.entryId === 'string' ? record.entryId : typeof record.entry?.id === 'string' ? record.entry.id : undefined;
    if (typeof record.resourceType === 'string') {
      const typed = resolveNoteSubject(record.resourceType, catalog);
      if (typed && (id === undefined || typed.entry.id === id)) return typed;
    }
    const entry = id === undefined ? undefined : catalog.get(id);
    return entry ? { entry } : undefined;
  }
  return undefined;
}

/**
 * The known resource types in `text` that belong to `entryId` (after the
 * catalog's refinements: `AWS::EC2::SecurityGroup` belongs to security groups,
 * not EC2), in order of first appearance, each once.
 */
export function resourceTypesOf(text: string, entryId: string, catalog: Pick<SubjectCatalog, 'findMentions' | 'resolveResourceType'>): string[] {
  const types: string[] = [];
  for (const mention of catalog.findMentions(text)) {
    if (mention.entryId !== entryId) continue;
    const written = text.slice(mention.start, mention.end);
    if (!written.includes('::')) continue;
    const resolution = catalog.resolveResourceType(written);
    const type = resolution?.resource?.type;
    if (type && resolution.entryId === entryId && !types.includes(type)) types.push(type);
  }
  return types;
}

/**
 * Every known resource type in `text`, in order of first appearance, each
 * once, with the entry it resolves to ("Show Resources Without Notes").
 */
export function resourceTypesIn(text: string, catalog: Pick<SubjectCatalog, 'findMentions' | 'resolveResourceType'>): { type: string; entryId: string }[] {
  const found: { type: string; entryId: string }[] = [];
  const seen = new Set<string>();
  for (const mention of catalog.findMentions(text)) {
    const written = text.slice(mention.start, mention.end);
    if (!written.includes('::')) continue;
    const resolution = catalog.resolveResourceType(written);
    const type = resolution?.resource?.type;
    if (!type || seen.has(type)) continue;
    seen.add(type);
    found.push({ type, entryId: resolution.entryId });
  }
  return found;
}
