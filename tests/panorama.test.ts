import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog } from '../src/lib/catalog.ts';
import { casesByInstigatorType, casesByTerm, describeSplit, startYearTimeline, summarizeCounts, termNoun } from '../src/lib/panorama.ts';
import { countScale, shadeScale, shareScale, yearScale } from '../src/lib/charts/scales.ts';
import { franceMap, mappedRegionCodes } from '../src/lib/map/france-map.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

/** The tiny catalog with cas-a made real: the fixture's cases are all illustrative. */
const catalogWithOneRealCase = () => {
  const input = tinyCatalogInput();
  input.cases[0]!.data.illustrative = false;
  return buildCatalog(input);
};

describe('the figures of the field', () => {
  const catalog = catalogWithOneRealCase();

  it('count real and illustrative cases apart, per term, in the taxonomy order, each leading to its term page', () => {
    expect(casesByTerm(catalog, 'themes')).toEqual([
      { id: 'emploi-insertion', label: 'EMPLOI-INSERTION', href: '/themes/emploi-insertion/', real: 1, illustrative: 1 },
      { id: 'mobilite', label: 'MOBILITE', href: '/themes/mobilite/', real: 1, illustrative: 0 },
      { id: 'sante', label: 'SANTE', href: '/themes/sante/', real: 0, illustrative: 1 },
    ]);
  });

  it('count cases by the type of their instigator, each bar leading to the search filtered on it', () => {
    const counts = casesByInstigatorType(catalog);
    expect(counts.map(({ id, real, illustrative }) => [id, real, illustrative])).toEqual([
      ['collectivite', 1, 0],
      ['entreprise', 0, 1],
      ['interet-general', 0, 1],
    ]);
    expect(counts[0]!.href).toBe('/recherche/?type=cas&instigateur=collectivite');
  });

  it('lay every year on the timeline, gaps and end years included, real cases first in a year', () => {
    const years = startYearTimeline(catalog);
    expect(years.map((year) => year.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(years.find((year) => year.year === 2015)!.cases).toEqual([
      { id: 'cas-c', title: 'Alliance C', href: '/cas/cas-c/', illustrative: true, startYear: 2015, endYear: 2018 },
    ]);
    expect(years.filter((year) => year.cases.length > 0).map((year) => year.year)).toEqual([2012, 2015, 2020]);
  });

  it('say each bar in words and sum the chart up in a sentence', () => {
    expect(describeSplit({ real: 9, illustrative: 3 })).toBe('12 cas, dont 9 réels et 3 exemples fictifs');
    expect(describeSplit({ real: 1, illustrative: 0 })).toBe('1 cas, dont 1 réel');
    expect(describeSplit({ real: 0, illustrative: 0 })).toBe('aucun cas');
    expect(summarizeCounts(casesByTerm(catalog, 'factors'))).toBe('En tête\u00a0: CONFIANCE (2 cas, dont 1 réel et 1 exemple fictif) et ALTERITE (1 cas, dont 1 exemple fictif).');
    expect(summarizeCounts(casesByTerm(catalog, 'stages'))).toMatch(/^En tête\u00a0: .*\.$/);
  });

  it('name a term of each taxonomy from its registry wording', () => {
    expect(termNoun('themes')).toBe('thème');
    expect(termNoun('instruments')).toBe('instrument');
    expect(termNoun('partnershipForms')).toBe('forme de partenariat');
  });
});

describe('the chart scales', () => {
  it('graduate counts in whole numbers from 0 to a nice maximum at 100 %', () => {
    const scale = countScale(7);
    expect(scale.ticks.every((tick) => Number.isInteger(tick.value))).toBe(true);
    expect(scale.ticks[0]).toEqual({ value: 0, at: 0 });
    expect(scale.at(scale.ticks.at(-1)!.value)).toBe(100);
    expect(scale.at(7)).toBeLessThanOrEqual(100);
  });

  it('stop a share axis at the quarter above the largest share', () => {
    expect(shareScale(0.35).ticks.map((tick) => tick.value)).toEqual([0, 0.25, 0.5]);
    expect(shareScale(0.35).at(0.5)).toBe(100);
  });

  it('shade a map in classes that cover every count from 1 to the maximum once', () => {
    for (const max of [1, 3, 6, 12, 40]) {
      const { legend, shadeOf } = shadeScale(max);
      const covered = legend.flatMap((entry) => Array.from({ length: entry.to - entry.from + 1 }, (_, index) => entry.from + index));
      expect(covered).toEqual(Array.from({ length: max }, (_, index) => index + 1));
      for (const entry of legend) expect([shadeOf(entry.from), shadeOf(entry.to)]).toEqual([entry.shade, entry.shade]);
      expect(shadeOf(0)).toBe(0);
    }
  });

  it('label few years each, many years every ten', () => {
    expect(yearScale([2018, 2019, 2020]).ticks.map((tick) => tick.value)).toEqual([2018, 2019, 2020]);
    const years = Array.from({ length: 38 }, (_, index) => 1988 + index);
    expect(yearScale(years).ticks.map((tick) => tick.value)).toEqual([1990, 2000, 2010, 2020]);
  });
});

describe('the map of France', () => {
  const regions = parse(readFileSync(join(import.meta.dirname, '..', 'content', 'taxonomies', 'regions.yaml'), 'utf8')) as { id: string; inseeCode: string; overseas: boolean }[];
  const map = franceMap();

  it('has an outline for every region of the taxonomy, joined by its INSEE code', () => {
    expect(regions.map((region) => region.inseeCode).filter((code) => !mappedRegionCodes.includes(code))).toEqual([]);
    for (const shape of map.regions) expect(shape.path).toMatch(/^M[\d.,-]+L/);
  });

  it('draws the overseas regions in insets of their own, below metropolitan France and inside the map', () => {
    const overseas = new Set(regions.filter((region) => region.overseas).map((region) => region.inseeCode));
    const insets = map.regions.filter((shape) => shape.inset);
    expect(new Set(insets.map((shape) => shape.inseeCode))).toEqual(overseas);
    const mainland = map.regions.filter((shape) => !shape.inset);
    const lowestMainland = Math.max(...mainland.map((shape) => shape.labelAt[1]));
    for (const { inset } of insets) {
      expect(inset!.y).toBeGreaterThan(lowestMainland);
      expect(inset!.x + inset!.width).toBeLessThanOrEqual(map.width);
      expect(inset!.y + inset!.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('keeps every region label inside the map', () => {
    for (const { labelAt } of map.regions) {
      expect(labelAt[0]).toBeGreaterThan(0);
      expect(labelAt[0]).toBeLessThan(map.width);
      expect(labelAt[1]).toBeLessThan(map.height);
    }
  });
});
