/**
 * The collection registry: one line per collection says where its files are,
 * what kind of files they are, which schema they follow, which URL and search
 * filter they get, and how readers and contributors call them in French.
 *
 * Everything that needs to know a collection reads this table: the Astro
 * loaders (src/content.config.ts), routes, the content checker (unread files,
 * unknown references), the taxonomy pages and search facets, the JSON Schemas
 * and the new-case command. Adding a taxonomy is one YAML file under
 * content/taxonomies/ and one `taxonomy({...})` line below.
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
  taughtTermSchema,
  taxonomySchema,
  testimonySchema,
  themeSchema,
  type ReferenceFactory,
} from './content-model.ts';

/**
 * - `pages`: one Markdown/MDX file per entry, the body is rendered;
 * - `data-files`: one YAML file per entry;
 * - `data-list`: one YAML file holding a list of entries (the taxonomies).
 */
export type CollectionKind = 'pages' | 'data-files' | 'data-list';

interface CollectionSpec<Schema extends z.ZodType = z.ZodType> {
  kind: CollectionKind;
  /** Folder (or, for a list, file) under content/. */
  path: string;
  schema: (ref: ReferenceFactory) => Schema;
  /** First segment of the entry's URL; undefined when the entry has no page of its own. */
  urlSegment?: string;
  /** Where the JSON Schema of an entry (or of the list) is written. */
  jsonSchema: string;
  /** « cas inconnu », « région inconnue »: how the checker names an unknown id. */
  unknown: string;
}

interface TaxonomySpec<Schema extends z.ZodType = z.ZodType> extends CollectionSpec<Schema> {
  kind: 'data-list';
  urlSegment: string;
  /** The URL parameter that filters the search on this taxonomy. */
  searchParam: string;
  /** Title of the index page, e.g. « Thèmes ». */
  title: string;
  /** « rattaché au thème », « à la région »: the term's noun after « à », contracted as French requires. */
  toTerm: string;
  /** One paragraph under the title of the index page. */
  intro: string;
}

const fixed = <Schema extends z.ZodType>(schema: Schema) => () => schema;

/**
 * A taxonomy: a YAML list in content/taxonomies/, a page per term, a search
 * facet. Its schema is a fixed one, or built with references when its terms
 * point elsewhere (a factor to the sequence that teaches it).
 */
const taxonomy = <Schema extends z.ZodType>(
  spec: Omit<TaxonomySpec<Schema>, 'kind' | 'path' | 'jsonSchema' | 'schema'> & { file: string; schema: Schema | ((ref: ReferenceFactory) => Schema) },
): TaxonomySpec<Schema> => {
  const { file, schema, ...rest } = spec;
  return {
    ...rest,
    kind: 'data-list',
    path: `taxonomies/${file}.yaml`,
    jsonSchema: `schemas/taxonomies/${file}.schema.json`,
    schema: typeof schema === 'function' ? schema : fixed(schema),
  };
};

export const collectionRegistry = {
  cases: { kind: 'pages', path: 'cas', schema: caseSchema, urlSegment: 'cas', jsonSchema: 'schemas/cas.schema.json', unknown: 'cas inconnu' },
  testimonies: { kind: 'pages', path: 'temoignages', schema: testimonySchema, urlSegment: 'temoignages', jsonSchema: 'schemas/temoignage.schema.json', unknown: 'témoignage inconnu' },
  pioneers: { kind: 'data-files', path: 'pionniers', schema: pioneerSchema, urlSegment: 'pionniers', jsonSchema: 'schemas/pionnier.schema.json', unknown: 'pionnier inconnu' },
  modules: { kind: 'pages', path: 'modules', schema: fixed(moduleSchema), jsonSchema: 'schemas/module.schema.json', unknown: 'module inconnu' },
  sequences: { kind: 'pages', path: 'sequences', schema: sequenceSchema, jsonSchema: 'schemas/sequence.schema.json', unknown: 'séquence inconnue' },
  actorTypes: taxonomy({ file: 'types-acteurs', schema: actorTypeSchema, urlSegment: 'acteurs', searchParam: 'acteur', unknown: 'type d’acteur inconnu', title: 'Types d’acteurs', toTerm: 'au type d’acteur', intro: 'Qui fait alliance : chaque type d’acteur y tient un rôle différent.' }),
  instruments: taxonomy({ file: 'instruments', schema: taughtTermSchema, urlSegment: 'instruments', searchParam: 'instrument', unknown: 'instrument inconnu', title: 'Instruments', toTerm: 'à l’instrument', intro: 'Les outils au service des alliances, du dialogue territorial à l’évaluation partenariale.' }),
  factors: taxonomy({ file: 'facteurs', schema: taughtTermSchema, urlSegment: 'facteurs', searchParam: 'facteur', unknown: 'facteur clé de succès inconnu', title: 'Facteurs clés de succès', toTerm: 'au facteur clé de succès', intro: 'Ce qui fait qu’une alliance tient et produit ses effets, d’après ceux qui les ont vécues.' }),
  stages: taxonomy({ file: 'stades', schema: stageSchema, urlSegment: 'stades', searchParam: 'stade', unknown: 'stade inconnu', title: 'Stades de maturité', toTerm: 'au stade', intro: 'Du premier tour de table à l’essaimage : où en est chaque alliance.' }),
  themes: taxonomy({ file: 'themes', schema: themeSchema, urlSegment: 'themes', searchParam: 'theme', unknown: 'thème inconnu', title: 'Thèmes', toTerm: 'au thème', intro: 'Les besoins du territoire auxquels les alliances répondent, chacun rattaché à l’objectif de développement durable le plus proche.' }),
  partnershipForms: taxonomy({ file: 'formes-partenariat', schema: taxonomySchema, urlSegment: 'formes-de-partenariat', searchParam: 'forme', unknown: 'forme de partenariat inconnue', title: 'Formes de partenariat', toTerm: 'à la forme de partenariat', intro: 'Les quatre façons dont entreprises et structures d’intérêt général travaillent ensemble.' }),
  territoryLevels: taxonomy({ file: 'echelles', schema: stageSchema, urlSegment: 'echelles', searchParam: 'echelle', unknown: 'échelle inconnue', title: 'Échelles territoriales', toTerm: 'à l’échelle', intro: 'Du quartier au pays entier : à quelle échelle chaque alliance agit.' }),
  regions: taxonomy({ file: 'regions', schema: regionSchema, urlSegment: 'territoires', searchParam: 'region', unknown: 'région inconnue', title: 'Territoires', toTerm: 'à la région', intro: 'Les alliances et les pionniers, région par région, outre-mer compris.' }),
  territoryKinds: taxonomy({ file: 'types-territoire', schema: taxonomySchema, urlSegment: 'types-de-territoire', searchParam: 'milieu', unknown: 'type de territoire inconnu', title: 'Types de territoire', toTerm: 'au type de territoire', intro: 'Rural, périurbain, urbain, littoral, montagne, outre-mer : des alliances dans des territoires qui ressemblent au vôtre, selon les définitions de l’Insee et de la loi.' }),
} as const satisfies Record<string, CollectionSpec>;

type Registry = typeof collectionRegistry;

export type CollectionName = keyof Registry;

/** Collections held as one YAML list each, with a page per term and a search facet. */
export type TaxonomyName = { [K in CollectionName]: Registry[K]['kind'] extends 'data-list' ? K : never }[CollectionName];

export const collectionNames = Object.keys(collectionRegistry) as CollectionName[];

/** The registry name a schema's reference names (schemas are typed with plain strings, to keep the model free of this table). */
export function collectionNamed(name: string): CollectionName {
  if (!(name in collectionRegistry)) throw new Error(`the content model references an unknown collection « ${name} »`);
  return name as CollectionName;
}

export const isTaxonomy = (collection: string): collection is TaxonomyName =>
  collection in collectionRegistry && collectionRegistry[collection as CollectionName].kind === 'data-list';

export const taxonomyNames = collectionNames.filter(isTaxonomy);

/** The spec of a taxonomy, with its page and facet wording. */
export const taxonomySpec = (name: TaxonomyName): TaxonomySpec => collectionRegistry[name];

/** Where a collection lives under content/: a folder, or a YAML file for a list. */
export const collectionPath = (collection: CollectionName): string => collectionRegistry[collection].path;

/** The schema of every collection, built with one kind of reference (Astro's, the checker's, the JSON Schemas'). */
export type CollectionSchemas = { [K in CollectionName]: ReturnType<Registry[K]['schema']> };

export const collectionSchemas = (ref: ReferenceFactory): CollectionSchemas =>
  Object.fromEntries(collectionNames.map((name) => [name, collectionRegistry[name].schema(ref)])) as CollectionSchemas;
