/**
 * Given the built site, a reader looks at the field through its charts and map:
 * every bar, region and point is a link that leads somewhere, the map is
 * reachable by keyboard with a visible focus, and the tables hold the figures.
 */
import { describe, expect, it } from 'vitest';
import { tabTo, useSiteInBrowser } from './support.ts';

const env = useSiteInBrowser();

describe('a reader of the panorama', () => {
  it.each(['/', '/panorama/', '/themes/', '/territoires/'])('follows any bar, region or point of %s to a page that exists', async (path) => {
    const page = await env.context.newPage();
    await page.goto(env.url + path);
    const hrefs = await page.locator('.chart a[href], .region-map a[href], .regions-figure a[href]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs.filter((item) => item.startsWith('/'))) {
      const response = await page.request.get(env.url + href);
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });

  it('reaches a region of the map with Tab, sees it outlined, and opens its page with Enter', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url + '/panorama/');
    const region = page.locator('.region-map__svg a[href$="/bretagne/"]').first();
    await tabTo(page, region);
    const outline = await region.locator('path').evaluate((path) => getComputedStyle(path).stroke);
    // --color-focus of the light theme, the one the browser starts in.
    expect(outline).toBe('rgb(179, 71, 0)');
    expect(await region.getAttribute('aria-label')).toMatch(/^Bretagne\u00a0: \d+ cas réels? \(/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/territoires/bretagne/');
    expect(await page.locator('h1').textContent()).toBe('Bretagne');
    await page.close();
  });

  it('reads every figure of a chart in its table once it opens it', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url + '/panorama/');
    const chart = page.locator('figure.chart').filter({ has: page.locator('#graphique-themes-titre') });
    const bars = await chart.locator('.chart__rows a').count();
    await chart.locator('details summary').click();
    const table = chart.getByRole('table', { name: 'Nombre de cas par thème' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(bars);
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Thème', 'Cas réels', 'Exemples fictifs']);
    await page.close();
  });
});
