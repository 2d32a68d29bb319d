/**
 * The catalog of the whole site, loaded from Astro's collections once per
 * build and shared by every page (no page recomputes what another computed).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type TermEntry } from './catalog.ts';
import { pageKeys } from './page-keys.ts';
import { taxonomyNames, type TaxonomyName } from './collections.ts';

/** The catalog of the site holds Astro's own entries: pages render what it hands back. */
interface SiteEntries {
  case: CollectionEntry<'cases'>;
  testimony: CollectionEntry<'testimonies'>;
  pioneer: CollectionEntry<'pioneers'>;
  module: CollectionEntry<'modules'>;
  sequence: CollectionEntry<'sequences'>;
}

export type SiteCatalog = Catalog<SiteEntries>;

let catalog: Promise<SiteCatalog> | undefined;

async function load(): Promise<SiteCatalog> {
  const [cases, testimonies, pioneers, modules, sequences, ...terms] = await Promise.all([
    getCollection('cases'),
    getCollection('testimonies'),
    getCollection('pioneers'),
    getCollection('modules'),
    getCollection('sequences'),
    ...taxonomyNames.map((name) => getCollection(name) as Promise<TermEntry[]>),
  ]);
  const taxonomies = Object.fromEntries(taxonomyNames.map((name, index) => [name, terms[index]])) as Record<TaxonomyName, TermEntry[]>;
  return buildCatalog<SiteEntries>({ cases, testimonies, pioneers, modules, sequences, taxonomies });
}

export const getCatalog = () => (catalog ??= load());

let keys: Promise<ReturnType<typeof pageKeys<SiteEntries>>> | undefined;

/** The cacheKey of each page Astro may copy from the previous build (src/lib/page-keys.ts). */
export const getPageKeys = () => (keys ??= getCatalog().then((loaded) => pageKeys<SiteEntries>(loaded)));
