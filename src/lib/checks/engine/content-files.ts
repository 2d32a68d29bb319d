/**
 * Finds the content files of every collection, as the loaders of
 * src/content.config.ts see them: Markdown/MDX pages in their folder, one YAML
 * file per pioneer, one YAML list per taxonomy.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { collectionNames, collectionPath, collectionRegistry, type CollectionName } from '../../collections.ts';
import { FILE_CONCURRENCY, mapLimited } from '../../map-limited.ts';

export const CONTENT_DIR = 'content';

/** A content file, read: `path` is repository-relative with forward slashes. */
export interface ContentFile {
  path: string;
  collection: CollectionName;
  text: string;
}

/** Taxonomies are lists in one YAML file; every other collection is a folder with a file per entry. */
export const isTaxonomyCollection = (collection: CollectionName): boolean => collectionRegistry[collection].kind === 'data-list';

const entryExtensions = (collection: CollectionName): readonly string[] =>
  collectionRegistry[collection].kind === 'data-files' ? ['.yaml'] : ['.md', '.mdx'];

/**
 * The collection a repository-relative path belongs to, or undefined for a
 * file no loader reads: Astro's glob is case-sensitive and skips names that
 * start with a dot.
 */
export function collectionOfPath(path: string): CollectionName | undefined {
  if (path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  return collectionNames.find((collection) => {
    const folder = `${CONTENT_DIR}/${collectionPath(collection)}`;
    if (isTaxonomyCollection(collection)) return path === folder;
    return path.startsWith(`${folder}/`) && entryExtensions(collection).includes(extname(path));
  });
}

/** The path of an entry inside its collection folder, without extension: `module-3/ouverture` for a sequence. */
export const pathInCollection = (path: string, collection: CollectionName): string =>
  path.slice(`${CONTENT_DIR}/${collectionPath(collection)}/`.length, -extname(path).length);

/**
 * The id Astro's glob loader gives an entry: its path in the folder, lowercased
 * (the loader slugifies each segment; names that are not already slugs are
 * reported by the file-name rule).
 */
export const entryIdOfPath = (path: string, collection: CollectionName): string =>
  pathInCollection(path, collection).toLowerCase();

/** A file under content/ that no collection reads, so the site would silently leave it out. */
export interface UnreadFile {
  path: string;
  /** A symbolic link: Astro would follow it to a file the checker never sees. */
  isLink: boolean;
}

export interface ContentTree {
  files: ContentFile[];
  unread: UnreadFile[];
}

/** Reads every content file under `<root>/content`, a few at a time, sorted by path, and lists the files no collection reads. */
export async function readContentTree(root: string): Promise<ContentTree> {
  const entries = await readdir(join(root, CONTENT_DIR), { recursive: true, withFileTypes: true });
  const found = entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => ({ path: relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'), isLink: entry.isSymbolicLink() }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const toRead: Omit<ContentFile, 'text'>[] = [];
  const unread: UnreadFile[] = [];
  for (const file of found) {
    const collection = file.isLink ? undefined : collectionOfPath(file.path);
    if (collection) toRead.push({ path: file.path, collection });
    else unread.push(file);
  }
  const files = await mapLimited(toRead, FILE_CONCURRENCY, async (file) => ({ ...file, text: await readFile(join(root, file.path), 'utf8') }));
  return { files, unread };
}

/** The content files alone, for the tools that only read entries. */
export const readContentFiles = async (root: string): Promise<ContentFile[]> => (await readContentTree(root)).files;
