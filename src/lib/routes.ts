/**
 * Every URL of the site, in one place: pages link through these helpers, the
 * link checker and the build test resolve through them. French paths, always
 * with a trailing slash (astro.config.mjs sets trailingSlash: 'always').
 */
import type { CollectionName } from './content-model.ts';

/** Taxonomies that have a page per term, and the URL segment of that page. */
export const taxonomyPaths = {
  themes: 'themes',
  factors: 'facteurs',
  actorTypes: 'acteurs',
  instruments: 'instruments',
  stages: 'stades',
  regions: 'territoires',
  partnershipForms: 'formes-de-partenariat',
  territoryLevels: 'echelles',
} as const satisfies Partial<Record<CollectionName, string>>;

export type TaxonomyName = keyof typeof taxonomyPaths;

export const isTaxonomy = (collection: string): collection is TaxonomyName => collection in taxonomyPaths;

/** Collections whose entries each have a page, and the URL segment of their list. */
export const entryPaths = {
  cases: 'cas',
  testimonies: 'temoignages',
  pioneers: 'pionniers',
} as const satisfies Partial<Record<CollectionName, string>>;

export type EntryCollection = keyof typeof entryPaths;

/** Pages that exist once, whatever the content. */
export const staticPaths = {
  home: '/',
  cases: '/cas/',
  testimonies: '/temoignages/',
  pioneers: '/pionniers/',
  path: '/parcours/',
  search: '/recherche/',
  contribute: '/contribuer/',
  data: '/donnees/',
  about: '/a-propos/',
  accessibility: '/accessibilite/',
} as const;

/** The open data export of all cases. */
export const openDataUrl = (format: 'json' | 'csv') => `${staticPaths.data}cas.${format}`;

export const entryUrl = (collection: EntryCollection, id: string) => `/${entryPaths[collection]}/${id}/`;

export const taxonomyIndexUrl = (taxonomy: TaxonomyName) => `/${taxonomyPaths[taxonomy]}/`;

export const taxonomyTermUrl = (taxonomy: TaxonomyName, id: string) => `/${taxonomyPaths[taxonomy]}/${id}/`;

export const moduleUrl = (moduleId: string) => `/parcours/${moduleId}/`;

/** The printable sheet of a module (objectives, key points, exercises), for a workshop on paper. */
export const moduleSheetUrl = (moduleId: string) => `/parcours/${moduleId}/fiche/`;

/** Sequence ids are `<module>/<sequence>` (their folder is the module). */
export const sequenceUrl = (sequenceId: string) => `/parcours/${sequenceId}/`;

/** The module a sequence belongs to, read from its id. */
export const moduleOfSequence = (sequenceId: string) => sequenceId.split('/')[0] ?? sequenceId;

/** The search page, pre-filtered: filter names are the search page's URL parameters; a list repeats the parameter. */
export const searchUrl = (params: Record<string, string | string[]> = {}) => {
  const query = new URLSearchParams(Object.entries(params).flatMap(([name, values]) => [values].flat().map((value) => [name, value]))).toString();
  return query ? `${staticPaths.search}?${query}` : staticPaths.search;
};

/** The URL of any referenced entry that has a page, or undefined when it has none. */
export const urlOfReference = (ref: { collection: string; id: string }): string | undefined => {
  if (isTaxonomy(ref.collection)) return taxonomyTermUrl(ref.collection, ref.id);
  if (ref.collection in entryPaths) return entryUrl(ref.collection as EntryCollection, ref.id);
  if (ref.collection === 'sequences') return sequenceUrl(ref.id);
  if (ref.collection === 'modules') return moduleUrl(ref.id);
  return undefined;
};
