/**
 * What the built site (dist/) tells feed readers and search engines: the RSS
 * feed and the sitemap are well-formed XML whose every address exists in
 * dist/, robots.txt names the sitemap, each JSON-LD block parses and has
 * the properties its schema.org type requires, and each case and testimony
 * has its preview image.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { entryUrl, feedUrl, sitemapUrl, staticPaths } from '../src/lib/routes.ts';
import { contentEntries } from './content-files.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const read = (url: string) => readFileSync(join(DIST, url), 'utf8');
const pathOf = (address: string) => decodeURIComponent(new URL(address).pathname);
const exists = (path: string) => existsSync(join(DIST, path, 'index.html')) || (existsSync(join(DIST, path)) && statSync(join(DIST, path)).isFile());
const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const htmlPages = walk(DIST).filter((file) => file.endsWith('.html')).map((file) => '/' + relative(DIST, file).split(sep).join('/').replace(/index\.html$/, ''));
const xml = (text: string) => {
  expect(XMLValidator.validate(text)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) }).parse(text);
};

describe('the RSS feed', () => {
  const feed = xml(read(feedUrl)).rss.channel;
  const items = feed.item as { title: string; link: string; pubDate: string; description: string }[];

  it('has an item for every case and testimony, each leading to its page in dist/', () => {
    const expected = [...contentEntries('cases').map((entry) => entryUrl('cases', entry.id)), ...contentEntries('testimonies').map((entry) => entryUrl('testimonies', entry.id))];
    expect(items.map((item) => pathOf(item.link)).sort()).toEqual(expected.sort());
    expect(items.filter((item) => !exists(pathOf(item.link))).map((item) => item.link)).toEqual([]);
  });

  it('dates every item, newest first, and names itself', () => {
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(pathOf(feed['atom:link']['@_href'])).toBe(feedUrl);
    expect(feed.language).toBe('fr-fr');
  });

  it('says in its title when an item is an invented example', () => {
    const fictional = contentEntries<{ illustrative: boolean }>('cases').filter((entry) => entry.data.illustrative).map((entry) => entryUrl('cases', entry.id));
    for (const item of items.filter((item) => fictional.includes(pathOf(item.link)))) expect(item.title).toMatch(/\(exemple fictif\)$/);
  });
});

describe('the sitemap and robots.txt', () => {
  const locations = (xml(read(sitemapUrl)).sitemapindex.sitemap as { loc: string }[]).flatMap((sitemap) => {
    expect(exists(pathOf(sitemap.loc)), sitemap.loc).toBe(true);
    return (xml(read(pathOf(sitemap.loc))).urlset.url as { loc: string }[]).map((url) => pathOf(url.loc));
  });

  it('lists every page of dist/ but the 404, and only pages that exist', () => {
    expect(locations.filter((path) => !exists(path))).toEqual([]);
    expect(htmlPages.filter((path) => path !== '/404.html' && !locations.includes(path))).toEqual([]);
    expect(locations).toContain(staticPaths.panorama);
  });

  it('is named by robots.txt', () => {
    const line = read('/robots.txt').split('\n').find((text) => text.startsWith('Sitemap: '));
    expect(pathOf(line!.slice('Sitemap: '.length))).toBe(sitemapUrl);
  });
});

describe('the JSON-LD of the pages', () => {
  const blocksOf = (path: string) =>
    [...read(join(path, 'index.html')).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, text]) => JSON.parse(text!) as Record<string, unknown>);
  /** What each type needs for search engines to use it (schema.org, and Google's rich results for Article and Course). */
  const required: Record<string, string[]> = {
    Article: ['headline', 'description', 'url', 'datePublished', 'dateModified', 'author', 'publisher'],
    Organization: ['name', 'url', 'description'],
    Course: ['name', 'description', 'provider'],
  };

  it('parses on every page, with the properties its type requires', () => {
    let count = 0;
    for (const path of htmlPages.filter((page) => page.endsWith('/'))) {
      for (const block of blocksOf(path)) {
        count += 1;
        expect(block['@context'], path).toBe('https://schema.org');
        const type = String(block['@type']);
        expect(Object.keys(required), `${path}: ${type}`).toContain(type);
        for (const property of required[type]!) expect(block[property], `${path}: ${type}.${property}`).toBeTruthy();
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('describes every real case as an Article and every real pioneer as an Organization, and no invented entry at all', () => {
    for (const [collection, type] of [['cases', 'Article'], ['pioneers', 'Organization']] as const) {
      for (const { id, data } of contentEntries<{ illustrative: boolean }>(collection)) {
        expect(blocksOf(entryUrl(collection, id)).map((block) => block['@type']), id).toEqual(data.illustrative ? [] : [type]);
      }
    }
    expect(blocksOf(staticPaths.path).map((block) => block['@type'])).toEqual(['Course']);
  });
});

describe('the link previews', () => {
  const meta = (html: string, property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];

  it('give every case and testimony its own 1200 × 630 PNG, and every page its title and description', () => {
    for (const [collection, entries] of [['cases', contentEntries('cases')], ['testimonies', contentEntries('testimonies')]] as const) {
      for (const { id } of entries) {
        const html = read(join(entryUrl(collection, id), 'index.html'));
        expect(meta(html, 'og:title'), id).toBeTruthy();
        expect(meta(html, 'og:type'), id).toBe('article');
        const image = readFileSync(join(DIST, pathOf(meta(html, 'og:image')!)));
        // A PNG starts with its signature, then the IHDR chunk: width and height as 32-bit integers.
        expect(image.subarray(1, 4).toString('latin1'), id).toBe('PNG');
        expect([image.readUInt32BE(16), image.readUInt32BE(20)], id).toEqual([1200, 630]);
      }
    }
    expect(meta(read('/index.html'), 'og:description')).toBeTruthy();
  });
});
