/**
 * How the search page asks Pagefind, and how a search is written in its URL
 * (/recherche/?q=gouvernance&theme=emploi-insertion&instigateur=collectivite&tri=recent).
 * Pure, DOM-free, and free of the content model (it runs in the browser): shared
 * by the page's script, the relevance test and the bench.
 */
import { YEAR_KEY, type FacetTerm } from './search-params.ts';

export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'tri';

/** Result orders offered to readers; only dated pages (cases, testimonies, most pioneers) are kept when sorting by year. */
export const sortOrders = {
  pertinence: { label: 'Pertinence', pagefind: undefined },
  recent: { label: 'Année, la plus récente d’abord', pagefind: { [YEAR_KEY]: 'desc' } },
  ancien: { label: 'Année, la plus ancienne d’abord', pagefind: { [YEAR_KEY]: 'asc' } },
} as const;

export type SortOrder = keyof typeof sortOrders;

export const isSortOrder = (value: unknown): value is SortOrder => typeof value === 'string' && value in sortOrders;

/**
 * Ranking tuned on tests/search/relevance-queries.json. Pagefind favours short
 * pages by default (pageLength 0.75), which put a pioneer's short page above
 * the case it launched; our titles say what a page is about, so they weigh
 * twice Pagefind's default.
 */
export const PAGEFIND_OPTIONS = {
  ranking: { pageLength: 0.1, termFrequency: 1, metaWeights: { title: 10 } },
  excerptEllipsis: '…',
} as const;

export interface SearchState {
  query: string;
  /** The chosen terms, by facet URL parameter. */
  filters: Record<string, FacetTerm[]>;
  sort: SortOrder;
}

export const hasCriteria = (state: SearchState) => state.query !== '' || Object.keys(state.filters).length > 0;

/**
 * The query string of a search, `?q=gouvernance&theme=emploi-insertion`, or
 * '' without criteria: ids in the URL, never labels. The search page appends
 * it to its own address; links to it from other pages go through routes.ts.
 */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.append(QUERY_PARAM, state.query);
  for (const [param, terms] of Object.entries(state.filters)) for (const term of terms) params.append(param, term.id);
  if (state.sort !== 'pertinence') params.append(SORT_PARAM, state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Pagefind's search options for a state: terms of one facet are alternatives
 * (any), facets add up. `without` leaves one facet out, to count what choosing
 * another term of that facet would give.
 */
/**
 * Real content before illustrative content, each in the order the search gave
 * (relevance or the chosen sort): `realIds` are the results of the same search
 * restricted to real content.
 */
export function realResultsFirst<T extends { id: string }>(results: readonly T[], realIds: ReadonlySet<string>): T[] {
  return [...results.filter((result) => realIds.has(result.id)), ...results.filter((result) => !realIds.has(result.id))];
}

export function pagefindSearchOptions(state: SearchState, without?: string) {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([param]) => param !== without)
      .map(([param, terms]) => [param, { any: terms.map((term) => term.label) }]),
  );
  return { filters, sort: sortOrders[state.sort].pagefind };
}
