/**
 * The cacheKey of a page changes with anything it shows, and only then: a
 * page Astro copies from the previous build is a page nothing it shows has
 * changed. (tests/incremental-build.test.ts proves it on whole builds.)
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog.ts';
import { pageKeys } from '../src/lib/page-keys.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

const input = tinyCatalogInput();
const keysOf = (cases = input.cases, pioneers = input.pioneers) => {
  const keys = pageKeys(buildCatalog({ ...input, cases, pioneers }));
  return {
    'cas-a': keys.case('cas-a'), 'cas-b': keys.case('cas-b'), 'cas-c': keys.case('cas-c'),
    temoin: keys.testimony('temoin'),
    mairie: keys.pioneer('mairie'), asso: keys.pioneer('asso'), usine: keys.pioneer('usine'),
    mobilite: keys.term('themes', 'mobilite'), sante: keys.term('themes', 'sante'),
    themes: keys.taxonomyIndex('themes'), regions: keys.taxonomyIndex('regions'),
  };
};
const changedKeys = (after: ReturnType<typeof keysOf>) => {
  const before = keysOf();
  return Object.keys(before).filter((page) => before[page as keyof typeof before] !== after[page as keyof typeof after]).sort();
};

describe('page keys', () => {
  it('are the same for the same content', () => {
    expect(keysOf()).toEqual(keysOf());
  });

  it('change on the pages that show a case when its title changes: its sheet, its similar cases, its testimony, its organisations, its themes', () => {
    const renamed = input.cases.map((entry) => (entry.id === 'cas-a' ? { ...entry, data: { ...entry.data, title: 'Alliance A renommée' } } : entry));
    // cas-b shows cas-a among its similar cases; cas-c shares nothing with it.
    expect(changedKeys(keysOf(renamed))).toEqual(['asso', 'cas-a', 'cas-b', 'mairie', 'mobilite', 'temoin', 'usine']);
  });

  it('change on the pages of a case’s themes, and on the index that counts them, when its themes change', () => {
    const moved = input.cases.map((entry) => (entry.id === 'cas-c' ? { ...entry, data: { ...entry.data, themes: [{ collection: 'themes' as const, id: 'mobilite' }] } } : entry));
    expect(changedKeys(keysOf(moved))).toEqual(expect.arrayContaining(['cas-c', 'mobilite', 'sante', 'themes', 'usine']));
    expect(changedKeys(keysOf(moved))).not.toContain('regions');
  });

  it('change on the cards that name an organisation when it changes its type', () => {
    const retyped = input.pioneers.map((entry) => (entry.id === 'usine' ? { ...entry, data: { ...entry.data, actorType: { collection: 'actorTypes' as const, id: 'collectivite' } } } : entry));
    // cas-c is launched by usine: its card, on every page that lists it, names usine's type.
    expect(changedKeys(keysOf(undefined, retyped))).toEqual(expect.arrayContaining(['cas-c', 'sante', 'usine']));
  });

  it('change on the page of a factor when the sequence that teaches it changes, and on that page only', () => {
    const taught = { ...input, taxonomies: { ...input.taxonomies, factors: input.taxonomies.factors.map((entry) => (entry.id === 'confiance' ? { ...entry, data: { ...entry.data, taughtIn: { collection: 'sequences' as const, id: 'module-3/roles' } } } : entry)) } };
    const factorKeys = (sequences = taught.sequences) => {
      const keys = pageKeys(buildCatalog({ ...taught, sequences }));
      return [keys.term('factors', 'confiance'), keys.term('factors', 'alterite')];
    };
    const retitled = taught.sequences.map((entry) => ({ ...entry, data: { ...entry.data, title: 'Les rôles de chacun' } }));
    const [confiance, alterite] = factorKeys();
    const [confianceAfter, alteriteAfter] = factorKeys(retitled);
    expect(confianceAfter).not.toBe(confiance);
    expect(alteriteAfter).toBe(alterite);
  });
});
