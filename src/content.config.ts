/**
 * Wires each collection of the registry (src/lib/collections.ts) to its files
 * under content/, with its schema from the content model. Astro's `reference()`
 * only logs unknown ids, so the content checker (src/lib/checks/, run by
 * src/integrations/content-guard.ts) runs with every build and stops it instead.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionNames, collectionRegistry, collectionSchemas, type CollectionName, type CollectionSchemas } from './lib/collections.ts';
import type { ReferenceFactory } from './lib/content-model.ts';
import { guardedLoader } from './lib/checks/verdict.ts';
import { pageFiles } from './lib/page-loader.ts';

const schemas = collectionSchemas(reference as ReferenceFactory);

/** Pages are Markdown or MDX files (their data stored, their text rendered by the page), data files one YAML file each, lists one YAML file of entries. */
const loaderOf = (collection: CollectionName) => {
  const { kind, path } = collectionRegistry[collection];
  const base = `./content/${path}`;
  if (kind === 'data-list') return file(base);
  if (kind === 'pages') return pageFiles({ base });
  return glob({ base, pattern: '**/*.yaml' });
};

/** When a collection fails to load during a build, the checker's report, which names every problem, is what stops it. */
const guardedLoaderOf = (collection: CollectionName) => guardedLoader(loaderOf(collection));

/** What defineCollection returns for a schema: a conditional, so TypeScript checks it per collection. */
type ConfigOf<Schema> = Schema extends z.core.$ZodType ? ReturnType<typeof defineCollection<Schema>> : never;

// Typed per collection, so that Astro infers each entry's data from its own schema.
export const collections = Object.fromEntries(
  collectionNames.map((name) => [name, defineCollection({ loader: guardedLoaderOf(name), schema: schemas[name] })]),
) as { [K in CollectionName]: ConfigOf<CollectionSchemas[K]> };
