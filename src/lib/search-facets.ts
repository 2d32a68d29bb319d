/**
 * What the search knows about each indexed page besides its text: the facets
 * it can be filtered by, the meta a result shows, the year it is sorted by. Everything is
 * computed from the typed content through the catalog (caseTerms,
 * testimonyTerms, pioneerTerms), so a new taxonomy term or a new case shows up
 * in the search facets without anyone typing a filter by hand.
 *
 * A facet's key is the URL parameter of the search page (/recherche/?theme=…),
 * its values in the index are the French labels (what readers see), its values
 * in URLs are the term ids.
 */
import type { Catalog, CaseEntry, PioneerEntry, SequenceEntry, TestimonyEntry } from './catalog.ts';
import { learningPath, moduleName, publishedSequences } from './learning-path.ts';
import { taxonomyNames, taxonomySpec, type TaxonomyName } from './collections.ts';
import { moduleOfSequence } from './routes.ts';
import { formatTestimonyDate } from './format.ts';
import { CONTENT_TYPE_SEARCH_PARAM, contentTypes, INSTIGATOR_SEARCH_PARAM, NATURE_SEARCH_PARAM, natures, WHEN_KEY, type FacetTerm } from './search-params.ts';

export interface Facet {
  /** URL parameter, and key of the facet in the search table. */
  param: string;
  /** Title of the group of checkboxes on the search page. */
  legend: string;
  terms: FacetTerm[];
}

/**
 * What the search knows of one page besides its text: the meta Pagefind keeps
 * for its result, and the facets and year of the search table (src/lib/search-table.ts).
 */
export interface SearchRecord {
  /** Labels by facet URL parameter. */
  filters: Record<string, string[]>;
  /** A result's summary line, where it sits (a territory, or the module of a sequence), and when, if its year says too much or too little. */
  meta: { resume: string; territoire?: string; module?: string; [WHEN_KEY]?: string };
  /** The year results are sorted by (start of a case, date of a testimony, a pioneer joining); none for a sequence. */
  year?: number;
}

export type SearchableCollection = 'cases' | 'testimonies' | 'pioneers' | 'sequences';

const choices = (values: Record<string, string>): FacetTerm[] => Object.entries(values).map(([id, label]) => ({ id, label }));

const natureOf = (illustrative: boolean) => (illustrative ? natures.illustratif : natures.reel);

/** Taxonomies whose facet comes first, in the order a practitioner narrows a search; the others follow in the registry's order. */
const LEADING_TAXONOMIES: readonly TaxonomyName[] = ['themes', 'actorTypes', 'regions', 'territoryKinds', 'factors', 'instruments'];

/** Legends that differ from the taxonomy's title. */
const FACET_LEGENDS: Partial<Record<TaxonomyName, string>> = { actorTypes: 'Acteurs impliqués', regions: 'Régions' };

/** The facets of the search page: one per taxonomy of the registry, plus content type, instigator type and real-or-illustrative. */
export function searchFacets(catalog: Catalog): Facet[] {
  const termsOf = (taxonomy: TaxonomyName) => catalog.terms(taxonomy).map((term) => ({ id: term.id, label: term.data.label }));
  const taxonomy = (name: TaxonomyName): Facet => ({
    param: taxonomySpec(name).searchParam,
    legend: FACET_LEGENDS[name] ?? taxonomySpec(name).title,
    terms: termsOf(name),
  });
  const ordered = [...LEADING_TAXONOMIES, ...taxonomyNames.filter((name) => !LEADING_TAXONOMIES.includes(name))].map(taxonomy);
  const instigator: Facet = { param: INSTIGATOR_SEARCH_PARAM, legend: 'Type d’instigateur', terms: termsOf('actorTypes') };
  return [
    { param: CONTENT_TYPE_SEARCH_PARAM, legend: 'Type de contenu', terms: choices(contentTypes) },
    ordered[0]!,
    instigator,
    ...ordered.slice(1),
    { param: NATURE_SEARCH_PARAM, legend: 'Réel ou illustratif', terms: choices(natures) },
  ];
}

/** The label of every term an entry is linked to, keyed by the facet's URL parameter. */
function taxonomyFilters(catalog: Catalog, termsOf: (taxonomy: TaxonomyName) => string[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const taxonomy of taxonomyNames) {
    const labels = termsOf(taxonomy).map((id) => catalog.term(taxonomy, id).data.label);
    if (labels.length > 0) filters[taxonomySpec(taxonomy).searchParam] = labels;
  }
  return filters;
}

function caseRecord(catalog: Catalog, entry: CaseEntry): SearchRecord {
  const { data } = entry;
  return {
    filters: {
      [CONTENT_TYPE_SEARCH_PARAM]: [contentTypes.cas],
      [NATURE_SEARCH_PARAM]: [natureOf(data.illustrative)],
      [INSTIGATOR_SEARCH_PARAM]: [catalog.actorTypeOf(entry.data.instigator.id).data.label],
      ...taxonomyFilters(catalog, (taxonomy) => catalog.caseTerms(entry, taxonomy)),
    },
    meta: { resume: data.summary, territoire: data.territory.name },
    year: data.startYear,
  };
}

function testimonyRecord(catalog: Catalog, entry: TestimonyEntry): SearchRecord {
  const { data } = entry;
  const year = data.date.getUTCFullYear();
  return {
    filters: {
      [CONTENT_TYPE_SEARCH_PARAM]: [contentTypes.temoignage],
      [NATURE_SEARCH_PARAM]: [natureOf(data.illustrative)],
      ...taxonomyFilters(catalog, (taxonomy) => catalog.testimonyTerms(entry, taxonomy)),
    },
    meta: { resume: data.highlight, territoire: catalog.regionLabelOf(data.pioneer.id), [WHEN_KEY]: formatTestimonyDate(data.date, data.approximateDate) },
    year,
  };
}

function pioneerRecord(catalog: Catalog, entry: PioneerEntry): SearchRecord {
  const { data } = entry;
  return {
    filters: {
      [CONTENT_TYPE_SEARCH_PARAM]: [contentTypes.pionnier],
      [NATURE_SEARCH_PARAM]: [natureOf(data.illustrative)],
      ...taxonomyFilters(catalog, (taxonomy) => catalog.pioneerTerms(entry, taxonomy)),
    },
    meta: { resume: data.description, territoire: catalog.regionLabelOf(entry.id) },
    year: data.joined,
  };
}

function sequenceRecord(catalog: Catalog, entry: SequenceEntry): SearchRecord {
  const module = catalog.module(moduleOfSequence(entry.id));
  return {
    filters: {
      [CONTENT_TYPE_SEARCH_PARAM]: [contentTypes.sequence],
      ...taxonomyFilters(catalog, (taxonomy) => catalog.sequenceTerms(entry, taxonomy)),
    },
    meta: { resume: entry.data.objectives.join(' '), module: moduleName(module) },
  };
}

/** The search record of one entry that has a page. */
export function searchRecord(catalog: Catalog, collection: SearchableCollection, id: string): SearchRecord {
  switch (collection) {
    case 'cases': return caseRecord(catalog, catalog.case(id));
    case 'testimonies': return testimonyRecord(catalog, catalog.testimony(id));
    case 'pioneers': return pioneerRecord(catalog, catalog.pioneer(id));
    case 'sequences': return sequenceRecord(catalog, catalog.sequence(id));
  }
}

/** Every page of the index: the pages that carry their search record (SearchFacets.astro). */
export function indexedEntries(catalog: Catalog): { collection: SearchableCollection; id: string }[] {
  const entries = (collection: SearchableCollection, list: { id: string }[]) => list.map(({ id }) => ({ collection, id }));
  return [
    ...entries('cases', catalog.cases),
    ...entries('testimonies', catalog.testimonies),
    ...entries('pioneers', catalog.pioneers),
    ...entries('sequences', publishedSequences(learningPath(catalog.modules, catalog.sequences))),
  ];
}

/**
 * How many pages of the index each facet value has, and how many pages there
 * are, known at build time: the search page shows these counts in its HTML, so
 * that it is ready, with them, before its script loads anything.
 */
export function indexCounts(catalog: Catalog): { total: number; counts: Record<string, Record<string, number>> } {
  const counts: Record<string, Record<string, number>> = {};
  const entries = indexedEntries(catalog);
  for (const { collection, id } of entries) {
    for (const [param, labels] of Object.entries(searchRecord(catalog, collection, id).filters)) {
      const facet = (counts[param] ??= {});
      for (const label of labels) facet[label] = (facet[label] ?? 0) + 1;
    }
  }
  return { total: entries.length, counts };
}

/**
 * Where a reader who has typed nothing yet may start: the terms of a facet
 * with the most pages, most first (ties in the facet's order), as the search
 * page offers them beside its empty result list.
 */
export function startingPoints(facet: Facet, counts: Record<string, Record<string, number>>, limit = 6): (FacetTerm & { count: number })[] {
  return facet.terms
    .map((term) => ({ ...term, count: counts[facet.param]?.[term.label] ?? 0 }))
    .filter((term) => term.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
