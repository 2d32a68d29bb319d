/**
 * Pagefind's indexing on a thread of its own (src/integrations/search-index.ts
 * starts it with the build): the rendering thread only posts each page's HTML
 * here, a copy of a string. Cutting the page to what Pagefind reads, encoding
 * it for Pagefind's process and writing it down the pipe took about a second
 * of that thread at 1,000 cases, in a CPU profile. Node runs this file as it
 * is (its TypeScript is only type annotations).
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexedPart, SEARCH_EXCLUDED_SELECTORS } from './search-index-pages.ts';

/** A page to index, or the order to write the index once every page was sent. */
export type IndexerRequest = { kind: 'add'; file: string; html: string } | { kind: 'write'; outputPath: string };

/** Every error Pagefind answered, with what it was doing; none when the index was written. */
export interface IndexerAnswer {
  errors: string[];
}

const errors: string[] = [];
/** Pagefind answers `{ errors }` instead of throwing: keep them, with the step. */
const keepErrors = <T extends { errors: string[] }>(response: T, step: string): T => {
  if (response.errors.length > 0) errors.push(`Pagefind failed while ${step}:\n${response.errors.join('\n')}`);
  return response;
};

const index = pagefind.createIndex({ excludeSelectors: [...SEARCH_EXCLUDED_SELECTORS] }).then((response) => keepErrors(response, 'creating the index').index);
const adding: Promise<unknown>[] = [];

parentPort!.on('message', async (request: IndexerRequest) => {
  if (request.kind === 'add') {
    adding.push(index.then((created) => created?.addHTMLFile({ sourcePath: request.file, content: indexedPart(request.html) }).then((response) => keepErrors(response, `indexing ${request.file}`))));
    return;
  }
  const created = await index;
  await Promise.all(adding);
  if (!created) errors.push('Pagefind returned no index');
  else if (errors.length === 0) keepErrors(await created.writeFiles({ outputPath: request.outputPath }), `writing ${request.outputPath}`);
  await pagefind.close();
  parentPort!.postMessage({ errors } satisfies IndexerAnswer);
});
