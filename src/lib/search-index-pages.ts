/**
 * Which built pages the search index reads, what it reads in them besides
 * their text, and how a page reaches it while it is rendered. Shared by the
 * integration that builds the index (src/integrations/search-index.ts), the
 * middleware that hands it each page as Astro renders it (src/middleware.ts)
 * and the component that writes each page's record (SearchFacets.astro).
 */
import { buildHook } from './build-hook.ts';
import { entrySections, PATH_SEGMENT } from './routes.ts';
import type { SearchTableEntry } from './search-table.ts';

/**
 * The folders of dist/ whose pages carry data-pagefind-body (entries and the
 * sequences of the path). Pagefind reads only these: parsing the lists and
 * taxonomy pages, which are never indexed, doubled the indexing time.
 */
export const INDEXED_FOLDERS: readonly string[] = [...entrySections, PATH_SEGMENT];

/**
 * What Pagefind leaves out of every page besides `data-pagefind-ignore`: the
 * labels that every case, testimony and pioneer page repeats in its fact list
 * (« Territoire », « Thèmes »…) and the hidden caption of a case's table of
 * actors. Their values are still indexed. At 5,000 cases, the one « Territoire » label per
 * case made some 5,000 of the 38,000 places of « territoir », the word whose
 * index chunk a first query loads.
 */
export const SEARCH_EXCLUDED_SELECTORS: readonly string[] = ['.facts > dt', '.stack-table > caption'];

/** The file a page is written to, relative to dist/: `cas/x/` → `cas/x/index.html`. */
export const pageFile = (path: string) => `${path.replace(/^\/+/, '')}index.html`;

/** The other way: the URL Pagefind gives a page from its file, `cas/x/index.html` → `/cas/x/`. */
export const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

export const isIndexedFile = (file: string) => INDEXED_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) && file.endsWith('.html');

const INDEXED_ELEMENT = /<article\b[^>]*\sdata-pagefind-body[\s>=]/;

/**
 * What Pagefind is handed of a page: its language, and the article marked
 * `data-pagefind-body` (every indexed page has one, and Pagefind reads nothing
 * outside it), without the drawings in it (SVG: paths, no words), each value
 * of a fact list a sentence of its own. The whole page, head and locator map
 * included, weighed three times as much, and encoding it for Pagefind's
 * process took about a second of the rendering thread at 1,000 cases. A page
 * of another shape is handed over whole.
 */
export function indexedPart(html: string): string {
  const start = html.search(INDEXED_ELEMENT);
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) return html;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  const article = html
    .slice(start, end + '</article>'.length)
    .replace(/<svg\b[\s\S]*?<\/svg>/g, '')
    // Pagefind ends a sentence after a paragraph, a cell or a div, but not after a <dd>: the values of a
    // fact list (a case's territory, years, stage, instigator) ran together in result excerpts.
    .replace(/<(\/?)dd\b/g, '<$1div');
  return `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><head><meta charset="utf-8"></head><body>${article}</body></html>`;
}

/** The attribute in which a page gives its facets and year to the search table, as JSON. */
export const SEARCH_RECORD_ATTRIBUTE = 'data-search-record';

/** What a page gives the search table. */
export type PageRecord = Omit<SearchTableEntry, 'id'>;

/** The five characters Astro escapes in an attribute value (astro/dist/runtime/server/escape.js). */
const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const RECORD = new RegExp(`\\s${SEARCH_RECORD_ATTRIBUTE}="([^"]*)"`);

/** The record a built page carries, or undefined if it carries none. */
export function readPageRecord(html: string): PageRecord | undefined {
  const value = RECORD.exec(html)?.[1];
  return value === undefined ? undefined : JSON.parse(value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ESCAPED[entity]!));
}

/** Takes the HTML of a page as it is rendered; set during a build only. */
export type PageCollector = (file: string, html: string) => void;

const collectorHook = buildHook<PageCollector>('search-index-pages');

export const setPageCollector = collectorHook.set;

export const pageCollector = collectorHook.get;
