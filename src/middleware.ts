/**
 * During a build, hands each page the search indexes to Pagefind as soon as it
 * is rendered (src/lib/search-index-pages.ts): Pagefind, a process of its own,
 * indexes while Astro renders the next pages, instead of after the last one.
 * Outside a build, and for every other page, it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { isIndexedFile, pageCollector, pageFile } from './lib/search-index-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collect = pageCollector();
  const file = pageFile(context.url.pathname.slice(import.meta.env.BASE_URL.length - 1));
  if (collect && response.status === 200 && isIndexedFile(file)) collect(file, await response.clone().text());
  return response;
});
