import { describe, expect, it } from 'vitest';
import { buildCatalog, realCount } from '../src/lib/catalog.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

const catalog = buildCatalog(tinyCatalogInput());
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('catalog', () => {
  it('lists cases newest first', () => {
    expect(ids(catalog.cases)).toEqual(['cas-b', 'cas-c', 'cas-a']);
  });

  it('reads the instigator type from the instigator pioneer', () => {
    expect(catalog.instigatorTypeOf(catalog.case('cas-a'))).toBe('collectivite');
    expect(catalog.instigatorTypeOf(catalog.case('cas-c'))).toBe('entreprise');
  });

  it('counts as actor types of a case its instigator and every partner, once each', () => {
    expect(catalog.caseTerms(catalog.case('cas-a'), 'actorTypes')).toEqual(['collectivite', 'interet-general', 'entreprise']);
    expect(catalog.caseTerms(catalog.case('cas-b'), 'actorTypes')).toEqual(['interet-general']);
  });

  it('gives a pioneer the alliances it launched, those it joined with its role, and its testimonies', () => {
    const activity = catalog.pioneerActivity('asso');
    expect(ids(activity.instigated)).toEqual(['cas-b']);
    expect(activity.partnered.map((item) => [item.case.id, item.role])).toEqual([['cas-a', 'mobilise les bénévoles']]);
    expect(ids(activity.testimonies)).toEqual(['temoin']);
  });

  it('lists everything linked to a term', () => {
    const linked = catalog.linkedTo('themes', 'emploi-insertion');
    expect(ids(linked.cases)).toEqual(['cas-b', 'cas-a']);
    expect(ids(linked.testimonies)).toEqual(['temoin']);
    expect(ids(catalog.linkedTo('regions', 'bretagne').pioneers)).toEqual(['asso', 'mairie']);
    expect(ids(catalog.linkedTo('actorTypes', 'entreprise').cases)).toEqual(['cas-c', 'cas-a']);
  });

  it('links a case to the kinds of territory its sheet names, and to none when it names none', () => {
    expect(catalog.caseTerms(catalog.case('cas-a'), 'territoryKinds')).toEqual(['urbain']);
    expect(catalog.caseTerms(catalog.case('cas-b'), 'territoryKinds')).toEqual([]);
    expect(ids(catalog.linkedTo('territoryKinds', 'urbain').cases)).toEqual(['cas-a']);
  });

  it('gives a factor’s page each citing case with its line on how the factor played out there', () => {
    expect(catalog.casesWithNotes('factors', 'confiance').map((item) => [item.case.id, item.note])).toEqual([
      ['cas-b', 'les bénévoles ont confié les clés'],
      ['cas-a', undefined],
    ]);
    expect(catalog.casesWithNotes('instruments', 'evaluation-partenariale')).toEqual([]);
  });

  it('groups testimonies by the actor type of the organisation that speaks', () => {
    expect(catalog.testimoniesByActorType().map((group) => [group.type.id, ids(group.testimonies)])).toEqual([['interet-general', ['temoin']]]);
  });

  it('orders terms by their rank when they have one', () => {
    expect(ids(catalog.terms('stages'))).toEqual(['emergence', 'experimentation', 'structuration']);
  });

  it('counts cases per term, zero included', () => {
    expect(catalog.caseCounts('themes').map(({ term, count }) => [term.id, count])).toEqual([
      ['emploi-insertion', 2],
      ['mobilite', 1],
      ['sante', 1],
    ]);
  });

  it('finds similar cases by shared themes, factors, region and instigator type, best first', () => {
    expect(ids(catalog.similarCases('cas-a'))).toEqual(['cas-b']);
    expect(ids(catalog.similarCases('cas-c'))).toEqual([]);
  });

  it('links a case to the testimonies and sequences that use it', () => {
    expect(ids(catalog.testimoniesOfCase('cas-a'))).toEqual(['temoin']);
    expect(ids(catalog.sequencesIllustratedBy('cases', 'cas-a'))).toEqual(['module-3/roles']);
    expect(catalog.sequencesIllustratedBy('testimonies', 'temoin')).toEqual([]);
  });

  it('names any reference', () => {
    expect(catalog.labelOf({ collection: 'pioneers', id: 'usine' })).toBe('Organisation usine');
    expect(catalog.labelOf({ collection: 'themes', id: 'sante' })).toBe('SANTE');
  });

  it('fails loudly on an id the checker should have stopped', () => {
    expect(() => catalog.pioneer('inconnu')).toThrow('catalog: pioneer inconnu not found');
  });
});

describe('similar cases', () => {
  it('keeps the best few, ties broken by the newest, whatever the order of the catalog', () => {
    const input = tinyCatalogInput();
    const base = input.cases[1]!;
    const twins = ['x-2011', 'x-2019', 'x-2015', 'x-2017'].map((id) => ({ id, data: { ...base.data, startYear: Number(id.slice(2)) } }));
    const many = buildCatalog({ ...input, cases: [...input.cases, ...twins] });
    expect(ids(many.similarCases('cas-b', 3))).toEqual(['x-2019', 'x-2017', 'x-2015']);
    expect(ids(many.similarCases('cas-b', 10))).toEqual(['x-2019', 'x-2017', 'x-2015', 'x-2011', 'cas-a']);
  });

  it('puts real cases before illustrative ones, even less similar', () => {
    const input = tinyCatalogInput();
    const base = input.cases[1]!;
    const real = { id: 'reel-loin', data: { ...base.data, illustrative: false, themes: [], factors: [], startYear: 2001 } };
    const twins = ['x-2019', 'x-2017'].map((id) => ({ id, data: { ...base.data, startYear: Number(id.slice(2)) } }));
    const many = buildCatalog({ ...input, cases: [...input.cases, ...twins, real] });
    expect(ids(many.similarCases('cas-b', 2))).toEqual(['reel-loin', 'x-2019']);
  });

  it('ranks as comparing the case with every other one would, on varied cases', () => {
    const input = tinyCatalogInput();
    const themes = ['emploi-insertion', 'mobilite', 'sante'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const some = (list: string[]) => list.filter(() => random() < 0.5);
    const varied = Array.from({ length: 60 }, (_, index) => {
      const base = input.cases[index % 3]!.data;
      return {
        id: `varie-${index}`,
        data: {
          ...base,
          title: `Varié ${index % 7}`,
          illustrative: index % 17 !== 0,
          startYear: 2000 + (index % 13),
          themes: some(themes).map((id) => ({ collection: 'themes' as const, id })),
          factors: some(['confiance', 'alterite']).map((id) => ({ collection: 'factors' as const, id })),
          territory: { ...base.territory, regions: some(['bretagne', 'occitanie']).map((id) => ({ collection: 'regions' as const, id })) },
          instigator: { collection: 'pioneers' as const, id: ['mairie', 'asso', 'usine'][index % 3]! },
        },
      };
    });
    const many = buildCatalog({ ...input, cases: [...input.cases, ...varied] });
    // The definition, pair by pair: weights 3 a theme, 2 a factor, 2 a region, 1 the instigator type.
    const shared = (a: { id: string }[], b: { id: string }[]) => a.filter((x) => b.some((y) => y.id === x.id)).length;
    const score = (a: (typeof many.cases)[number], b: (typeof many.cases)[number]) =>
      3 * shared(a.data.themes, b.data.themes) + 2 * shared(a.data.factors, b.data.factors) + 2 * shared(a.data.territory.regions, b.data.territory.regions) +
      (many.instigatorTypeOf(a) === many.instigatorTypeOf(b) ? 1 : 0);
    for (const origin of many.cases) {
      const expected = many.cases
        .filter((other) => other.id !== origin.id && score(origin, other) > 0)
        .map((other) => ({ other, score: score(origin, other) }))
        .sort((a, b) => Number(a.other.data.illustrative) - Number(b.other.data.illustrative) || b.score - a.score || b.other.data.startYear - a.other.data.startYear || a.other.data.title.localeCompare(b.other.data.title, 'fr') || many.cases.indexOf(a.other) - many.cases.indexOf(b.other))
        .slice(0, 6)
        .map(({ other }) => other.id);
      expect(ids(many.similarCases(origin.id, 6)), origin.id).toEqual(expected);
    }
  });
});

describe('real content first', () => {
  it('lists real cases, testimonies and pioneers before illustrative ones, each in its usual order', () => {
    const input = tinyCatalogInput();
    const realOld = { ...input.cases[2]!, id: 'reel-ancien', data: { ...input.cases[2]!.data, illustrative: false, startYear: 2001 } };
    const realPioneer = { ...input.pioneers[2]!, id: 'zz-reel', data: { ...input.pioneers[2]!.data, illustrative: false } };
    const mixed = buildCatalog({ ...input, cases: [...input.cases, realOld], pioneers: [...input.pioneers, realPioneer] });
    expect(ids(mixed.cases)).toEqual(['reel-ancien', 'cas-b', 'cas-c', 'cas-a']);
    expect(ids(mixed.pioneers)[0]).toBe('zz-reel');
    expect(realCount(mixed.cases)).toEqual({ real: 1, illustrative: 3 });
  });
});

describe('pioneers', () => {
  it('name their actor type and where they act, « Action nationale » when they have no region', () => {
    expect(catalog.actorTypeOf('asso').id).toBe('interet-general');
    expect(catalog.regionLabelOf('mairie')).toBe('BRETAGNE');
    expect(catalog.regionLabelOf('usine')).toBe('Action nationale');
  });

  it('are grouped by actor type, in the taxonomy order, without empty groups', () => {
    expect(catalog.pioneersByActorType().map(({ type, pioneers }) => [type.id, ids(pioneers)])).toEqual([
      ['collectivite', ['mairie']],
      ['entreprise', ['usine']],
      ['interet-general', ['asso']],
    ]);
  });
});

describe('lookups', () => {
  it('find a sequence by id and fail loudly on an unknown one', () => {
    expect(catalog.sequence('module-3/roles').data.title).toBe('Les rôles');
    expect(() => catalog.module('module-9')).toThrow('catalog: module module-9 not found');
  });

  it('give a testimony the actor type and region of its pioneer', () => {
    const testimony = catalog.testimony('temoin');
    expect(catalog.testimonyTerms(testimony, 'actorTypes')).toEqual(['interet-general']);
    expect(catalog.testimonyTerms(testimony, 'regions')).toEqual(['bretagne']);
    expect(catalog.testimonyTerms(testimony, 'stages')).toEqual([]);
  });
});
