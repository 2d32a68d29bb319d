/**
 * The site under a sub-path, as GitHub Pages serves a project site
 * (`<owner>.github.io/<repo>/`): a copy is built with PUBLIC_SITE_BASE and
 * every page of it is crawled. Every URL a page asks for (links, the favicon,
 * styles, scripts, the search bundle, the forms' actions) stays under the base
 * path and exists in the build; content links written from the root (`/cas/…`)
 * moved under it; the canonical URLs carry the configured origin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from './support/site-copy.ts';

const BASE = '/alliances/';
const ORIGIN = 'https://reseau.example.net';

let site: SiteCopy;
let pages: { path: string; html: string }[] = [];

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

beforeAll(async () => {
  site = await copySite('base-path');
  const build = site.build({ PUBLIC_SITE_BASE: BASE, PUBLIC_SITE_ORIGIN: ORIGIN });
  if (build.status !== 0) throw new Error(build.output);
  pages = walk(site.dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: relative(site.dist, file).split(sep).join('/'), html: readFileSync(file, 'utf8') }));
}, 250_000);
afterAll(() => site?.remove());

/** Every URL a page asks for or links to, as written in its HTML. */
const urlsOf = (html: string) =>
  [...html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&')).filter((url) => url.startsWith('/') || url.startsWith(ORIGIN));

/** The file of dist/ that a site URL names, or undefined. */
function fileOf(url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, ORIGIN).pathname);
  if (!path.startsWith(BASE)) return undefined;
  const file = join(site.dist, path.slice(BASE.length));
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

describe('the site built under a base path', () => {
  it('has pages, the 404 page among them', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.map((page) => page.path)).toContain('404.html');
  });

  it('asks for nothing outside the base path, and everything it asks for exists', () => {
    const broken = pages.flatMap((page) => urlsOf(page.html).filter((url) => !url.startsWith('//') && fileOf(url) === undefined).map((url) => `${page.path}: ${url}`));
    expect(broken).toEqual([]);
  });

  it('moves content links written from the root under the base path', () => {
    const page = pages.find((candidate) => candidate.path === 'cas/agir-ensemble-charenton-saint-maurice/index.html')!;
    expect(page.html).toContain(`href="${BASE}contribuer/"`);
  });

  it('gives canonical URLs the configured origin and base path', () => {
    const page = pages.find((candidate) => candidate.path === 'cas/index.html')!;
    expect(page.html).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}cas/">`);
  });

  it('loads the search bundle from under the base path', () => {
    // The search page names the bundle its script loads (data-pagefind), as routes.ts writes it.
    const page = pages.find((candidate) => candidate.path === 'recherche/index.html')!;
    const bundle = /\sdata-pagefind="([^"]*)"/.exec(page.html)?.[1];
    expect(bundle).toBe(`${BASE}pagefind/pagefind.js`);
    expect(fileOf(bundle!)).toBeDefined();
  });
});
