/**
 * The filter prefixes of the search box: `s3:` narrows to a service (any name
 * the catalog resolves, e.g. `ddb:`), `@storage` to a category (a prefix of the
 * category's name or of one of its words).
 */

/** A query split into its filters and the free text to rank by. */
export interface ParsedQuery {
  /** The text left after the filters were taken off. */
  text: string;
  /** Catalog entry id of a `service:` filter. */
  entryId?: string;
  /** The `service:` word as typed, so the UI can echo it. */
  entryToken?: string;
  /** Category name of an `@category` filter. */
  category?: string;
  /** The `@category` word as typed. */
  categoryToken?: string;
}

/** What the parser needs from the catalog. */
export interface QueryVocabulary {
  /** Resolves an alias, abbreviation, name or id to an entry id. */
  resolveTerm(term: string): string | undefined;
  /** Category names, in display order. */
  categories(): readonly string[];
}

const SERVICE_FILTER = /^([A-Za-z0-9][\w.-]{0,40}):(?!:)\s*/;
const CATEGORY_FILTER = /^@([^\s@]{0,60})\s*/;

/**
 * Splits leading `service:` and `@category` filters off a query. A word that
 * resolves to nothing stays in the text, so typing "note: something" still
 * searches for "note".
 */
export function parseQuery(raw: string, vocabulary: QueryVocabulary): ParsedQuery {
  const parsed: ParsedQuery = { text: '' };
  let rest = raw.trimStart();
  for (let guard = 0; guard < 4 && rest; guard++) {
    const service = parsed.entryId === undefined ? SERVICE_FILTER.exec(rest) : null;
    if (service) {
      const entryId = resolveLoosely(service[1], vocabulary);
      if (!entryId) break;
      parsed.entryId = entryId;
      parsed.entryToken = service[1];
      rest = rest.slice(service[0].length);
      continue;
    }
    const category = parsed.category === undefined ? CATEGORY_FILTER.exec(rest) : null;
    if (category) {
      const name = matchCategory(category[1], vocabulary.categories());
      if (name === undefined) break;
      parsed.category = name;
      parsed.categoryToken = category[1];
      rest = rest.slice(category[0].length);
      continue;
    }
    break;
  }
  parsed.text = rest.trim() ? rest : '';
  return parsed;
}

/** Tries the term as typed, then in the cases abbreviations and names use. */
export function resolveLoosely(term: string, vocabulary: Pick<QueryVocabulary, 'resolveTerm'>): string | undefined {
  if (!term) return undefined;
  try {
    return (
      vocabulary.resolveTerm(term) ??
      vocabulary.resolveTerm(term.toUpperCase()) ??
      vocabulary.resolveTerm(term.toLowerCase())
    );
  } catch {
    // A catalog that chokes on odd input must not break the search box.
    return undefined;
  }
}

/**
 * The first category whose name, or one of whose words, starts with `typed`
 * (case-insensitive). An empty `@` matches nothing, so it stays a hint.
 */
export function matchCategory(typed: string, categories: readonly string[]): string | undefined {
  const wanted = typed.toLowerCase().replace(/[-_]+/g, ' ').trim();
  if (!wanted) return undefined;
  const squashed = wanted.replace(/\s+/g, '');
  for (const name of categories) {
    if (name.toLowerCase().startsWith(wanted)) return name;
  }
  for (const name of categories) {
    const lower = name.toLowerCase();
    if (lower.replace(/[^a-z0-9]+/g, '').startsWith(squashed)) return name;
    if (lower.split(/[^a-z0-9]+/).some((word) => word && word.startsWith(wanted))) return name;
  }
  return undefined;
}
