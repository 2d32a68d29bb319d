/**
 * The open datasets: every case, testimony, organisation, sequence and
 * taxonomy of the site, each built from the catalog and checked against its
 * record schema (records.ts) before it is written as JSON or CSV.
 */
import type { z } from 'astro/zod';
import type { Catalog } from '../catalog.ts';
import { collectionPath, collectionRegistry, taxonomyNames, taxonomySpec } from '../collections.ts';
import { idReference } from '../content-model.ts';
import { entryUrl, moduleOfSequence, sequenceUrl, taxonomyTermUrl } from '../routes.ts';
import { caseRecord, organisationRecord, sequenceRecord, taxonomyRecord, taxonomyRecordValues, testimonyRecord } from './records.ts';

export interface Dataset {
  /** File name without extension, e.g. « cas » → cas.json, cas.csv, cas.schema.json. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodObject;
  /** The records, in the site's order, each parsed by the schema (a field the schema does not know stops the build). */
  records: (catalog: Catalog, site: URL) => Record<string, unknown>[];
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
/** The sources of an entry as two parallel lists: their addresses, and their titles in the same order. */
const sourceColumns = (sources: readonly { url: string; label: string }[]) => ({
  sources: sources.map((source) => source.url),
  titres_sources: sources.map((source) => source.label),
});
const notes = (refs: readonly { note?: string }[]) => refs.map((ref) => ref.note ?? '');
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const absolute = (path: string, site: URL) => new URL(path, site).href;

const dataset = <S extends z.ZodObject>(spec: Omit<Dataset, 'schema' | 'records'> & { schema: S; build: (catalog: Catalog, site: URL) => z.input<S>[] }): Dataset => ({
  name: spec.name,
  title: spec.title,
  description: spec.description,
  schema: spec.schema,
  records: (catalog, site) => spec.build(catalog, site).map((record) => spec.schema.parse(record) as Record<string, unknown>),
});

const cases = dataset({
  name: 'cas',
  title: 'Cas d’alliances',
  description: 'Une ligne par alliance recensée : son territoire, ses dates, ses membres, ses thèmes, instruments et facteurs clés de succès, ses chiffres clés et ses sources.',
  schema: caseRecord,
  build: (catalog, site) =>
    catalog.cases.map(({ id, data }) => ({
      id,
      titre: data.title,
      resume: data.summary,
      illustratif: data.illustrative,
      territoire: data.territory.name,
      echelle: data.territory.level.id,
      regions: ids(data.territory.regions),
      types_territoire: ids(data.territory.kinds),
      departement: data.territory.department ?? null,
      annee_debut: data.startYear,
      debut_non_documente: data.startYearUndocumented,
      annee_fin: data.endYear ?? null,
      stade: data.stage.id,
      instigateur: data.instigator.id,
      type_instigateur: catalog.instigatorTypeOf({ id, data }),
      partenaires: data.partners.map((partner) => partner.pioneer.id),
      roles_partenaires: data.partners.map((partner) => partner.role),
      themes: ids(data.themes),
      instruments: ids(data.instruments),
      instruments_notes: notes(data.instruments),
      facteurs: ids(data.factors),
      facteurs_notes: notes(data.factors),
      formes_partenariat: ids(data.partnershipForms),
      chiffres_libelles: data.outcomes.map((outcome) => outcome.label),
      chiffres_valeurs: data.outcomes.map((outcome) => outcome.value),
      chiffres_sources: data.outcomes.map((outcome) => outcome.source?.url ?? ''),
      ...sourceColumns(data.sources),
      mise_a_jour: isoDay(data.updated),
      url: absolute(entryUrl('cases', id), site),
    })),
});

const testimonies = dataset({
  name: 'temoignages',
  title: 'Témoignages',
  description: 'Une ligne par témoignage de pionnier : qui parle, quand, la phrase forte, les facteurs, instruments, thèmes et cas dont il parle, et où le consulter.',
  schema: testimonyRecord,
  build: (catalog, site) =>
    catalog.testimonies.map(({ id, data }) => ({
      id,
      titre: data.title,
      organisation: data.pioneer.id,
      type_acteur: catalog.actorTypeOf(data.pioneer.id).id,
      personne: data.speaker.name ?? null,
      fonction: data.speaker.role,
      date: isoDay(data.date),
      date_approximative: data.approximateDate,
      phrase_forte: data.highlight,
      facteurs: ids(data.factors),
      instruments: ids(data.instruments),
      themes: ids(data.themes),
      cas: ids(data.cases),
      illustratif: data.illustrative,
      source: data.source?.url ?? null,
      titre_source: data.source?.label ?? null,
      url: absolute(entryUrl('testimonies', id), site),
    })),
});

const organisations = dataset({
  name: 'organisations',
  title: 'Organisations (pionniers)',
  description: 'Une ligne par organisation qui a lancé une alliance, y a pris part ou en témoigne : son type d’acteur, sa région, sa présentation et ses sources.',
  schema: organisationRecord,
  build: (catalog, site) =>
    catalog.pioneers.map(({ id, data }) => ({
      id,
      nom: data.name,
      type_acteur: data.actorType.id,
      region: data.region?.id ?? null,
      site_web: data.website ?? null,
      annee_adhesion: data.joined ?? null,
      description: data.description,
      illustratif: data.illustrative,
      ...sourceColumns(data.sources),
      url: absolute(entryUrl('pioneers', id), site),
    })),
});

const sequences = dataset({
  name: 'sequences',
  title: 'Séquences du parcours',
  description: 'Une ligne par séquence du parcours d’apprentissage : son module, ses objectifs, ses points clés, les cas et témoignages qui l’illustrent et ses sources.',
  schema: sequenceRecord,
  build: (catalog, site) =>
    [...catalog.sequences]
      .sort((a, b) => a.id.localeCompare(b.id, 'fr', { numeric: true }))
      .map(({ id, data }) => ({
        id,
        module: moduleOfSequence(id),
        titre: data.title,
        ordre: data.order,
        duree_minutes: data.durationMinutes,
        objectifs: data.objectives,
        points_cles: data.keyPoints,
        cas_illustres: data.illustrations.flatMap((item) => item.case?.id ?? []),
        temoignages_illustres: data.illustrations.flatMap((item) => item.testimony?.id ?? []),
        ...sourceColumns(data.sources),
        url: absolute(sequenceUrl(id), site),
      })),
});

/** content/taxonomies/themes.yaml → « themes »: the dataset keeps the name of the file it comes from. */
const fileName = (path: string) => path.replace(/^.*\//, '').replace(/\.yaml$/, '');

const taxonomies = taxonomyNames.map((taxonomy) => {
  const spec = taxonomySpec(taxonomy);
  const contentSchema = collectionRegistry[taxonomy].schema(idReference) as z.ZodObject;
  const schema = taxonomyRecord(contentSchema);
  return dataset({
    name: fileName(collectionPath(taxonomy)),
    title: `Liste de référence : ${spec.title.toLowerCase()}`,
    description: `${spec.intro} Les identifiants de cette liste sont ceux des autres jeux de données.`,
    schema,
    build: (catalog, site) =>
      catalog.terms(taxonomy).map((term) => ({
        ...taxonomyRecordValues(contentSchema, term.data as Record<string, unknown>),
        url: absolute(taxonomyTermUrl(taxonomy, term.id), site),
      })),
  });
});

/** Every dataset, entries first, then the reference lists their ids point to. */
export const openDatasets: readonly Dataset[] = [cases, testimonies, organisations, sequences, ...taxonomies];
