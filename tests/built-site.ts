/** The built site (dist/, made by `astro build` before the tests), as the tests of the built pages read it. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

export const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Every HTML page of dist/, as file paths. */
export const htmlPages = walk(DIST).filter((file) => file.endsWith('.html'));

/** The URL a file of dist/ is served at: dist/cas/x/index.html → /cas/x/ */
export const urlOf = (file: string) => '/' + relative(DIST, file).split(sep).join('/').replace(/index\.html$/, '');
