/**
 * The part of Pagefind's JS API the search page uses (https://pagefind.app/docs/api/).
 * The bundle is written by the build (src/integrations/search-index.ts), so it
 * is unknown to Vite and loaded at run time, on the search page only, from the
 * address the page gives (routes.ts, under the base path: importing routes.ts
 * here would bring the collection registry and zod, 29 KB, into the script).
 */
import { PAGEFIND_OPTIONS } from '../../lib/search-query.ts';

/** Number of pages per filter value, by filter. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  url: string;
  /** Page text around the matches, HTML-escaped, matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string }[];
}

export interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  filters: FilterCounts;
}

export interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null, options: object) => Promise<SearchResponse>;
  filters: () => Promise<FilterCounts>;
}

export async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind: Pagefind = await import(/* @vite-ignore */ bundle);
  await pagefind.options(PAGEFIND_OPTIONS);
  await pagefind.init();
  return pagefind;
}
