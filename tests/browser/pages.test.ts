/**
 * Given the built site, a reader opens each main type of page: it renders with
 * its landmarks and title, logs no error, passes axe (WCAG 2.1 AA) and fits a
 * 320 px wide phone screen.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/browser.ts';
import { axeViolations, useSiteInBrowser, watchErrors } from './support.ts';

const firstEntry = (folder: string) => readdirSync(join(DIST, folder), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;

const pages = {
  'home': '/',
  'the list of cases': '/cas/',
  'a case': `/cas/${firstEntry('cas')}/`,
  'a testimony': `/temoignages/${firstEntry('temoignages')}/`,
  'a pioneer': `/pionniers/${firstEntry('pionniers')}/`,
  'a theme': '/themes/emploi-insertion/',
  'a region': '/territoires/bretagne/',
  'the list of factors': '/facteurs/',
  'the list of regions, with its map': '/territoires/',
  'the panorama': '/panorama/',
  'the open data page': '/donnees/',
  'the accessibility statement': '/accessibilite/',
};

/** Relative luminance (WCAG) of a computed `rgb(r, g, b)` colour, from 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const env = useSiteInBrowser();

describe.each(Object.entries(pages))('a reader opening %s', (_name, path) => {
  it('sees a complete, accessible page without errors', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(env.url + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('main#contenu').count()).resolves.toBe(1);
    await expect(page.locator('header.site-header').count()).resolves.toBe(1);
    expect(await page.title()).toMatch(/Alliances en territoires/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its contrasts in the dark theme', async () => {
    const page = await env.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(env.url + path);
    // The dark theme is in force (light text on a dark page), so axe scans it and not the light one.
    const [background, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(luminance(background!)).toBeLessThan(luminance(text!));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    const page = await env.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(env.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the header search field', () => {
  it.each([320, 390, 1280])('shows its whole placeholder at %i px wide', async (width) => {
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.url + '/');
    const room = await page.getByLabel('Rechercher dans le site').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, needed: context.measureText(input.placeholder).width, inner };
    });
    expect(room.text.length).toBeGreaterThan(0);
    expect(room.needed, `« ${room.text} » needs ${room.needed} px, the field gives ${room.inner}`).toBeLessThanOrEqual(room.inner);
    await page.close();
  });
});

describe('a reader who mistypes an address', () => {
  it('gets a 404 page that helps', async () => {
    const page = await env.context.newPage();
    const response = await page.goto(`${env.url}/cas/une-fiche-qui-n-existe-pas/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('introuvable');
    await expect(page.locator('main form[role="search"]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a keyboard user', () => {
  it('reaches the content first with the skip link', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url + '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contenu');
    await page.close();
  });
});

describe('every page opened above', () => {
  it('sent no request to another site', () => {
    expect(env.offsiteRequests).toEqual([]);
  });
});
