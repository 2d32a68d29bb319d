/**
 * Given the built site, a learner searches the knowledge base: types a query,
 * narrows it with a facet, shares and reloads the URL, goes back; with the
 * keyboard only, without errors, with zero axe (WCAG 2.1 AA) violation. Case
 * pages stay free of JavaScript and their header search lands on the results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { taxonomyNames, taxonomySpec } from '../../src/lib/collections.ts';
import { SEARCH_TABLE_FILE } from '../../src/lib/routes.ts';
import { SearchTable } from '../../src/lib/search-table.ts';
import { DIST, launchBrowser } from '../../scripts/lib/browser.ts';
import { axeViolations, tabTo, useSiteInBrowser, watchErrors } from './support.ts';

/** The open data export: an independent account of each case, to check what the search returns. */
const openData: { url: string; type_instigateur: string }[] = JSON.parse(readFileSync(join(DIST, 'donnees', 'cas.json'), 'utf8'));

const env = useSiteInBrowser();

/** Waits for the search to be done (the results region is busy until then) and returns what it announced. */
async function announced(page: Page): Promise<string> {
  await page.waitForSelector('[data-results-region]:not([aria-busy])', { state: 'attached' });
  return (await page.getByRole('status').textContent()) ?? '';
}

/** « 27 résultats pour… » → 27 */
const countIn = (text: string) => Number(/^([\d\s\u202f]+)\s/.exec(text)?.[1]?.replace(/\D/g, '') ?? NaN);

const instigatorBox = (page: Page, label: RegExp) =>
  page.getByRole('group', { name: 'Type d’instigateur' }).getByRole('checkbox', { name: label });

const resultLinks = (page: Page) => page.locator('[data-results] .result__title a');

describe('a learner searching the cases', () => {
  it('types a query, narrows it to alliances launched by a local authority, and the URL keeps the search through reload and back', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.url}/recherche/`);

    // Before anything is typed, the filters are there, with counts.
    expect(await announced(page)).toMatch(/^Tapez un mot ou choisissez un filtre parmi \d+/);
    const collectivite = instigatorBox(page, /^Collectivité territoriale \(\d+\)$/);
    expect(await collectivite.isVisible()).toBe(true);

    // Keyboard only: skip link, then the search field, then Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Mots recherchés'));
    await page.keyboard.type('gouvernance');
    await page.keyboard.press('Enter');
    const all = await announced(page);
    expect(all).toMatch(/^\d+\srésultats? pour «\sgouvernance\s»\.$/);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);

    await tabTo(page, collectivite);
    await page.keyboard.press('Space');
    const narrowed = await announced(page);
    expect(narrowed).toMatch(/pour «\sgouvernance\s» avec 1\sfiltre\.$/);
    expect(countIn(narrowed)).toBeLessThan(countIn(all));

    // Only cases launched by a collectivité remain, as the open data says.
    const launchedByLocalAuthority = new Set(openData.filter((c) => c.type_instigateur === 'collectivite').map((c) => new URL(c.url).pathname));
    const shown = await resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(shown.length).toBe(Math.min(countIn(narrowed), 10));
    for (const path of shown) expect(launchedByLocalAuthority).toContain(path);
    expect(await page.getByRole('button', { name: 'Afficher plus de résultats' }).isVisible()).toBe(countIn(narrowed) > 10);
    expect(await page.getByRole('button', { name: 'Retirer tous les filtres' }).isVisible()).toBe(true);

    const url = new URL(page.url());
    expect(url.pathname).toBe('/recherche/');
    expect(url.searchParams.get('q')).toBe('gouvernance');
    expect(url.searchParams.getAll('instigateur')).toEqual(['collectivite']);

    await page.reload();
    expect(await announced(page)).toBe(narrowed);
    expect(await page.getByLabel('Mots recherchés').inputValue()).toBe('gouvernance');
    expect(await collectivite.isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((address) => !address.searchParams.has('instigateur'));
    expect(await announced(page)).toBe(all);
    expect(await collectivite.isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Retirer tous les filtres' }).isVisible()).toBe(false);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a closed group of filters and shows more results with the keyboard alone', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.url}/recherche/?q=territoire`);
    const total = countIn(await announced(page));
    expect(total).toBeGreaterThan(10);

    const regions = page.locator('details.facet', { has: page.locator('summary', { hasText: 'Régions' }) });
    expect(await regions.getAttribute('open')).toBeNull();
    await tabTo(page, regions.locator('summary'));
    await page.keyboard.press('Enter');
    expect(await regions.getAttribute('open')).not.toBeNull();

    await tabTo(page, page.getByRole('button', { name: 'Afficher plus de résultats' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 10);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.matches('[data-results] > li:nth-child(11)'))).toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists real content before invented examples, which Pagefind alone would interleave for « outre-mer »', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/recherche/?q=outre-mer`);
    const found = countIn(await announced(page));
    expect(found).toBeGreaterThan(1);
    expect(found).toBeLessThanOrEqual(10);
    const invented = await page.locator('[data-results] .result').evaluateAll((items) => items.map((item) => !(item.querySelector('[data-slot="badge"]') as HTMLElement).hidden));
    expect(invented).toContain(true);
    expect(invented).toContain(false);
    expect(invented).toEqual([...invented].sort((a, b) => Number(a) - Number(b)));
    await page.close();
  });

  it('waits for the third letter of a word before searching as the reader types, so as not to load the index of every word two letters start', async () => {
    const page = await env.context.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/pagefind/index/')) chunks.push(request.url()); });
    await page.goto(`${env.url}/recherche/`);
    await announced(page);
    await page.getByLabel('Mots recherchés').pressSequentially('mo');
    await page.waitForLoadState('networkidle');
    expect(chunks).toEqual([]);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await page.getByLabel('Mots recherchés').press('b');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'mob');
    expect(await announced(page)).toMatch(/pour «\smob\s»\.$/);
    expect(chunks.length).toBeGreaterThan(0);
    await page.close();
  });

  it('lists the cases of a theme by start year, the most recent first', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/recherche/?type=cas`);
    await announced(page);
    await page.getByLabel('Trier par').selectOption({ label: 'Année, la plus récente d’abord' });
    await announced(page);
    expect(new URL(page.url()).searchParams.get('tri')).toBe('recent');
    const years = (await page.locator('[data-results] .result__meta').allTextContents()).map((meta) => Number(/(\d{4})\s*$/.exec(meta)?.[1]));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });

  it('finds the search page accessible with results and every filter open', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.url}/recherche/?q=gouvernance&instigateur=collectivite`);
    await announced(page);
    await page.locator('details.facet').evaluateAll((groups) => groups.forEach((group) => ((group as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the search page as it loads', () => {
  it('comes with the counts of the whole index in its HTML, the very ones of the search table, over every page Pagefind holds', async () => {
    const asBuilt = await launchBrowser({ javaScriptEnabled: false });
    const page = await env.context.newPage();
    try {
      const html = await asBuilt.context.newPage();
      await html.goto(`${env.url}/recherche/`);
      const shown = await html.locator('form[data-search] input[type="checkbox"]').evaluateAll((boxes) =>
        boxes.map((box) => [(box as HTMLInputElement).name, box.getAttribute('data-label'), box.parentElement?.querySelector('[data-count]')?.textContent]));
      const said = /parmi ([\d\s\u202f]+)\scontenus/.exec((await html.getByRole('status').textContent()) ?? '')?.[1];

      const table = new SearchTable(JSON.parse(readFileSync(join(DIST, SEARCH_TABLE_FILE), 'utf8')));
      const fromTable = table.select(Array.from({ length: table.size }, (_, row) => row), {}).counts;
      await page.goto(`${env.url}/recherche/`);
      // A string, so that the test runner does not rewrite the dynamic import (and the page's CSP allows no inline script).
      const inPagefind = (await page.evaluate("import('/pagefind/pagefind.js').then(async (pagefind) => (await pagefind.search(null)).results.length)")) as number;

      expect(shown.length).toBeGreaterThan(50);
      for (const [param, label, count] of shown) expect(`${param} ${label} ${count}`).toBe(`${param} ${label} (${fromTable[param!]?.[label!] ?? 0})`);
      expect(Number(said?.replace(/\D/g, ''))).toBe(table.size);
      expect(table.size).toBe(inPagefind);
    } finally {
      await page.close();
      await asBuilt.close();
    }
  });

  it('offers the themes with the most content as ready searches, and puts them away once a search runs', async () => {
    const page = await env.context.newPage();
    try {
      await page.goto(`${env.url}/recherche/`);
      await announced(page);
      const start = page.locator('[data-start]');
      const offered = await start.locator('ul a').evaluateAll((links) => links.map((link) => link.textContent ?? ''));
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.length).toBeLessThanOrEqual(6);
      // Each one says as many pages as its checkbox, and they come most first.
      const counts = offered.map((text) => Number(/\((\d+)\)$/.exec(text)?.[1]));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const [label] = offered[0]!.split(' (');
      await expect.poll(() => page.locator(`input[data-label="${label}"]`).evaluate((box) => box.parentElement?.querySelector('[data-count]')?.textContent)).toBe(`(${counts[0]})`);

      await start.locator('ul a').first().click();
      await announced(page);
      expect(await start.isHidden()).toBe(true);
      expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
      expect(await page.locator(`input[data-label="${label}"]`).isChecked()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each(['/recherche/', '/recherche/?q=gouvernance'])('does not move while it loads on a slow phone (%s)', async (path) => {
    const page = await env.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.url}${path}`);
    await announced(page);
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    // Lighthouse's threshold for a good cumulative layout shift is 0.1; the page aims at none.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.05);
    await cdp.detach();
    await page.close();
  });
});

describe('a rural councillor searching on a phone (390 × 844)', () => {
  const PHONE = { width: 390, height: 844 };

  it('sees the first result of « mobilité rurale » above the fold, with no filter chosen', async () => {
    const page = await env.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${env.url}/recherche/?q=${encodeURIComponent('mobilité rurale')}`);
    expect(countIn(await announced(page))).toBeGreaterThan(0);
    const first = await resultLinks(page).first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThan(PHONE.height);
    // The filters wait behind their button: none of their checkboxes is on screen.
    expect(await page.getByRole('button', { name: 'Filtrer (0)' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-filters] input[type="checkbox"]:visible').count()).toBe(0);
    await page.close();
  });

  it('opens the filters with the keyboard, narrows to rural territories, reads the count, comes back to the results and removes the chip', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize(PHONE);
    await page.goto(`${env.url}/recherche/?q=${encodeURIComponent('mobilité')}`);
    const all = countIn(await announced(page));

    const toggle = page.getByRole('button', { name: 'Filtrer (0)' });
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const kinds = page.locator('details.facet', { has: page.locator('summary', { hasText: 'Types de territoire' }) });
    await tabTo(page, kinds.locator('summary'));
    await page.keyboard.press('Enter');
    const rural = page.getByRole('group', { name: 'Types de territoire' }).getByRole('checkbox', { name: /^Rural \(\d+\)$/ });
    await tabTo(page, rural);
    await page.keyboard.press('Space');
    const narrowed = await announced(page);
    const found = countIn(narrowed);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    expect(await page.getByRole('button', { name: 'Filtrer (1)' }).isVisible()).toBe(true);

    // The axe scan runs with the filters open, on a phone.
    expect(await axeViolations(page)).toEqual([]);

    const done = page.getByRole('button', { name: found === 1 ? 'Voir le résultat' : `Voir les ${found} résultats` });
    await tabTo(page, done);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultats-titre');
    expect(await page.getByRole('button', { name: 'Filtrer (1)' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-filters] input[type="checkbox"]:visible').count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('milieu')).toEqual(['rural']);

    // The chosen filter shows above the results, and one key removes it.
    const chip = page.getByRole('button', { name: 'Retirer le filtre Types de territoire : Rural' });
    expect(await chip.isVisible()).toBe(true);
    const chipBox = await chip.boundingBox();
    const firstResult = await resultLinks(page).first().boundingBox();
    expect(chipBox!.y).toBeLessThan(firstResult!.y);
    await tabTo(page, chip);
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => !address.searchParams.has('milieu'));
    expect(countIn(await announced(page))).toBe(all);
    expect(await chip.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Filtrer (0)' }).isVisible()).toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('closes the open filters with Escape and gives the focus back to their button', async () => {
    const page = await env.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${env.url}/recherche/`);
    await announced(page);
    const toggle = page.getByRole('button', { name: 'Filtrer (0)' });
    await toggle.click();
    await page.getByRole('group', { name: 'Type de contenu' }).getByRole('checkbox').first().focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.close();
  });

  it('shows chips above the results on a desktop too, where the filters stay open beside them', async () => {
    const page = await env.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${env.url}/recherche/?q=gouvernance&instigateur=collectivite`);
    await announced(page);
    expect(await page.getByRole('button', { name: /^Filtrer/ }).isVisible()).toBe(false);
    expect(await instigatorBox(page, /^Collectivité territoriale/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Retirer le filtre Type d’instigateur : Collectivité territoriale' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('a reader coming from a taxonomy page', () => {
  it.each(taxonomyNames)('lands on a search pre-filtered on that term of %s', async (taxonomy) => {
    const page = await env.context.newPage();
    const segment = taxonomySpec(taxonomy).urlSegment;
    const index = `${env.url}/${segment}/`;
    await page.goto(index);
    const termPath = await page.locator(`main a[href^="/${segment}/"]:not([href="/${segment}/"])`).first().getAttribute('href');
    await page.goto(`${env.url}${termPath}`);
    const casesOnTermPage = Number(/\((\d+)\)/.exec((await page.locator('#cas-lies').textContent()) ?? '')?.[1]);

    await page.getByRole('link', { name: /^Rechercher dans les contenus liés/ }).click();
    await announced(page);
    const termId = termPath!.split('/')[2]!;
    const param = taxonomySpec(taxonomy).searchParam;
    expect(new URL(page.url()).searchParams.get(param)).toBe(termId);
    expect(await page.locator(`input[name="${param}"][value="${termId}"]`).isChecked()).toBe(true);
    // The search counts the same cases as the term page: both come from catalog.caseTerms.
    const casesInSearch = page.getByRole('group', { name: 'Type de contenu' }).getByRole('checkbox', { name: `Cas (${casesOnTermPage})`, exact: true });
    expect(await casesInSearch.count()).toBe(1);
    await page.close();
  });
});

describe('a reader on a case page', () => {
  it('loads no JavaScript at all, and the header search lands on the results', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(`${env.url}${new URL(openData[0]!.url).pathname}`);
    expect(scripts).toEqual([]);
    // JSON-LD is data for search engines, not a script.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);

    await page.getByLabel('Rechercher dans le site').fill('territoires');
    await page.getByLabel('Rechercher dans le site').press('Enter');
    await page.waitForURL((address) => address.pathname === '/recherche/');
    expect(await announced(page)).toMatch(/^\d+\srésultats? pour «\sterritoires\s»\.$/);
    expect(await page.getByLabel('Mots recherchés').inputValue()).toBe('territoires');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a reader without JavaScript', () => {
  it('sees the form, is told the search needs JavaScript and pointed to the lists by theme and by region', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(`${env.url}/recherche/?q=gouvernance`);
      const notice = page.locator('noscript p');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain('La recherche a besoin de JavaScript');
      const links = await notice.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/themes/', '/territoires/']));
      // The form is rendered at build time, with the counts of the whole index: nothing waits for a script to show it.
      expect(await page.locator('form[data-search]').isVisible()).toBe(true);
      expect(await page.getByRole('group', { name: 'Thèmes' }).getByRole('checkbox').first().isVisible()).toBe(true);
      expect(await page.getByRole('status').textContent()).toMatch(/^Tapez un mot ou choisissez un filtre parmi \d+/);
    } finally {
      await noScript.close();
    }
  });
});
