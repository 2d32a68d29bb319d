/**
 * The charts and the map of the built site (dist/) follow the content: each
 * figure is recomputed here from the files of content/cas/, so adding a case
 * file changes them with no other edit, and a chart that froze would fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryUrl, staticPaths, taxonomyIndexUrl, taxonomyTermUrl } from '../src/lib/routes.ts';
import { MOOC_PIONEER_SHARES } from '../src/lib/panorama.ts';
import { contentEntries } from './content-files.ts';

const DIST = join(import.meta.dirname, '..', 'dist');

interface CaseFront { illustrative: boolean; startYear: number; endYear?: number; territory: { regions?: string[] }; themes: string[] }
const cases = contentEntries<CaseFront>('cases');

const page = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
/** The element that opens with `opening` (its tag name and class), up to its closing tag. */
const block = (html: string, opening: string, closing: string) => {
  const start = html.indexOf(opening);
  expect(start, `${opening} is on the page`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(closing, start));
};
/** Rows of a figure's table: the link of the row header and the numbers in its cells. */
const tableRows = (html: string) =>
  Object.fromEntries([...html.matchAll(/<th scope="row"[^>]*><a href="([^"]+)"[^>]*>[^<]*<\/a><\/th>((?:\s*<td[^>]*>[^<]*<\/td>)+)/g)].map(([, href, cells]) => [
    href!,
    [...cells!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map(([, text]) => text!),
  ]));

describe('the charts of the built site', () => {
  it('cite the MOOC page behind the « one third each » of the pioneers, and the testimony that summarises it', () => {
    const witness = contentEntries<{ source?: { url: string } }>('testimonies').find((entry) => entry.data.source?.url === MOOC_PIONEER_SHARES.source.url);
    expect(witness, 'a testimony of content/ summarises the MOOC page').toBeDefined();
    const source = block(page(staticPaths.panorama), '<p class="muted chart-source', '</p>');
    expect(source).toContain(`href="${MOOC_PIONEER_SHARES.source.url}"`);
    expect(source).toContain(`href="${entryUrl('testimonies', witness!.id)}"`);
  });

  it('put one link per case on the timeline of the panorama, each to its case', () => {
    const timeline = block(page(staticPaths.panorama), '<svg class="timeline__plot', '</svg>');
    const links = [...timeline.matchAll(/<a href="([^"]+)"/g)].map(([, href]) => href).sort();
    expect(links).toEqual(cases.map((entry) => entryUrl('cases', entry.id)).sort());
    expect(timeline.match(/is-ended/g)?.length ?? 0).toBe(cases.filter((entry) => entry.data.endYear !== undefined).length);
  });

  it('give each region its real and illustrative cases on the map of the regions page', () => {
    const rows = tableRows(block(page(taxonomyIndexUrl('regions')), '<details class="regions-figure__data', '</details>'));
    const regionsOf = (entry: (typeof cases)[number]) => entry.data.territory.regions ?? [];
    const expected = (region: string, illustrative: boolean) => String(cases.filter((entry) => entry.data.illustrative === illustrative && regionsOf(entry).includes(region)).length);
    const regions = [...new Set(cases.flatMap(regionsOf))];
    expect(regions.length).toBeGreaterThan(5);
    for (const region of regions) {
      expect(rows[taxonomyTermUrl('regions', region)]?.slice(0, 2), region).toEqual([expected(region, false), expected(region, true)]);
    }
  });

  it('draw one map link per region, to its page, and show the region of a case on its page', () => {
    const map = block(page(staticPaths.panorama), '<svg class="region-map__svg', '</svg>');
    const regions = contentEntries('regions');
    expect([...map.matchAll(/<a href="([^"]+)"/g)].map(([, href]) => href).sort()).toEqual(regions.map((region) => taxonomyTermUrl('regions', region.id)).sort());
    const located = cases.find((entry) => (entry.data.territory.regions ?? []).length > 0)!;
    expect(page(entryUrl('cases', located.id))).toContain('class="region-locator');
  });

  it('count the cases of each theme, real and illustrative apart, on the themes page', () => {
    const rows = tableRows(block(page(taxonomyIndexUrl('themes')), '<details class="chart__data', '</details>'));
    const themes = [...new Set(cases.flatMap((entry) => entry.data.themes))];
    for (const theme of themes) {
      const count = (illustrative: boolean) => String(cases.filter((entry) => entry.data.illustrative === illustrative && entry.data.themes.includes(theme)).length);
      expect(rows[taxonomyTermUrl('themes', theme)], theme).toEqual([count(false), count(true)]);
    }
  });
});
