/**
 * Wires each collection of the content model (src/lib/content-model.ts) to its
 * folder under content/. Astro's `reference()` is passed to the schemas; it only
 * logs unknown ids, so the content checker (src/lib/checks/) runs before every
 * build and stops it instead.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  actorTypeSchema,
  caseSchema,
  collectionFolders as folders,
  moduleSchema,
  pioneerSchema,
  regionSchema,
  sequenceSchema,
  stageSchema,
  taxonomySchema,
  territoryLevelSchema,
  testimonySchema,
  themeSchema,
  type ReferenceFactory,
} from './lib/content-model.ts';

const ref = reference as ReferenceFactory;
const pages = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/*.{md,mdx}' });
const data = (path: string) => file(`./content/${path}`);

export const collections = {
  cases: defineCollection({ loader: pages(folders.cases), schema: caseSchema(ref) }),
  testimonies: defineCollection({ loader: pages(folders.testimonies), schema: testimonySchema(ref) }),
  pioneers: defineCollection({ loader: glob({ base: `./content/${folders.pioneers}`, pattern: '**/*.yaml' }), schema: pioneerSchema(ref) }),
  modules: defineCollection({ loader: pages(folders.modules), schema: moduleSchema }),
  sequences: defineCollection({ loader: pages(folders.sequences), schema: sequenceSchema(ref) }),
  actorTypes: defineCollection({ loader: data(folders.actorTypes), schema: actorTypeSchema }),
  instruments: defineCollection({ loader: data(folders.instruments), schema: taxonomySchema }),
  factors: defineCollection({ loader: data(folders.factors), schema: taxonomySchema }),
  stages: defineCollection({ loader: data(folders.stages), schema: stageSchema }),
  themes: defineCollection({ loader: data(folders.themes), schema: themeSchema }),
  partnershipForms: defineCollection({ loader: data(folders.partnershipForms), schema: taxonomySchema }),
  territoryLevels: defineCollection({ loader: data(folders.territoryLevels), schema: territoryLevelSchema }),
  regions: defineCollection({ loader: data(folders.regions), schema: regionSchema }),
};
