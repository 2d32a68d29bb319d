/**
 * The site built under a base path (/alliances/) and served under it, as
 * GitHub Pages serves a project site: a case page loads with no failed
 * request, search finds results, and the 404 page works there too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy.ts';
import { launchBrowser, serveDist, type BrowserSession } from '../../scripts/lib/browser.ts';

const BASE = '/alliances/';

let site: SiteCopy;
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;

beforeAll(async () => {
  site = await copySite('base-path-browser');
  const build = site.build({ PUBLIC_SITE_BASE: BASE });
  if (build.status !== 0) throw new Error(build.output);
  server = await serveDist(site.dist, BASE);
  session = await launchBrowser();
}, 250_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
  await site?.remove();
});

/** Opens a page and records every request that failed or was answered with an error. */
async function visit(path: string): Promise<{ page: Page; failed: string[] }> {
  const page = await session.context.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== page.url()) failed.push(`${response.url()} (${response.status()})`);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return { page, failed };
}

describe('the site under a base path', () => {
  it('loads a case page, its styles and favicon, with no failed request', async () => {
    const { page, failed } = await visit(`${BASE}cas/agir-ensemble-charenton-saint-maurice/`);
    expect(failed).toEqual([]);
    expect(await page.locator('h1').textContent()).toContain('Charenton');
    expect(await page.locator('a', { hasText: 'Contribuer' }).first().getAttribute('href')).toBe(`${BASE}contribuer/`);
    await page.close();
  });

  it('finds results for a search, linking under the base path', async () => {
    const { page, failed } = await visit(`${BASE}recherche/?q=territoire`);
    const first = page.locator('[data-results] li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
    expect(failed).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with the 404 page, styled and linking home', async () => {
    const { page } = await visit(`${BASE}nulle-part/`);
    expect(await page.locator('h1').textContent()).toContain('introuvable');
    expect(await page.locator('header a').first().getAttribute('href')).toBe(BASE);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    await page.close();
  });
});
