/**
 * Every URL of the site, in one place: pages link through these helpers, the
 * link checker and the build test resolve through them. French paths, always
 * with a trailing slash (astro.config.mjs sets trailingSlash: 'always'), under
 * the site's base path (`/` or a sub-path such as `/alliances/`, set in
 * src/lib/site-config.ts): components and pages never write a root-relative
 * URL themselves (tests/site-config.test.ts refuses one).
 */
import { collectionRegistry, isTaxonomy, taxonomyNames, taxonomySpec, type TaxonomyName } from './collections.ts';

export { isTaxonomy, type TaxonomyName } from './collections.ts';

/** The base path Astro builds with (its `base`), `/` outside a build (the checker, scripts run by Node). */
const BASE = builtBase().replace(/\/?$/, '/');

function builtBase(): string {
  // Written out in full: Vite replaces `import.meta.env.BASE_URL` as it reads it, and nothing else.
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
}

/** A path of the site as content writes it (`/cas/x/`), as the built site serves it (`/alliances/cas/x/` under a base path). */
export const withBase = (path: string): string => (BASE === '/' || !path.startsWith('/') ? path : `${BASE}${path.slice(1)}`);

/** The inverse of withBase: the path content would write for a URL of the site. */
export const withoutBase = (url: string): string => (BASE !== '/' && url.startsWith(BASE) ? `/${url.slice(BASE.length)}` : url);

/** A file of public/ or of the build (the favicon, the search bundle), under the base path. */
export const assetUrl = (file: string): string => withBase(`/${file.replace(/^\//, '')}`);

/** Pagefind's bundle, which the search page loads, relative to dist/. */
export const PAGEFIND_BUNDLE_FILE = 'pagefind/pagefind.js';

/** The search table the build writes beside Pagefind's index (src/lib/search-table.ts), relative to dist/. */
export const SEARCH_TABLE_FILE = 'pagefind/facettes.json';

/** Collections whose entries each have a page of their own, under their registry URL segment. */
export const entryCollections = ['cases', 'testimonies', 'pioneers'] as const;

export type EntryCollection = (typeof entryCollections)[number];

/** The learning path's section: modules and sequences live under it. */
export const PATH_SEGMENT = 'parcours';

/** First URL segments of the entry pages (cases, testimonies, pioneers). */
export const entrySections: readonly string[] = entryCollections.map((collection) => collectionRegistry[collection].urlSegment);

/** First URL segments of the sections whose pages all come from content (entries, terms, the path). */
export const contentSections: readonly string[] = [...entrySections, ...taxonomyNames.map((taxonomy) => taxonomySpec(taxonomy).urlSegment), PATH_SEGMENT];

/** Pages that exist once, whatever the content. */
export const staticPaths = {
  home: withBase('/'),
  cases: withBase('/cas/'),
  testimonies: withBase('/temoignages/'),
  pioneers: withBase('/pionniers/'),
  path: withBase(`/${PATH_SEGMENT}/`),
  search: withBase('/recherche/'),
  contribute: withBase('/contribuer/'),
  data: withBase('/donnees/'),
  panorama: withBase('/panorama/'),
  about: withBase('/a-propos/'),
  accessibility: withBase('/accessibilite/'),
} as const;

/** Where the link-preview image (Open Graph) of a case or a testimony is written, under the site's root (src/lib/preview-image/). */
export const previewImagePath = (collection: 'cases' | 'testimonies', id: string) => `apercus/${collectionRegistry[collection].urlSegment}/${id}.png`;

/** The address of that image. */
export const previewImageUrl = (collection: 'cases' | 'testimonies', id: string) => withBase(`/${previewImagePath(collection, id)}`);

/** The RSS feed of new and updated cases and testimonies. */
export const feedUrl = withBase('/flux.xml');

/** The sitemap index written by @astrojs/sitemap, named in robots.txt. */
export const sitemapUrl = withBase('/sitemap-index.xml');

/** The files of an open dataset (cas, temoignages, themes…): its JSON, its CSV, its JSON Schema; or the datapackage.json that lists them all. */
export function dataFileUrl(dataset: 'datapackage'): string;
export function dataFileUrl(dataset: string, format: 'json' | 'csv' | 'schema'): string;
export function dataFileUrl(dataset: string, format: 'json' | 'csv' | 'schema' = 'json') {
  if (dataset === 'datapackage') return `${staticPaths.data}datapackage.json`;
  return `${staticPaths.data}${dataset}.${format === 'schema' ? 'schema.json' : format}`;
}

export const entryUrl = (collection: EntryCollection, id: string) => withBase(`/${collectionRegistry[collection].urlSegment}/${id}/`);

export const taxonomyIndexUrl = (taxonomy: TaxonomyName) => withBase(`/${taxonomySpec(taxonomy).urlSegment}/`);

export const taxonomyTermUrl = (taxonomy: TaxonomyName, id: string) => withBase(`/${taxonomySpec(taxonomy).urlSegment}/${id}/`);

export const moduleUrl = (moduleId: string) => withBase(`/${PATH_SEGMENT}/${moduleId}/`);

/** The printable sheet of a module (objectives, key points, exercises), for a workshop on paper. */
export const moduleSheetUrl = (moduleId: string) => withBase(`/${PATH_SEGMENT}/${moduleId}/fiche/`);

/** Sequence ids are `<module>/<sequence>` (their folder is the module). */
export const sequenceUrl = (sequenceId: string) => withBase(`/${PATH_SEGMENT}/${sequenceId}/`);

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
  if ((entryCollections as readonly string[]).includes(ref.collection)) return entryUrl(ref.collection as EntryCollection, ref.id);
  if (ref.collection === 'sequences') return sequenceUrl(ref.id);
  if (ref.collection === 'modules') return moduleUrl(ref.id);
  return undefined;
};
