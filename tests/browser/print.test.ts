/**
 * Given the built site, a reader prints a case, a testimony or an organisation:
 * the sheet has no navigation nor search, its links keep their address, the
 * notice of an invented example and the sources stay, and the longest case
 * fits on two A4 pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/browser.ts';
import { useSiteInBrowser } from './support.ts';

const env = useSiteInBrowser();

/** The pages of a section, longest article first: the hardest ones to fit on paper. */
const longest = (section: string, filter: (html: string) => boolean = () => true) =>
  readdirSync(join(DIST, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ path: `/${section}/${entry.name}/`, html: readFileSync(join(DIST, section, entry.name, 'index.html'), 'utf8') }))
    .filter(({ html }) => filter(html))
    .map(({ path, html }) => ({ path, length: (html.match(/<article[\s\S]*<\/article>/)?.[0] ?? '').replace(/<[^>]+>/g, '').length }))
    .sort((a, b) => b.length - a.length);

const isFictional = (html: string) => html.includes('class="illustrative-notice');

/** Pages of a PDF as Chromium writes it: one page object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/**
 * Sheets known to need more than two pages, with the most they may take: the Charenton case follows the
 * MOOC's four-episode « fil rouge » and is almost twice as long as any other. A new long sheet fails here.
 */
const LONG_SHEETS: Record<string, number> = { '/cas/agir-ensemble-charenton-saint-maurice/': 3 };

describe('a reader printing a sheet', () => {
  it('gets every case, and the longest testimony and organisation, on two A4 pages at most', async () => {
    const page = await env.context.newPage();
    const paths = [...longest('cas').map((entry) => entry.path), longest('temoignages')[0]!.path, longest('pionniers')[0]!.path];
    const tooLong: string[] = [];
    for (const path of paths) {
      await page.goto(env.url + path);
      const pages = pageCount(await page.pdf({ format: 'A4' }));
      expect(pages, path).toBeGreaterThan(0);
      if (pages > (LONG_SHEETS[path] ?? 2)) tooLong.push(`${path}: ${pages} pages`);
    }
    expect(tooLong).toEqual([]);
    await page.close();
  }, 240_000);

  it.each([
    ['a case', longest('cas')[0]!.path],
    ['a testimony', longest('temoignages')[0]!.path],
    ['an organisation', longest('pionniers')[0]!.path],
    ['an invented case', longest('cas', isFictional)[0]!.path],
  ])('prints %s without navigation, with its links’ addresses, its notice and its sources', async (_name, path) => {
    const page = await env.context.newPage();
    await page.goto(env.url + path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '[role="search"]', 'aside']) {
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.print-address').textContent()).toContain(path);
    const external = page.locator('main a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
    if ((await page.locator('#sources').count()) > 0) await expect(page.locator('#sources ~ ul a').first().isVisible()).resolves.toBe(true);
    if (isFictional(readFileSync(join(DIST, path, 'index.html'), 'utf8'))) await expect(page.locator('.illustrative-notice').isVisible()).resolves.toBe(true);
    else await expect(page.locator('#sources').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
