/**
 * Stored analyses of notes files, keyed by a hash of their bytes. The bundled
 * notes never change between builds, so the build parses and tags them once
 * and the extension reads the result instead of redoing that work, cold, on
 * every start. A stored analysis is only used for bytes with the same hash;
 * anything else is parsed as usual.
 */
import { createHash } from 'node:crypto';
import type { AnalysedSection } from './note-index';
import type { SectionKind } from './types';

/** Bumped whenever the stored shape changes, so an old file is ignored rather than misread. */
export const ANALYSIS_FORMAT = 2;

/** The stored form: one entry per file content. */
interface StoredAnalyses {
  format: number;
  files: Record<string, AnalysedSection[]>;
}

/** The key of a file's content: SHA-256 of its bytes, in hex. */
export function contentKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Fields of an `AnalysedSection` that only mean something in memory (where a body's bytes are). */
const IN_MEMORY_FIELDS: ReadonlySet<string> = new Set(['bodyUtf8', 'bodyStart', 'bodyEnd']);

/** Serialises analyses by content key. */
export function writeAnalyses(byKey: ReadonlyMap<string, readonly AnalysedSection[]>): string {
  const stored: StoredAnalyses = { format: ANALYSIS_FORMAT, files: Object.fromEntries(byKey) as Record<string, AnalysedSection[]> };
  // An export of a restored index points into the saved index's bytes: the body's text is what is stored here.
  return JSON.stringify(stored, (key, value: unknown) => (IN_MEMORY_FIELDS.has(key) ? undefined : value));
}

/**
 * Reads stored analyses. The file is ours, but it is still read defensively: a
 * damaged or outdated one yields an error message and no analyses, and every
 * file is then parsed as if nothing had been stored.
 */
export function readAnalyses(json: string): { analyses: Map<string, AnalysedSection[]> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { error: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value) || value.format !== ANALYSIS_FORMAT || !isRecord(value.files)) {
    return { error: `is not in format ${ANALYSIS_FORMAT}` };
  }
  const analyses = new Map<string, AnalysedSection[]>();
  for (const [key, sections] of Object.entries(value.files)) {
    if (!/^[0-9a-f]{64}$/.test(key) || !Array.isArray(sections) || !sections.every(isAnalysedSection)) {
      return { error: `has a malformed entry (${key.slice(0, 12)}…)` };
    }
    analyses.set(key, sections);
  }
  return { analyses };
}

const KINDS: ReadonlySet<SectionKind> = new Set(['qa', 'scenario', 'note']);

function isAnalysedSection(value: unknown): value is AnalysedSection {
  if (!isRecord(value) || typeof value.snippet !== 'string' || !Array.isArray(value.tags)) return false;
  if (value.parent !== undefined && !(Number.isInteger(value.parent) && (value.parent as number) >= 0)) return false;
  if (!value.tags.every((tag) => Array.isArray(tag) && tag.length === 2 && typeof tag[0] === 'string' && Number.isFinite(tag[1]))) return false;
  const parsed = value.parsed;
  return (
    isRecord(parsed) &&
    typeof parsed.title === 'string' &&
    isStringArray(parsed.parents) &&
    Number.isInteger(parsed.startLine) &&
    Number.isInteger(parsed.endLine) &&
    typeof parsed.body === 'string' &&
    isStringArray(parsed.headings) &&
    KINDS.has(parsed.kind as SectionKind)
  );
}

/** A plain object (not null, not an array), as stored data is checked before it is trusted. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
