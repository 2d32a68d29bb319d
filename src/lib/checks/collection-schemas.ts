/**
 * The schema of every collection, built with a given reference factory: the
 * same pairing as src/content.config.ts, for the checker and the JSON Schemas.
 */
import type { z } from 'astro/zod';
import {
  actorTypeSchema,
  caseSchema,
  moduleSchema,
  pioneerSchema,
  regionSchema,
  sequenceSchema,
  stageSchema,
  taxonomySchema,
  territoryLevelSchema,
  testimonySchema,
  themeSchema,
  type CollectionName,
  type ReferenceFactory,
} from '../content-model.ts';

export const collectionSchemas = (ref: ReferenceFactory) =>
  ({
    cases: caseSchema(ref),
    testimonies: testimonySchema(ref),
    pioneers: pioneerSchema(ref),
    modules: moduleSchema,
    sequences: sequenceSchema(ref),
    actorTypes: actorTypeSchema,
    instruments: taxonomySchema,
    factors: taxonomySchema,
    stages: stageSchema,
    themes: themeSchema,
    partnershipForms: taxonomySchema,
    territoryLevels: territoryLevelSchema,
    regions: regionSchema,
  }) satisfies Record<CollectionName, z.ZodType>;
