/**
 * Which built pages the search index reads, and how a page reaches it while
 * it is rendered. Shared by the integration that builds the index
 * (src/integrations/search-index.ts) and the middleware that hands it each
 * page as Astro renders it (src/middleware.ts): the two run in the same
 * process but not in the same module graph, hence a key on globalThis.
 */
import { entrySections, PATH_SEGMENT } from './routes.ts';

/**
 * The folders of dist/ whose pages carry data-pagefind-body (entries and the
 * sequences of the path). Pagefind reads only these: parsing the lists and
 * taxonomy pages, which are never indexed, doubled the indexing time.
 */
export const INDEXED_FOLDERS: readonly string[] = [...entrySections, PATH_SEGMENT];

/** The file a page is written to, relative to dist/: `cas/x/` → `cas/x/index.html`. */
export const pageFile = (path: string) => `${path.replace(/^\/+/, '')}index.html`;

export const isIndexedFile = (file: string) => INDEXED_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) && file.endsWith('.html');

/** Takes the HTML of a page as it is rendered; set during a build only. */
export type PageCollector = (file: string, html: string) => void;

const KEY = Symbol.for('alliances:search-index-pages');

export const setPageCollector = (collector: PageCollector | undefined) => {
  (globalThis as { [KEY]?: PageCollector })[KEY] = collector;
};

export const pageCollector = (): PageCollector | undefined => (globalThis as { [KEY]?: PageCollector })[KEY];
