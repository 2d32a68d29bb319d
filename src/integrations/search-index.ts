/**
 * Builds the search index with every production build: Pagefind receives each
 * page as Astro renders it (src/middleware.ts), and indexes it in its own
 * process meanwhile; once dist/ is written, the pages Astro copied from its
 * cache instead of rendering them are read from disk, and Pagefind writes
 * dist/pagefind/. Any error of Pagefind stops the build, so a site never ships
 * with a broken or empty search.
 * (No index in `astro dev`: the search page says so; build first.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_FOLDERS, isIndexedFile, setPageCollector } from '../lib/search-index-pages.ts';

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

/** The HTML files of the indexed folders of dist/, relative to it. */
async function indexedFiles(site: string): Promise<string[]> {
  const found = await Promise.all(INDEXED_FOLDERS.map((folder) => readdir(join(site, folder), { recursive: true, withFileTypes: true }).catch(() => [])));
  return found.flat().filter((entry) => entry.isFile()).map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')).filter(isIndexedFile);
}

export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  /** Pages handed over while rendered, by file, with Pagefind's answer. */
  const collected = new Map<string, Promise<unknown>>();
  return {
    name: 'alliances:search-index',
    hooks: {
      'astro:build:start': async () => {
        index = assertNoErrors(await pagefind.createIndex(), 'creating the index').index;
        if (!index) throw new Error('Pagefind returned no index');
        const indexing = index;
        setPageCollector((file, content) => {
          collected.set(file, indexing.addHTMLFile({ sourcePath: file, content }).then((response) => assertNoErrors(response, `indexing ${file}`)));
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
            ...copied.map(async (file) => assertNoErrors(await indexing.addHTMLFile({ sourcePath: file, content: await readFile(join(site, file), 'utf8') }), `indexing ${file}`)),
          ]);
          assertNoErrors(await index.writeFiles({ outputPath }), `writing ${outputPath}`);
          const pages = await indexedPageCount(outputPath);
          // Only pages marked data-pagefind-body are indexed: none means the markers were lost.
          if (pages === 0) throw new Error('Pagefind indexed no page: no page carries data-pagefind-body');
          // What the index adds to the build once the pages are rendered (it began with the first one).
          const seconds = (performance.now() - started) / 1000;
          // bench.ts reads this line: keep its wording.
          logger.info(`${pages} pages indexed in ${seconds.toFixed(2)} s`);
        } finally {
          collected.clear();
          await pagefind.close();
        }
      },
    },
  };
}
