/**
 * Builds the search index with every production build: Pagefind receives each
 * page as Astro renders it (src/middleware.ts), and indexes it in its own
 * process meanwhile; once dist/ is written, the pages Astro copied from its
 * cache instead of rendering them are read from disk, and Pagefind writes
 * dist/pagefind/. Beside it goes the search table (src/lib/search-table.ts):
 * each page's facets and year, keyed by the id Pagefind gave the page. Any
 * error of Pagefind, any page without its record, stops the build, so a site
 * never ships with a broken or empty search.
 * (No index in `astro dev`: the search page says so; build first.)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_FOLDERS, indexedPart, isIndexedFile, pagePath, readPageRecord, SEARCH_EXCLUDED_SELECTORS, setPageCollector, type PageRecord } from '../lib/search-index-pages.ts';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';
import { SEARCH_TABLE_FILE } from '../lib/routes.ts';
import { encodeSearchTable } from '../lib/search-table.ts';

/** How many pages made it into the index: Pagefind writes it per language in its entry file. */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Pagefind answers `{ errors }` instead of throwing: turn them into a build failure. */
function assertNoErrors<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.join('\n')}`);
  }
  return response;
}

/** What starts each of Pagefind's files once unzipped (pagefind.js checks it the same way). */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The URL of each page Pagefind indexed, by the id its results carry: the name of its
 * fragment (dist/pagefind/fragment/<id>.pf_fragment, gzipped JSON behind a signature).
 */
async function indexedUrls(outputPath: string): Promise<Map<string, string>> {
  const folder = join(outputPath, 'fragment');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
  return new Map(await mapLimited(names, FILE_CONCURRENCY, async (name) => {
    const unzipped = gunzipSync(await readFile(join(folder, name))).toString('utf8');
    if (!unzipped.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment of one page (maxFragments bundles them: leave it unset)`);
    const { url } = JSON.parse(unzipped.slice(PAGEFIND_SIGNATURE.length)) as { url: string };
    return [name.slice(0, -'.pf_fragment'.length), url] as const;
  }));
}

/** Each indexed page's record, keyed by the URL Pagefind gives it, in the search table's format. */
async function writeSearchTable(site: string, outputPath: string, records: Map<string, PageRecord>) {
  const byUrl = new Map([...records].map(([file, record]) => [pagePath(file), record]));
  const entries = [...(await indexedUrls(outputPath))].map(([id, url]) => {
    const record = byUrl.get(url);
    if (!record) throw new Error(`${url} is in the search index but carries no search record (SearchFacets.astro)`);
    return { id, ...record };
  });
  await writeFile(join(site, SEARCH_TABLE_FILE), JSON.stringify(encodeSearchTable(entries)));
  return entries.length;
}

/** The HTML files of the indexed folders of dist/, relative to it. */
async function indexedFiles(site: string): Promise<string[]> {
  const found = await Promise.all(INDEXED_FOLDERS.map((folder) => readdir(join(site, folder), { recursive: true, withFileTypes: true }).catch(() => [])));
  return found.flat().filter((entry) => entry.isFile()).map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')).filter(isIndexedFile);
}

export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  /** Pages handed over while rendered, by file, with Pagefind's answer. */
  const collected = new Map<string, Promise<unknown>>();
  /** The search record of every indexed page, by file. */
  const records = new Map<string, PageRecord>();
  const keepRecord = (file: string, html: string) => {
    const record = readPageRecord(html);
    if (record) records.set(file, record);
  };
  return {
    name: 'alliances:search-index',
    hooks: {
      'astro:build:start': async () => {
        records.clear();
        index = assertNoErrors(await pagefind.createIndex({ excludeSelectors: [...SEARCH_EXCLUDED_SELECTORS] }), 'creating the index').index;
        if (!index) throw new Error('Pagefind returned no index');
        const indexing = index;
        setPageCollector((file, content) => {
          collected.set(file, indexing.addHTMLFile({ sourcePath: file, content: indexedPart(content) }).then((response) => assertNoErrors(response, `indexing ${file}`)));
          keepRecord(file, content);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const started = performance.now();
        setPageCollector(undefined);
        try {
          if (!index) throw new Error('the search index was not created at the start of the build');
          const indexing = index;
          // The pages Astro copied from its cache were not rendered, so not handed over: read from dist/.
          const copied = (await indexedFiles(site)).filter((file) => !collected.has(file));
          await Promise.all([
            ...collected.values(),
            mapLimited(copied, FILE_CONCURRENCY, async (file) => {
              const content = await readFile(join(site, file), 'utf8');
              keepRecord(file, content);
              assertNoErrors(await indexing.addHTMLFile({ sourcePath: file, content: indexedPart(content) }), `indexing ${file}`);
            }),
          ]);
          assertNoErrors(await index.writeFiles({ outputPath }), `writing ${outputPath}`);
          const pages = await indexedPageCount(outputPath);
          // Only pages marked data-pagefind-body are indexed: none means the markers were lost.
          if (pages === 0) throw new Error('Pagefind indexed no page: no page carries data-pagefind-body');
          const rows = await writeSearchTable(site, outputPath, records);
          if (rows !== pages) throw new Error(`the search table has ${rows} rows for ${pages} indexed pages`);
          // What the index adds to the build once the pages are rendered (it began with the first one).
          const seconds = (performance.now() - started) / 1000;
          // bench.ts reads this line: keep its wording.
          logger.info(`${pages} pages indexed in ${seconds.toFixed(2)} s`);
        } finally {
          collected.clear();
          records.clear();
          await pagefind.close();
        }
      },
    },
  };
}
