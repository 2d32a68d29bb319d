import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog.ts';
import { openDataFields, toCsv, toOpenDataRecord } from '../src/lib/open-data.ts';
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
