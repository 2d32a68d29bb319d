/**
 * Where the site is published is said in one place, src/lib/site-config.ts:
 * each placeholder value appears there and nowhere else, but in the .github
 * lines written from it (kept up to date); components and pages never write a
 * root-relative URL themselves, they ask src/lib/routes.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubFiles, withConfiguredLines } from '../src/lib/github-files.ts';
import { normalizeBase, repositoryUrl, siteConfig } from '../src/lib/site-config.ts';

const ROOT = join(import.meta.dirname, '..');
const CONFIG = 'src/lib/site-config.ts';
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const textOf = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const textFiles = tracked.filter((file) => /\.(ts|mjs|astro|md|mdx|ya?ml|json|css|html|svg|txt)$|CODEOWNERS$|\/run$/.test(file) && !file.endsWith('package-lock.json'));

describe('the site configuration', () => {
  it.each([
    ['the site address', new URL(siteConfig.origin).host],
    ['the repository', `${siteConfig.repository.owner}/${siteConfig.repository.name}`],
    ['the maintainers team', siteConfig.maintainers],
    ['the proposal label', siteConfig.proposalLabel],
  ])('writes %s in the configuration only (and in the .github lines written from it)', (_what, value) => {
    const holders = textFiles.filter((file) => file !== CONFIG && !githubFiles.includes(file) && textOf(file).includes(value));
    expect(holders).toEqual([]);
  });

  it.each(githubFiles)('%s is written from the configuration (otherwise run: npm run github-files)', (file) => {
    expect(withConfiguredLines(file, textOf(file))).toBe(textOf(file));
    expect(textOf(file)).toMatch(new RegExp(`${siteConfig.maintainers}|${repositoryUrl}|${siteConfig.proposalLabel}`));
  });

  it('normalises a base path to a leading and a trailing slash', () => {
    expect(['/', '', 'alliances', '/alliances', 'alliances/', '/reseau/alliances/'].map(normalizeBase)).toEqual(['/', '/', '/alliances/', '/alliances/', '/alliances/', '/reseau/alliances/']);
  });

  it('leaves no root-relative URL in components, pages, layouts or client code: they go through src/lib/routes.ts', () => {
    const code = tracked.filter((file) => /^src\/(components|pages|layouts|client)\/.*\.(astro|ts)$/.test(file));
    // A quote then a slash, not `//` (another site) nor `/>` (the end of a tag written in a string).
    const rootRelative = /(?:\b(?:href|src|action|srcset)=["']|["'`])\/(?![/>])[\w-]*/g;
    const found = code.flatMap((file) =>
      textOf(file)
        .split('\n')
        .flatMap((line, index) => [...line.matchAll(rootRelative)].filter((match) => !isRegexOrComment(line, match.index)).map((match) => `${file}:${index + 1}: ${match[0]}`)),
    );
    expect(found).toEqual([]);
  });
});

/** Regex literals (`/\s+/`), comments and split/replace arguments are not URLs. */
function isRegexOrComment(line: string, index: number): boolean {
  const before = line.slice(0, index);
  return /^\s*(\/\/|\*|\/\*)/.test(line) || /\/\/\s/.test(before) || /(split|replace|replaceAll|join|startsWith|endsWith|includes|indexOf|lastIndexOf)\($/.test(before.trimEnd());
}
