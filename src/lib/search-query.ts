/**
 * How the search page asks Pagefind, orders what it finds, and writes a search
 * in its URL (/recherche/?q=gouvernance&theme=emploi-insertion&instigateur=collectivite&tri=recent).
 * Pure, DOM-free, and free of the content model (it runs in the browser): shared
 * by the page's script and the relevance test.
 */
import type { FacetTerm } from './search-params.ts';

export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'tri';

/** Result orders offered to readers; only dated pages (cases, testimonies, most pioneers) are kept when sorting by year. */
export const sortOrders = {
  pertinence: { label: 'Pertinence', byYear: undefined },
  recent: { label: 'Année, la plus récente d’abord', byYear: 'desc' },
  ancien: { label: 'Année, la plus ancienne d’abord', byYear: 'asc' },
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

/** The chosen labels by facet parameter: what the search table selects on. */
export const chosenLabels = (state: SearchState): Record<string, string[]> =>
  Object.fromEntries(Object.entries(state.filters).map(([param, terms]) => [param, terms.map((term) => term.label)]));

/**
 * The results in the order the reader chose: by year (pages without one left
 * out) or as found (relevance); and real content before illustrative content,
 * each in that order. Sorting keeps the found order between pages of a year.
 */
export function orderResults<T>(results: readonly T[], sort: SortOrder, page: { yearOf: (result: T) => number | undefined; isReal: (result: T) => boolean }): T[] {
  const direction = sortOrders[sort].byYear;
  const ordered = direction === undefined
    ? [...results]
    : results.filter((result) => page.yearOf(result) !== undefined).sort((a, b) => (page.yearOf(a)! - page.yearOf(b)!) * (direction === 'asc' ? 1 : -1));
  return [...ordered.filter(page.isReal), ...ordered.filter((result) => !page.isReal(result))];
}
