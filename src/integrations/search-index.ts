/**
 * Builds the search index with every production build: Pagefind receives each
 * page as Astro renders it (src/middleware.ts), through a thread of its own
 * (src/lib/search-index-worker.ts), and indexes it in its own process
 * meanwhile; once dist/ is written, the pages Astro copied from its
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
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';
import { INDEXED_FOLDERS, isIndexedFile, pagePath, readPageRecord, setPageCollector, type PageRecord } from '../lib/search-index-pages.ts';
import type { IndexerAnswer, IndexerRequest } from '../lib/search-index-worker.ts';
import { SEARCH_TABLE_FILE } from '../lib/routes.ts';
import { encodeSearchTable } from '../lib/search-table.ts';
import { workerAnswer } from '../lib/worker-answer.ts';

const INDEXER = new URL('../lib/search-index-worker.ts', import.meta.url);

/** How many pages made it into the index: Pagefind writes it per language in its entry file. */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
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

/** The indexing thread (src/lib/search-index-worker.ts): pages go in as they come; `write` resolves once the index is on disk. */
function startIndexer() {
  const worker = new Worker(INDEXER);
  const answer = workerAnswer<IndexerAnswer>(worker, 'the search indexer');
  const send = (request: IndexerRequest) => worker.postMessage(request);
  return {
    add: (file: string, html: string) => send({ kind: 'add', file, html }),
    write: async (outputPath: string) => {
      send({ kind: 'write', outputPath });
      const { errors } = await answer;
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
    stop: () => worker.terminate(),
  };
}

export function searchIndex(): AstroIntegration {
  let indexer: ReturnType<typeof startIndexer> | undefined;
  /** Pages handed over while rendered, by file. */
  const collected = new Set<string>();
  /** The search record of every indexed page, by file. */
  const records = new Map<string, PageRecord>();
  const collect = (file: string, html: string) => {
    collected.add(file);
    indexer!.add(file, html);
    const record = readPageRecord(html);
    if (record) records.set(file, record);
  };
  return {
    name: 'alliances:search-index',
    hooks: {
      'astro:build:start': () => {
        records.clear();
        collected.clear();
        indexer = startIndexer();
        setPageCollector(collect);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const started = performance.now();
        setPageCollector(undefined);
        try {
          if (!indexer) throw new Error('the search index was not started with the build');
          // The pages Astro copied from its cache were not rendered, so not handed over: read from dist/.
          const copied = (await indexedFiles(site)).filter((file) => !collected.has(file));
          await mapLimited(copied, FILE_CONCURRENCY, async (file) => collect(file, await readFile(join(site, file), 'utf8')));
          await indexer.write(outputPath);
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
          await indexer?.stop();
        }
      },
    },
  };
}
