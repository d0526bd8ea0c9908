/**
 * Search over note sections: the hybrid engine (inverted index + fuse.js for
 * typos) and the `s3:` / `@category` query prefixes.
 */
export { SearchEngine, type SearchCatalog, type SearchHit, type SearchOptions, type SearchState } from './engine';
export { parseQuery, matchCategory, resolveLoosely, type ParsedQuery, type QueryVocabulary } from './query';
export type { TextRange } from './highlight';
