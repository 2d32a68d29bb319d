/**
 * What the library promises, checked on the real content/ folder: real first
 * (more real cases than illustrative ones), the four modules published, every
 * taxonomy term used, an illustrative part varied as promised, and no run of
 * words copied from any transcript the content draws on. Rules a contributor
 * must follow file by file are the checker's (src/lib/checks/registry.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogInput } from '../src/lib/catalog.ts';
import { collectionSchemas, taxonomyNames, type CollectionName } from '../src/lib/collections.ts';
import { idReference } from '../src/lib/content-model.ts';
import { readContentFiles } from '../src/lib/checks/engine/content-files.ts';
import { parseContentFile, type ContentEntry } from '../src/lib/checks/engine/content-entries.ts';
import type { TaxonomyName } from '../src/lib/routes.ts';
import { fingerprint, wordRuns, wordsOf } from '../src/lib/word-runs.ts';

const ROOT = join(import.meta.dirname, '..');
const entries: ContentEntry[] = (await readContentFiles(ROOT)).flatMap((file) => parseContentFile(file).entries);
const schemas = collectionSchemas(idReference);

function entriesOf<C extends CollectionName>(collection: C) {
  return entries
    .filter((entry) => entry.collection === collection)
    .map((entry) => ({ id: entry.id!, data: schemas[collection].parse(entry.data!.value), text: entry.source.text }));
}

const input = {
  cases: entriesOf('cases'),
  testimonies: entriesOf('testimonies'),
  pioneers: entriesOf('pioneers'),
  modules: entriesOf('modules'),
  sequences: entriesOf('sequences'),
  taxonomies: Object.fromEntries(taxonomyNames.map((name) => [name, entriesOf(name)])),
} as unknown as CatalogInput;
const catalog = buildCatalog(input);
const bodyOf = (id: string) => entriesOf('cases').find((entry) => entry.id === id)!.text.split(/^---$/m).slice(2).join('---');
const illustrativeCases = catalog.cases.filter((entry) => entry.data.illustrative);
const realCases = catalog.cases.filter((entry) => !entry.data.illustrative);

describe('the library', () => {
  it.each(taxonomyNames)('uses every term of %s at least once', (taxonomy) => {
    const unused = catalog.terms(taxonomy).filter((term) => {
      const linked = catalog.linkedTo(taxonomy, term.id);
      const inPath = catalog.sequences.some((sequence) => catalog.sequenceTerms(sequence, taxonomy).includes(term.id));
      return linked.cases.length + linked.testimonies.length + linked.pioneers.length === 0 && !inPath;
    });
    expect(unused.map((term) => term.id)).toEqual([]);
  });

  it('is real first: at least 24 real cases, more than the illustrative ones, and at least 12 real testimonies', () => {
    expect(realCases.length).toBeGreaterThanOrEqual(24);
    expect(realCases.length).toBeGreaterThan(illustrativeCases.length);
    expect(catalog.testimonies.filter((entry) => !entry.data.illustrative).length).toBeGreaterThanOrEqual(12);
  });

  it('publishes the whole learning path: four modules of at least three sequences each', () => {
    expect(catalog.modules.map((entry) => entry.data.status)).toEqual(['published', 'published', 'published', 'published']);
    for (const module of catalog.modules) expect(catalog.sequences.filter((entry) => entry.id.startsWith(`${module.id}/`)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the illustrative corpus', () => {
  it('has every actor type as instigator, with collectivités, associations and companies in even shares', () => {
    const byType = new Map<string, number>();
    for (const entry of illustrativeCases) byType.set(catalog.instigatorTypeOf(entry), (byType.get(catalog.instigatorTypeOf(entry)) ?? 0) + 1);
    expect([...byType.keys()].sort()).toEqual(catalog.terms('actorTypes').map((term) => term.id).sort());
    const thirds = ['collectivite', 'interet-general', 'entreprise'].map((type) => byType.get(type) ?? 0);
    expect(Math.max(...thirds) - Math.min(...thirds)).toBeLessThanOrEqual(1);
  });

  it('is varied: at least 10 themes and 10 regions, overseas included, start years over 2008–2025, and failures', () => {
    const used = (taxonomy: TaxonomyName) => new Set(illustrativeCases.flatMap((entry) => catalog.caseTerms(entry, taxonomy)));
    expect(used('themes').size).toBeGreaterThanOrEqual(10);
    expect(used('regions').size).toBeGreaterThanOrEqual(10);
    expect(illustrativeCases.some((entry) => entry.data.territory.regions.some((region) => catalog.term('regions', region.id).data.overseas))).toBe(true);
    const years = illustrativeCases.map((entry) => entry.data.startYear);
    expect(Math.min(...years)).toBeLessThanOrEqual(2010);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2023);
    expect(illustrativeCases.filter((entry) => entry.data.endYear !== undefined).length).toBeGreaterThanOrEqual(2);
  });

  it.each(illustrativeCases.map((entry) => [entry.id, entry] as const))('%s is 500 to 1,200 words long (its sections are the checker\'s rule cases/template-sections)', (_id, entry) => {
    const words = wordsOf(bodyOf(entry.id)).length;
    expect(words).toBeGreaterThanOrEqual(500);
    expect(words).toBeLessThanOrEqual(1200);
  });

  it('never repeats a title or a summary', () => {
    const titles = catalog.cases.map((entry) => entry.data.title);
    const summaries = catalog.cases.map((entry) => entry.data.summary);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(summaries).size).toBe(summaries.length);
  });
});

describe('the real case sheets', () => {
  it.each(realCases.map((entry) => [entry.id, entry] as const))('%s invites readers to complete it', (_id, entry) => {
    expect(bodyOf(entry.id)).toContain('/contribuer/');
  });
});

describe('our own words', () => {
  // Fingerprints of every transcript the content draws on (scripts/transcript-fingerprints.ts), so the repository keeps no copy of them.
  const transcriptsDir = join(import.meta.dirname, 'fixtures', 'transcripts');
  const transcripts = readdirSync(transcriptsDir).filter((name) => name.endsWith('.json'));
  const files = new Map(entries.map((entry) => [entry.source.path, entry.source.text]));

  it.each(transcripts)('copies no run of 8 words from the transcript %s', (name) => {
    const runs = new Set<string>(JSON.parse(readFileSync(join(transcriptsDir, name), 'utf8')));
    const copied = [...files].flatMap(([path, text]) => wordRuns(text).filter((run) => runs.has(fingerprint(run))).map((run) => `${path}: « ${run} »`));
    expect(runs.size).toBeGreaterThan(100);
    expect(copied).toEqual([]);
  });
});
