/**
 * What the search page searches with: Pagefind's JS API for the words
 * (https://pagefind.app/docs/api/), the search table for the facets and years
 * (src/lib/search-table.ts). Both are written by the build
 * (src/integrations/search-index.ts), so they are unknown to Vite and loaded at
 * run time, on the search page only, from the addresses the page gives
 * (routes.ts, under the base path: importing routes.ts here would bring the
 * collection registry and zod, 29 KB, into the script).
 */
import { PAGEFIND_OPTIONS } from '../../lib/search-query.ts';
import { SearchTable, type SearchTableFile } from '../../lib/search-table.ts';

export interface ResultData {
  url: string;
  /** Page text around the matches, HTML-escaped, matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string }[];
}

export interface SearchResult {
  /** The page's id, the key of its row in the search table. */
  id: string;
  data: () => Promise<ResultData>;
}

export interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  /** Loads the index chunks a search for these words will need. */
  preload: (term: string) => Promise<void>;
  /** The pages with these words, best first; with `null`, every page. */
  search: (term: string | null) => Promise<{ results: SearchResult[] }>;
}

export interface SearchEngine {
  pagefind: Pagefind;
  table: SearchTable;
  /** Every page of the index, what a search on filters alone starts from; asked of Pagefind once. */
  everyPage: () => Promise<SearchResult[]>;
}

async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind: Pagefind = await import(/* @vite-ignore */ bundle);
  await pagefind.options(PAGEFIND_OPTIONS);
  await pagefind.init();
  return pagefind;
}

async function loadTable(url: string): Promise<SearchTable> {
  // Checked with the server on each visit, as Pagefind checks its entry file: the table must be the index's.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  return new SearchTable((await response.json()) as SearchTableFile);
}

export async function loadSearchEngine(bundle: string, table: string): Promise<SearchEngine> {
  const [pagefind, loadedTable] = await Promise.all([loadPagefind(bundle), loadTable(table)]);
  let everyPage: Promise<SearchResult[]> | undefined;
  return { pagefind, table: loadedTable, everyPage: () => (everyPage ??= pagefind.search(null).then(({ results }) => results)) };
}
