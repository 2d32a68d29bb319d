/**
 * Given the built index, with the ranking the search page uses: a
 * practitioner's usual French queries (tests/search/relevance-queries.json)
 * find the pages they expect in the first three results; French plurals and
 * missing accents still match; only the main content of pages is indexed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-query.ts';
import { SEARCH_EXCLUDED_SELECTORS } from '../../src/lib/search-index-pages.ts';
import { DIST, launchBrowser, serveDist, type BrowserSession } from '../../scripts/lib/browser.ts';

interface RelevanceQuery { query: string; expected: string[] }

/** Every file under content/, to tell what the content itself writes from what rendering made. */
const contentFiles = (dir = join(import.meta.dirname, '..', '..', 'content')): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? contentFiles(join(dir, name)) : [join(dir, name)]));
const queries: RelevanceQuery[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'search', 'relevance-queries.json'), 'utf8'));

let site: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  site = await serveDist();
  session = await launchBrowser();
  page = await session.context.newPage();
  await page.goto(`${site.url}/recherche/`);
  // Evaluated as text, so that the test runner does not rewrite the dynamic import, and through the
  // debugging protocol: the page's Content-Security-Policy refuses an inline <script>.
  await page.evaluate(`import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)}); window.pagefindReady = pagefind; })`);
  await page.waitForFunction(() => 'pagefindReady' in window);
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** URLs of the results of a query, best first. */
const resultUrls = (query: string, limit = Infinity) =>
  page.evaluate(async ({ query, limit }) => {
    // @ts-expect-error set by the module script above
    const search = await window.pagefindReady.search(query);
    const results = search.results.slice(0, limit) as { data: () => Promise<{ url: string }> }[];
    return Promise.all(results.map(async (result) => (await result.data()).url));
  }, { query, limit });

/** What Pagefind holds of every page of the index (a search without words finds them all). */
const indexedPageData = (): Promise<{ url: string; content: string; anchors: { text: string }[] }[]> =>
  page.evaluate(async () => {
    // @ts-expect-error set by the module script above
    const all = await window.pagefindReady.search(null);
    return Promise.all(all.results.map((result: { data: () => Promise<unknown> }) => result.data()));
  });

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** The text Pagefind indexes on every page of the site: data-pagefind-body minus data-pagefind-ignore and the selectors the build excludes. */
async function indexedTexts(): Promise<Map<string, string>> {
  const urls = walk(DIST).filter((file) => file.endsWith('.html')).map((file) => `/${relative(DIST, file).split(sep).join('/').replace(/index\.html$/, '')}`);
  const excluded = ['[data-pagefind-ignore]', ...SEARCH_EXCLUDED_SELECTORS].join(', ');
  const texts: [string, string | null][] = await page.evaluate(async ({ urls, excluded }) => Promise.all(urls.map(async (url) => {
    const html = await (await fetch(url)).text();
    const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
    body?.querySelectorAll(excluded).forEach((ignored) => ignored.remove());
    return [url, body?.textContent ?? null] as [string, string | null];
  })), { urls, excluded });
  return new Map(texts.filter((entry): entry is [string, string] => entry[1] !== null));
}

describe('a practitioner searching in French', () => {
  it.each(queries)('finds what « $query » is about in the first three results', async ({ query, expected }) => {
    const top = await resultUrls(query, 3);
    for (const url of expected) expect(top, `top 3 for « ${query} »`).toContain(url);
  });

  it('finds with « territoires » the pages that only say « territoire », and with « strategie » those that say « stratégie »', async () => {
    const texts = [...(await indexedTexts()).entries()];
    const only = (word: RegExp, not: RegExp) => texts.filter(([, text]) => word.test(text) && !not.test(text)).map(([url]) => url);

    const singular = only(/\bterritoire\b/i, /\bterritoires\b/i);
    expect(singular.length).toBeGreaterThan(0);
    expect(await resultUrls('territoires')).toEqual(expect.arrayContaining(singular));

    const accented = only(/stratégie/i, /strategie/i);
    expect(accented.length).toBeGreaterThan(0);
    expect(await resultUrls('strategie')).toEqual(expect.arrayContaining(accented));
  });
});

describe('the index', () => {
  it('holds the main content of pages only, never their header or footer', async () => {
    const footerSentence = 'Aucun traceur, aucune ressource chargée depuis un autre site';
    expect(readFileSync(join(DIST, 'index.html'), 'utf8').match(/<footer[\s\S]*?<\/footer>/)?.[0]).toContain(footerSentence);
    expect(await resultUrls(footerSentence)).toEqual([]);
  });

  it('reads the words of neighbouring elements apart (« Territoire » and « Bretagne », not « TerritoireBretagne »)', async () => {
    const glued = (await indexedPageData()).flatMap((data) => [...data.content.matchAll(/\S*[a-zà-ÿ][A-ZÀ-Ý]\S*/g)].map((match) => `${data.url}: ${match[0]}`));
    // Names written so in the content (« AgroParisTech », « VitaWin ») are not glued words.
    const written = new Set(contentFiles().flatMap((file) => readFileSync(file, 'utf8').match(/\S*[a-zà-ÿ][A-ZÀ-Ý]\S*/g) ?? []));
    expect(glued.filter((found) => !written.has(found.slice(found.indexOf(': ') + 2)))).toEqual([]);
  });

  it('leaves out the labels every fact list repeats, and keeps their values', async () => {
    const cases = (await indexedPageData()).filter(({ url }) => url.startsWith('/cas/'));
    expect(cases.length).toBeGreaterThan(0);
    for (const { url, content } of cases) {
      expect(content, url).not.toContain('Stade atteint');
      expect(content, url).not.toContain('Membres de l’alliance, leur type et leur rôle');
    }
    // The values stay: every case names its stage, one of these.
    expect(cases.every(({ content }) => /Émergence|Expérimentation|Structuration|Essaimage/.test(content))).toBe(true);
  });

  it('offers no organisation section that lists nothing as a place to jump to', async () => {
    // Headings with an id are what Pagefind offers as places within a page (its sub-results).
    const organisations = (await indexedPageData()).filter(({ url }) => url.startsWith('/pionniers/'));
    // A section that lists something stays a place to jump to: the check below is not met by having none.
    expect(organisations.some(({ anchors }) => anchors.some(({ text }) => /^Alliances lancées \([1-9]/.test(text)))).toBe(true);
    for (const { url, content, anchors } of organisations) {
      expect(anchors.map(({ text }) => text).filter((text) => / \(0\)$/.test(text)), url).toEqual([]);
      expect(content, url).not.toMatch(/n’apparaît encore comme partenaire|Aucune alliance recensée ici/);
    }
  });

  it('holds every case, testimony, pioneer and sequence page', async () => {
    const indexed = await page.evaluate(async () => {
      // @ts-expect-error set by the module script above
      const all: { results: unknown[] } = await window.pagefindReady.search(null);
      return all.results.length;
    });
    expect(indexed).toBe((await indexedTexts()).size);
  });
});
