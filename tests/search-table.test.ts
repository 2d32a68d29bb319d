/**
 * The search table (src/lib/search-table.ts): what the build writes comes back
 * the same in the browser, row by row, and a search with filters keeps and
 * counts the pages a reader expects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSearchTable, SearchTable, type SearchTableEntry } from '../src/lib/search-table.ts';

const entries: SearchTableEntry[] = [
  { id: 'fr_a189cba', filters: { type: ['Cas'], nature: ['Réel'], theme: ['Mobilité', 'Santé et bien-être'], instigateur: ['Collectivité territoriale'] }, year: 2016 },
  { id: 'fr_18f7233', filters: { type: ['Cas'], nature: ['Exemple fictif'], theme: ['Mobilité'], instigateur: ['Entreprise'] }, year: 2021 },
  { id: 'fr_0f19faa', filters: { type: ['Témoignage'], nature: ['Réel'], theme: ['Santé et bien-être'] }, year: 2024 },
  // Pagefind lengthens an id that would collide: one more hexadecimal digit.
  { id: 'fr_179c0621', filters: { type: ['Séquence'], theme: ['Mobilité'] } },
  { id: 'fr_1f55b16', filters: { type: ['Cas'], nature: ['Réel'], theme: ['Alimentation'], instigateur: ['Entreprise'] }, year: 2003 },
];

const table = new SearchTable(encodeSearchTable(entries));
const rowOf = (id: string) => table.rowOf(id)!;
const idsOf = (rows: number[]) => rows.map((row) => entries.find((entry) => table.rowOf(entry.id) === row)!.id).sort();
const everyRow = () => entries.map((entry) => rowOf(entry.id));

describe('the search table', () => {
  it('gives back, for each id Pagefind returns, the labels and year the build wrote', () => {
    expect(table.size).toBe(entries.length);
    for (const entry of entries) {
      const row = rowOf(entry.id);
      expect(table.yearOf(row)).toBe(entry.year);
      for (const param of ['type', 'nature', 'theme', 'instigateur']) expect(table.labelsOf(row, param).sort()).toEqual([...(entry.filters[param] ?? [])].sort());
      expect(table.has(row, 'nature', 'Réel')).toBe(entry.filters.nature?.includes('Réel') ?? false);
    }
    expect(table.rowOf('fr_ffffff0')).toBeUndefined();
  });

  it('round-trips any set of pages', () => {
    const entry = fc.record({
      filters: fc.dictionary(fc.constantFrom('type', 'theme', 'region'), fc.uniqueArray(fc.constantFrom('A', 'B', 'C d’é'), { minLength: 1 })),
      year: fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: undefined }),
    });
    const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 7, maxLength: 8 });
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(hex, entry), { selector: ([id]) => id, maxLength: 40 }), (pages) => {
      const written = pages.map(([id, page]) => ({ id: `fr_${id}`, ...page }));
      const read = new SearchTable(JSON.parse(JSON.stringify(encodeSearchTable(written))));
      expect(read.size).toBe(written.length);
      for (const page of written) {
        const row = read.rowOf(page.id)!;
        expect(row).toBeDefined();
        expect(read.yearOf(row)).toBe(page.year);
        for (const [param, labels] of Object.entries(page.filters)) expect(read.labelsOf(row, param).sort()).toEqual([...labels].sort());
      }
    }));
  });

  it('refuses an id that is not Pagefind’s, and the same id twice', () => {
    expect(() => encodeSearchTable([{ id: 'fr_xyz', filters: {} }])).toThrow(/unexpected Pagefind id fr_xyz/);
    expect(() => encodeSearchTable([entries[0]!, entries[0]!])).toThrow(/the same Pagefind id twice/);
  });

  it('counts every label over the pages it is given', () => {
    expect(table.select(everyRow(), {}).counts).toEqual({
      type: { Cas: 3, Témoignage: 1, Séquence: 1 },
      nature: { Réel: 3, 'Exemple fictif': 1 },
      theme: { Mobilité: 3, 'Santé et bien-être': 2, Alimentation: 1 },
      instigateur: { 'Collectivité territoriale': 1, Entreprise: 2 },
    });
  });
});

describe('a search with filters over the table', () => {
  it('keeps the pages with any chosen label of a facet, and every facet chosen, in the order found', () => {
    const found = [rowOf('fr_1f55b16'), rowOf('fr_18f7233'), rowOf('fr_a189cba'), rowOf('fr_0f19faa')];
    const { rows } = table.select(found, { theme: ['Mobilité', 'Alimentation'], type: ['Cas'] });
    expect(rows).toEqual([rowOf('fr_1f55b16'), rowOf('fr_18f7233'), rowOf('fr_a189cba')]);
  });

  it('counts, for a facet in use, what choosing another of its labels would add; for the others, the pages kept', () => {
    const { rows, counts } = table.select(everyRow(), { theme: ['Mobilité'], instigateur: ['Entreprise'] });
    expect(idsOf(rows)).toEqual(['fr_18f7233']);
    // Themes among the Entreprise-launched pages; instigators among the Mobilité pages.
    expect(counts.theme).toEqual({ Mobilité: 1, Alimentation: 1 });
    expect(counts.instigateur).toEqual({ Entreprise: 1, 'Collectivité territoriale': 1 });
    // Other facets: over the one page kept.
    expect(counts.type).toEqual({ Cas: 1 });
    expect(counts.nature).toEqual({ 'Exemple fictif': 1 });
  });

  it('keeps nothing and counts nothing from pages that miss two chosen facets', () => {
    const { rows, counts } = table.select([rowOf('fr_0f19faa')], { type: ['Cas'], instigateur: ['Entreprise'] });
    expect(rows).toEqual([]);
    expect(counts).toEqual({});
  });
});
