/**
 * Checks on the built site (dist/, made by `astro build` before the tests):
 * every internal link resolves, every entry has its page, content pages ship no JavaScript.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectionPath, taxonomyNames, taxonomySpec } from '../src/lib/collections.ts';
import { entrySections, entryUrl, sequenceUrl, taxonomyTermUrl } from '../src/lib/routes.ts';
import { DIST, htmlPages, ROOT, urlOf, walk } from './built-site.ts';

const CONTENT = join(ROOT, 'content');

/** Ids the way Astro's glob loader makes them: the path without extension, lowercase. */
const fileIds = (folder: string, extensions: RegExp) =>
  walk(join(CONTENT, folder))
    .filter((file) => extensions.test(file))
    .map((file) => relative(join(CONTENT, folder), file).split(sep).join('/').replace(extensions, '').toLowerCase());

const resolves = (url: string) => {
  const path = decodeURIComponent(new URL(url, 'https://site.test').pathname);
  const target = join(DIST, path);
  return existsSync(join(target, 'index.html')) || (existsSync(target) && statSync(target).isFile());
};

describe('the built site', () => {
  it('has pages', () => {
    expect(htmlPages.length).toBeGreaterThan(20);
  });

  it('has no internal link that leads nowhere', () => {
    const broken: string[] = [];
    for (const file of htmlPages) {
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
        if (!href!.startsWith('/') || href!.startsWith('//')) continue;
        if (!resolves(href!)) broken.push(`${urlOf(file)} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every case, testimony and pioneer its page', () => {
    const expected = [
      ...fileIds(collectionPath('cases'), /\.mdx?$/).map((id) => entryUrl('cases', id)),
      ...fileIds(collectionPath('testimonies'), /\.mdx?$/).map((id) => entryUrl('testimonies', id)),
      ...fileIds(collectionPath('pioneers'), /\.yaml$/).map((id) => entryUrl('pioneers', id)),
      ...fileIds(collectionPath('sequences'), /\.mdx?$/).map((id) => sequenceUrl(id)),
    ];
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((url) => !resolves(url))).toEqual([]);
  });

  it('gives every taxonomy term its page', () => {
    const expected = taxonomyNames.flatMap((taxonomy) => {
      const terms = parse(readFileSync(join(CONTENT, collectionPath(taxonomy)), 'utf8')) as { id: string }[];
      return terms.map((term) => taxonomyTermUrl(taxonomy, term.id));
    });
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.filter((url) => !resolves(url))).toEqual([]);
  });

  it('ships no JavaScript on content pages', () => {
    const sections = [...entrySections, ...taxonomyNames.map((name) => taxonomySpec(name).urlSegment)].map((segment) => `/${segment}/`);
    const contentPages = htmlPages.filter((file) => sections.some((section) => urlOf(file).startsWith(section)));
    expect(contentPages.length).toBeGreaterThan(20);
    // JSON-LD (<script type="application/ld+json">) is data for search engines: nothing runs.
    const withScripts = contentPages.filter((file) => /<script\b(?![^>]*type="application\/ld\+json")/i.test(readFileSync(file, 'utf8'))).map(urlOf);
    expect(withScripts).toEqual([]);
  });

  it('ships one script on the home page: the « Reprendre » link of the path, which reads the progress kept in the browser', () => {
    const home = readFileSync(htmlPages.find((file) => urlOf(file) === '/')!, 'utf8');
    expect(home.match(/<script\b/gi)).toHaveLength(1);
    expect(home).toContain('<resume-link');
  });

  it('loads nothing from another site', () => {
    const external: string[] = [];
    for (const file of htmlPages) {
      const html = readFileSync(file, 'utf8');
      // src= and <link href> load resources; plain <a href> to sources is fine.
      for (const [tag] of html.matchAll(/<(?:script|img|iframe|link|source|video|audio)\b[^>]*>/gi)) {
        if (/\s(?:src|href)="(?:https?:)?\/\//i.test(tag) && !/rel="canonical"/.test(tag)) external.push(`${urlOf(file)}: ${tag}`);
      }
    }
    expect(external).toEqual([]);
  });
});
