/**
 * The loader of the collections whose entries are Markdown or MDX pages
 * (cases, testimonies, modules, sequences): like Astro's glob loader, it reads
 * each file's frontmatter, validates it with the collection's schema and keys
 * it by the same id; unlike it, it stores no text. The page renders the body
 * from its file (src/lib/page-body.ts).
 *
 * Why: Astro hands the whole store to the pages as one JavaScript module
 * holding it as a string, and V8 compiles a long string in superlinear time
 * (11 MB: 0.9 s, 22 MB: 2.3 s, 44 MB: 13 s, 88 MB: 38 s). With every page's
 * HTML in it, the store of 5,000 cases weighs some 70 MB; without, a tenth.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug } from 'github-slugger';
import { FILE_CONCURRENCY, mapLimited } from './map-limited.ts';

/** The page formats Astro reads: Markdown, and MDX rendered by src/lib/mdx-render.ts. */
export const PAGE_EXTENSIONS = ['.md', '.mdx'] as const;

const isPage = (path: string) => (PAGE_EXTENSIONS as readonly string[]).includes(extname(path)) && !path.split('/').some((segment) => segment.startsWith('.'));

/** The id Astro's glob loader gives a file: each segment of its path slugified, extension and a final /index dropped. */
export const pageId = (pathInFolder: string): string =>
  pathInFolder.slice(0, -extname(pathInFolder).length).split('/').map((segment) => slug(segment)).join('/').replace(/\/index$/, '');

/** `base`: the folder of the collection, relative to the project root. */
export function pageFiles({ base }: { base: string }): Loader {
  return {
    name: 'alliances:page-files',
    async load({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const folder = join(root, base);
      const toPosix = (path: string) => path.split(sep).join('/');
      /** Which entry each file gave, to delete it when the file goes. */
      const idOfFile = new Map<string, string>();

      async function sync(file: string) {
        const contents = await readFile(file, 'utf8');
        const id = pageId(toPosix(relative(folder, file)));
        idOfFile.set(file, id);
        const digest = generateDigest(contents);
        // Unchanged since the last sync (the store persists between builds): nothing to parse again.
        if (store.get(id)?.digest === digest) return id;
        const { frontmatter } = parseFrontmatter(contents, { frontmatter: 'remove' });
        const filePath = toPosix(relative(root, file));
        store.set({ id, data: await parseData({ id, data: frontmatter, filePath: file }), filePath, digest });
        return id;
      }

      const files = (await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []))
        .filter((entry) => entry.isFile() || entry.isSymbolicLink())
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((file) => isPage(toPosix(relative(folder, file))));
      const synced = new Set(await mapLimited(files, FILE_CONCURRENCY, sync));
      for (const id of store.keys()) if (!synced.has(id)) store.delete(id);

      // `astro dev`: follow the folder as the glob loader does.
      if (!watcher) return;
      watcher.add(folder);
      const onChange = async (file: string) => {
        if (!file.startsWith(folder + sep) || !isPage(toPosix(relative(folder, file)))) return;
        try {
          await sync(file);
          logger.info(`Reloaded data from ${toPosix(relative(root, file))}`);
        } catch (error) {
          logger.error(`Failed to reload ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (file) => {
        const id = idOfFile.get(file);
        if (id === undefined) return;
        store.delete(id);
        idOfFile.delete(file);
      });
    },
  };
}
