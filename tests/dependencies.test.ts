/**
 * Every package the code imports (site, scripts, tests, configuration) is
 * declared in package.json, so `npm ci` installs it even when no other
 * package happens to bring it along.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['src', 'scripts', 'tests'];
const CODE = /[^/]\.(?:ts|mjs|astro)$/;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** `astro/zod` → `astro`, `@astrojs/mdx/x` → `@astrojs/mdx`; relative paths, node: and astro: modules are not packages. */
const packageOf = (specifier: string) => {
  if (/^(?:\.|\/|node:|astro:)/.test(specifier)) return undefined;
  const [first = '', second = ''] = specifier.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
};

/** Module specifiers of the import and export statements of a file (not those quoted in strings). */
const importsOf = (text: string) =>
  [...text.matchAll(/^\s*(?:import|export)\b[^;'"`]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map((match) => (match[1] ?? match[2])!);

it('declares every package imported by the site, the scripts and the tests', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
  const files = [...FOLDERS.flatMap((folder) => walk(join(ROOT, folder))), ...readdirSync(ROOT).map((name) => join(ROOT, name))].filter((file) =>
    CODE.test(file),
  );
  const undeclared = files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).flatMap((specifier) => {
      const name = packageOf(specifier);
      // A package without types of its own is declared through @types/<name>.
      return name === undefined || declared.has(name) || declared.has(`@types/${name}`) ? [] : [`${relative(ROOT, file)}: ${name}`];
    }),
  );
  expect(files.length).toBeGreaterThan(50);
  expect(undeclared).toEqual([]);
});
