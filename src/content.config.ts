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

// One line per collection, not a loop: Astro infers each entry's data type from these literal declarations.
export const collections = {
  cases: defineCollection({ loader: loaderOf('cases'), schema: schemas.cases }),
  testimonies: defineCollection({ loader: loaderOf('testimonies'), schema: schemas.testimonies }),
  pioneers: defineCollection({ loader: loaderOf('pioneers'), schema: schemas.pioneers }),
  modules: defineCollection({ loader: loaderOf('modules'), schema: schemas.modules }),
  sequences: defineCollection({ loader: loaderOf('sequences'), schema: schemas.sequences }),
  actorTypes: defineCollection({ loader: loaderOf('actorTypes'), schema: schemas.actorTypes }),
  instruments: defineCollection({ loader: loaderOf('instruments'), schema: schemas.instruments }),
  factors: defineCollection({ loader: loaderOf('factors'), schema: schemas.factors }),
  stages: defineCollection({ loader: loaderOf('stages'), schema: schemas.stages }),
  themes: defineCollection({ loader: loaderOf('themes'), schema: schemas.themes }),
  partnershipForms: defineCollection({ loader: loaderOf('partnershipForms'), schema: schemas.partnershipForms }),
  territoryLevels: defineCollection({ loader: loaderOf('territoryLevels'), schema: schemas.territoryLevels }),
  regions: defineCollection({ loader: loaderOf('regions'), schema: schemas.regions }),
};
