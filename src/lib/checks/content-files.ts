/**
 * Finds the content files of every collection, as the loaders of
 * src/content.config.ts see them: Markdown/MDX pages in their folder, one YAML
 * file per pioneer, one YAML list per taxonomy.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { collectionFolders, type CollectionName } from '../content-model.ts';

export const CONTENT_DIR = 'content';

/** A content file, read: `path` is repository-relative with forward slashes. */
export interface ContentFile {
  path: string;
  collection: CollectionName;
  text: string;
}

const collections = Object.keys(collectionFolders) as CollectionName[];

/** Taxonomies are lists in one YAML file; every other collection is a folder with a file per entry. */
export const isTaxonomyCollection = (collection: CollectionName): boolean => collectionFolders[collection].endsWith('.yaml');

const entryExtensions = (collection: CollectionName): readonly string[] =>
  collection === 'pioneers' ? ['.yaml'] : ['.md', '.mdx'];

/** The collection a repository-relative path belongs to, or undefined for a file no loader reads. */
export function collectionOfPath(path: string): CollectionName | undefined {
  return collections.find((collection) => {
    const folder = `${CONTENT_DIR}/${collectionFolders[collection]}`;
    if (isTaxonomyCollection(collection)) return path === folder;
    return path.startsWith(`${folder}/`) && entryExtensions(collection).includes(extname(path));
  });
}

/** The path of an entry inside its collection folder, without extension: `module-3/ouverture` for a sequence. */
export const pathInCollection = (path: string, collection: CollectionName): string =>
  path.slice(`${CONTENT_DIR}/${collectionFolders[collection]}/`.length, -extname(path).length);

/**
 * The id Astro's glob loader gives an entry: its path in the folder, lowercased
 * (the loader slugifies each segment; names that are not already slugs are
 * reported by the file-name rule).
 */
export const entryIdOfPath = (path: string, collection: CollectionName): string =>
  pathInCollection(path, collection).toLowerCase();

/** Reads every content file under `<root>/content`, concurrently, sorted by path. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const entries = await readdir(join(root, CONTENT_DIR), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .flatMap((path) => {
      const collection = collectionOfPath(path);
      return collection ? [{ path, collection }] : [];
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return Promise.all(files.map(async (file) => ({ ...file, text: await readFile(join(root, file.path), 'utf8') })));
}
