/**
 * Builds the search index with every production build: once Astro has written
 * dist/, Pagefind indexes its HTML and writes dist/pagefind/. Any error of
 * Pagefind stops the build, so a site never ships with a broken or empty search.
 * (No index in `astro dev`: the search page says so; build first.)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { entrySections, PATH_SEGMENT } from '../lib/routes.ts';

/**
 * The folders of dist/ whose pages carry data-pagefind-body (entries and the
 * sequences of the path). Pagefind reads only these: parsing the lists and
 * taxonomy pages, which are never indexed, doubled the indexing time.
 */
const INDEXED_FOLDERS = [...entrySections, PATH_SEGMENT];

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

export function searchIndex(): AstroIntegration {
  return {
    name: 'alliances:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const started = performance.now();
        try {
          const { index } = assertNoErrors(await pagefind.createIndex(), 'creating the index');
          if (!index) throw new Error('Pagefind returned no index');
          assertNoErrors(await index.addDirectory({ path: site, glob: `{${INDEXED_FOLDERS.join(',')}}/**/*.html` }), `indexing ${site}`);
          assertNoErrors(await index.writeFiles({ outputPath }), `writing ${outputPath}`);
          const pages = await indexedPageCount(outputPath);
          // Only pages marked data-pagefind-body are indexed: none means the markers were lost.
          if (pages === 0) throw new Error('Pagefind indexed no page: no page carries data-pagefind-body');
          const seconds = (performance.now() - started) / 1000;
          // bench.ts reads this line: keep its wording.
          logger.info(`${pages} pages indexed in ${seconds.toFixed(2)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
