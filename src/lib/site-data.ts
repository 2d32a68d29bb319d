/**
 * The catalog of the whole site, loaded from Astro's collections once per
 * build and shared by every page (no page recomputes what another computed).
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog, type TermEntry } from './catalog.ts';
import type { TaxonomyName } from './routes.ts';

let catalog: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [cases, testimonies, pioneers, modules, sequences, themes, factors, actorTypes, instruments, stages, regions, partnershipForms, territoryLevels] =
    await Promise.all([
      getCollection('cases'),
      getCollection('testimonies'),
      getCollection('pioneers'),
      getCollection('modules'),
      getCollection('sequences'),
      getCollection('themes'),
      getCollection('factors'),
      getCollection('actorTypes'),
      getCollection('instruments'),
      getCollection('stages'),
      getCollection('regions'),
      getCollection('partnershipForms'),
      getCollection('territoryLevels'),
    ]);
  const taxonomies: Record<TaxonomyName, TermEntry[]> = { themes, factors, actorTypes, instruments, stages, regions, partnershipForms, territoryLevels };
  return buildCatalog({ cases, testimonies, pioneers, modules, sequences, taxonomies });
}

export const getCatalog = () => (catalog ??= load());
