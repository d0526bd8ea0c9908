import type { AwsNoteSection, AwsNotesApi } from './api';
import type { NoteSection } from './core/types';
import type { NotesStore } from './notes-store';
import type { StudyFeature } from './study';

/** Runs a ranked search; provided by the search feature so the API and the quick pick agree. */
export type SearchFunction = (query: string, limit: number) => NoteSection[];

const DEFAULT_SEARCH_LIMIT = 20;

/** Builds the object `activate()` returns. Nothing here runs until a caller asks. */
export function createPublicApi(store: NotesStore, search: SearchFunction, study?: Pick<StudyFeature, 'cards' | 'ready'>): AwsNotesApi {
  return {
    // The study cards' due dates come from a state file read after the index; `ready` covers both.
    ready: study ? Promise.all([store.ready, study.ready]).then(() => undefined) : store.ready,
    search: (query, limit = DEFAULT_SEARCH_LIMIT) => search(String(query ?? ''), clampLimit(limit)).map(toApiSection),
    lookup: (term) => store.index.lookup(String(term ?? '')).map(toApiSection),
    stats: () => store.index.stats(),
    cards: (filter) => (study ? study.cards(filter && typeof filter === 'object' ? filter : undefined) : []),
  };
}

function clampLimit(limit: number): number {
  return Number.isFinite(limit) && limit > 0 ? Math.min(Math.floor(limit), 500) : DEFAULT_SEARCH_LIMIT;
}

/** A copy, so callers cannot change the index through the objects they get back. */
function toApiSection(section: NoteSection): AwsNoteSection {
  return {
    id: section.id,
    title: section.title,
    breadcrumb: [...section.breadcrumb],
    file: section.file,
    line: section.line,
    services: [...section.services],
    concepts: [...section.concepts],
    snippet: section.snippet,
    origin: section.origin,
    endLine: section.endLine,
    ...(section.parentId !== undefined ? { parentId: section.parentId } : {}),
  };
}
