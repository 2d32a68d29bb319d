/**
 * The content as its files say it, read without Astro nor the content model:
 * what tests of the built site compare the site with, so that a mistake in the
 * site's own reading cannot hide itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { collectionPath, collectionRegistry, type CollectionName } from '../src/lib/collections.ts';

export const CONTENT = join(import.meta.dirname, '..', 'content');

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Every entry of a collection: its id (the path without extension, or the `id` of a list item) and its data as written. */
export function contentEntries<Data = Record<string, unknown>>(collection: CollectionName): { id: string; data: Data }[] {
  const { kind } = collectionRegistry[collection];
  const where = join(CONTENT, collectionPath(collection));
  if (kind === 'data-list') return (parse(readFileSync(where, 'utf8')) as (Data & { id: string })[]).map((data) => ({ id: data.id, data }));
  const extension = kind === 'pages' ? /\.mdx?$/ : /\.yaml$/;
  return walk(where)
    .filter((file) => extension.test(file))
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      return {
        id: relative(where, file).split(sep).join('/').replace(extension, '').toLowerCase(),
        data: parse(kind === 'pages' ? text.split(/^---$/m)[1]! : text) as Data,
      };
    });
}
