/**
 * Wires each collection of the content model (src/lib/content-model.ts) to its
 * folder under content/. Astro's `reference()` only logs unknown ids, so the
 * content checker (src/lib/checks/, run by src/integrations/content-guard.ts)
 * runs before every build and stops it instead.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionFolders, collectionSchemas, type CollectionName, type ReferenceFactory } from './lib/content-model.ts';

const schemas = collectionSchemas(reference as ReferenceFactory);

/** Pages are Markdown or MDX files, pioneers one YAML file each, taxonomies one YAML list each. */
const loaderOf = (collection: CollectionName) => {
  const path = `./content/${collectionFolders[collection]}`;
  if (path.endsWith('.yaml')) return file(path);
  return glob({ base: path, pattern: collection === 'pioneers' ? '**/*.yaml' : '**/*.{md,mdx}' });
};

const collection = <C extends CollectionName>(name: C) => defineCollection({ loader: loaderOf(name), schema: schemas[name] });

export const collections = {
  cases: collection('cases'),
  testimonies: collection('testimonies'),
  pioneers: collection('pioneers'),
  modules: collection('modules'),
  sequences: collection('sequences'),
  actorTypes: collection('actorTypes'),
  instruments: collection('instruments'),
  factors: collection('factors'),
  stages: collection('stages'),
  themes: collection('themes'),
  partnershipForms: collection('partnershipForms'),
  territoryLevels: collection('territoryLevels'),
  regions: collection('regions'),
};
