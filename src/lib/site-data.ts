/**
 * The catalog of the whole site, loaded from Astro's collections once per
 * build and shared by every page (no page recomputes what another computed).
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog, type TermEntry } from './catalog.ts';
import { taxonomyNames, type TaxonomyName } from './collections.ts';

let catalog: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [cases, testimonies, pioneers, modules, sequences, ...terms] = await Promise.all([
    getCollection('cases'),
    getCollection('testimonies'),
    getCollection('pioneers'),
    getCollection('modules'),
    getCollection('sequences'),
    ...taxonomyNames.map((name) => getCollection(name) as Promise<TermEntry[]>),
  ]);
  const taxonomies = Object.fromEntries(taxonomyNames.map((name, index) => [name, terms[index]])) as Record<TaxonomyName, TermEntry[]>;
  return buildCatalog({ cases, testimonies, pioneers, modules, sequences, taxonomies });
}

export const getCatalog = () => (catalog ??= load());
