import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog.ts';
import { indexCounts, searchFacets, searchRecord, startingPoints } from '../src/lib/search-facets.ts';
import { INSTIGATOR_SEARCH_PARAM } from '../src/lib/search-params.ts';
import { chosenLabels, orderResults, searchQuery, type SearchState } from '../src/lib/search-query.ts';
import { searchUrl } from '../src/lib/routes.ts';
import { taxonomyNames, taxonomySpec } from '../src/lib/collections.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

const catalog = buildCatalog(tinyCatalogInput());

describe('search facets', () => {
  it('offer a filter for every URL parameter the taxonomy pages link to, once each', () => {
    const params = searchFacets(catalog).map((facet) => facet.param);
    expect(new Set(params).size).toBe(params.length);
    for (const name of taxonomyNames) expect(params).toContain(taxonomySpec(name).searchParam);
    expect(params).toEqual(expect.arrayContaining([INSTIGATOR_SEARCH_PARAM, 'type', 'nature']));
  });

  it('offer as starting points the terms with the most pages, most first, none without pages', () => {
    const facet = { param: 'theme', legend: 'Thèmes', terms: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }, { id: 'd', label: 'D' }] };
    const counts = { theme: { A: 2, B: 5, C: 0, D: 2 } };
    expect(startingPoints(facet, counts, 2)).toEqual([{ id: 'b', label: 'B', count: 5 }, { id: 'a', label: 'A', count: 2 }]);
    expect(startingPoints(facet, counts).map((term) => term.id)).toEqual(['b', 'a', 'd']);
  });

  it('index a case under the labels of its terms, its instigator type and its start year', () => {
    expect(searchRecord(catalog, 'cases', 'cas-a')).toEqual({
      filters: {
        type: ['Cas'],
        nature: ['Exemple fictif'],
        instigateur: ['COLLECTIVITE'],
        theme: ['EMPLOI-INSERTION', 'MOBILITE'],
        facteur: ['CONFIANCE'],
        acteur: ['COLLECTIVITE', 'INTERET-GENERAL', 'ENTREPRISE'],
        instrument: ['DIALOGUE-TERRITORIAL'],
        stade: ['STRUCTURATION'],
        region: ['BRETAGNE'],
        echelle: ['COMMUNE'],
        milieu: ['URBAIN'],
      },
      meta: { resume: expect.any(String), territoire: 'Ville A' },
      year: 2012,
    });
  });

  it('index a testimony under its pioneer’s actor type and region, and the year it was given', () => {
    const record = searchRecord(catalog, 'testimonies', 'temoin');
    expect(record.filters).toMatchObject({ type: ['Témoignage'], acteur: ['INTERET-GENERAL'], region: ['BRETAGNE'], facteur: ['ALTERITE'] });
    expect(record.year).toBe(2024);
    expect(record.meta.quand).toBe('1 mars 2024');
  });

  it('show « vers 2016 » for a testimony dated only roughly, and keep its year to sort by', () => {
    const input = tinyCatalogInput();
    const testimony = input.testimonies[0]!;
    input.testimonies = [{ ...testimony, data: { ...testimony.data, date: new Date('2016-01-01'), approximateDate: true } }];
    const record = searchRecord(buildCatalog(input), 'testimonies', 'temoin');
    expect(record.meta.quand).toBe('vers 2016');
    expect(record.year).toBe(2016);
  });

  it('put the kind of territory right after the regions, as a rural councillor narrows a search', () => {
    const legends = searchFacets(catalog).map((facet) => facet.legend);
    expect(legends.indexOf('Types de territoire')).toBe(legends.indexOf('Régions') + 1);
  });

  it('say a pioneer without region acts nationally, and leave it out of year sorting when its year is unknown', () => {
    const record = searchRecord(catalog, 'pioneers', 'usine');
    expect(record.meta.territoire).toBe('Action nationale');
    expect(record.filters).not.toHaveProperty('region');
    expect(record.year).toBeUndefined();
  });

  it('count, before any search, the pages of each facet value over the whole index', () => {
    const { total, counts } = indexCounts(catalog);
    expect(total).toBe(3 + 1 + 3 + 1);
    expect(counts.type).toEqual({ Cas: 3, Témoignage: 1, Pionnier: 3, Séquence: 1 });
    // cas-a and cas-b, and the testimony of the association, which speaks for its region.
    expect(counts.region).toEqual({ BRETAGNE: 2 + 1 + 2, OCCITANIE: 1 });
    expect(counts.facteur).toEqual({ CONFIANCE: 2 + 1, ALTERITE: 1 + 1 });
  });

  it('index a sequence under the factors its field examples illustrate', () => {
    expect(searchRecord(catalog, 'sequences', 'module-3/roles').filters).toEqual({ type: ['Séquence'], facteur: ['CONFIANCE'] });
  });
});

describe('a search in the URL', () => {
  const state: SearchState = {
    query: 'gouvernance',
    filters: {
      theme: [{ id: 'emploi-insertion', label: 'Emploi et insertion' }, { id: 'sante', label: 'Santé et bien-être' }],
      instigateur: [{ id: 'collectivite', label: 'Collectivité territoriale' }],
    },
    sort: 'pertinence',
  };

  it('holds the query and the term ids, a parameter repeated per term', () => {
    expect(searchQuery(state)).toBe('?q=gouvernance&theme=emploi-insertion&theme=sante&instigateur=collectivite');
    expect(searchQuery({ ...state, query: '', filters: {}, sort: 'recent' })).toBe('?tri=recent');
    expect(searchQuery({ ...state, query: '', filters: {} })).toBe('');
    // What the search page writes is what the links of other pages (routes.ts) would open.
    expect(`${searchUrl()}${searchQuery(state)}`).toBe(searchUrl({ q: 'gouvernance', theme: ['emploi-insertion', 'sante'], instigateur: 'collectivite' }));
  });

  it('selects in the search table on the labels of its terms', () => {
    expect(chosenLabels(state)).toEqual({ theme: ['Emploi et insertion', 'Santé et bien-être'], instigateur: ['Collectivité territoriale'] });
  });
});

describe('search results', () => {
  const found = [
    { id: 'fictif-2010', year: 2010, real: false },
    { id: 'reel-sans-annee', year: undefined, real: true },
    { id: 'reel-2020', year: 2020, real: true },
    { id: 'fictif-2020', year: 2020, real: false },
    { id: 'reel-2015', year: 2015, real: true },
  ];
  const page = { yearOf: (result: (typeof found)[number]) => result.year, isReal: (result: (typeof found)[number]) => result.real };
  const ids = (results: typeof found) => results.map((result) => result.id);

  it('show real content first, each part in the order the search gave', () => {
    expect(ids(orderResults(found, 'pertinence', page))).toEqual(['reel-sans-annee', 'reel-2020', 'reel-2015', 'fictif-2010', 'fictif-2020']);
  });

  it('sorted by year keep only the dated pages, real ones first, and the order found between pages of a year', () => {
    expect(ids(orderResults(found, 'recent', page))).toEqual(['reel-2020', 'reel-2015', 'fictif-2020', 'fictif-2010']);
    expect(ids(orderResults(found, 'ancien', page))).toEqual(['reel-2015', 'reel-2020', 'fictif-2010', 'fictif-2020']);
    const sameYear = [{ id: 'b', year: 2020, real: true }, { id: 'a', year: 2020, real: true }];
    expect(ids(orderResults(sameYear, 'recent', page))).toEqual(['b', 'a']);
  });
});
