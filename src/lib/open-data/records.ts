/**
 * The shape of each open dataset, one zod schema per kind of entry: one flat
 * record per entry, ids kept as ids so the files join back together, every
 * field described in French. The same schema checks each record at build
 * time, becomes the dataset's JSON Schema and its Table Schema in
 * datapackage.json, and writes the documentation of /donnees/: one source.
 */
import { z } from 'astro/zod';

const text = (description: string) => z.string().describe(description);
/** A list: an array in JSON, its items joined with | in CSV. */
const list = (description: string) => z.array(z.string()).describe(`${description} (en CSV : séparés par |)`);
const idList = (what: string) => list(`${what} (identifiants)`);
const absent = <T extends z.ZodType>(type: T) => type.nullable();
const webAddress = (description: string) => z.url().describe(description);
const day = (description: string) => z.iso.date().describe(`${description} (AAAA-MM-JJ)`);
/** The sources of an entry: their addresses, and their titles in the same order (src/lib/open-data/datasets.ts fills both). */
const sourceColumns = (description: string) => ({
  sources: list(description),
  titres_sources: list('Titre de chaque source, dans l’ordre de « sources »'),
});
const pageUrl = webAddress('Adresse de la page de l’entrée sur le site');
const illustrative = z.boolean().describe('true pour un contenu inventé pour illustrer le modèle de fiche : à écarter de toute analyse');

export const caseRecord = z.strictObject({
  id: text('Identifiant stable de la fiche, qui fait son adresse'),
  titre: text('Ce que fait l’alliance, et où'),
  resume: text('Résumé en une ou deux phrases'),
  illustratif: illustrative,
  territoire: text('Nom du territoire, tel qu’on le dit sur place'),
  echelle: text('Échelle territoriale (identifiant de la liste « echelles »)'),
  regions: idList('Régions concernées, vide pour une alliance nationale (liste « regions »)'),
  types_territoire: idList('Types de territoire, vide si les sources ne le disent pas (liste « types-territoire »)'),
  departement: absent(text('Code du département, vide s’il n’est pas indiqué')),
  annee_debut: z.number().int().describe('Année de démarrage, ou première année attestée si le début n’est pas documenté'),
  debut_non_documente: z.boolean().describe('true quand l’année de démarrage n’est pas documentée : annee_debut est alors la première année attestée'),
  annee_fin: absent(z.number().int().describe('Année d’arrêt, vide si l’alliance continue')),
  stade: text('Stade de maturité atteint (identifiant de la liste « stades »)'),
  instigateur: text('Organisation à l’initiative (identifiant du jeu « organisations »)'),
  type_instigateur: text('Type d’acteur de l’instigateur (liste « types-acteurs »), lu dans sa fiche d’organisation'),
  partenaires: idList('Autres membres de l’alliance (jeu « organisations »)'),
  roles_partenaires: list('Rôle de chaque partenaire, dans l’ordre de « partenaires »'),
  themes: idList('Thèmes (liste « themes »)'),
  instruments: idList('Instruments mobilisés (liste « instruments »)'),
  instruments_notes: list('Comment chaque instrument a servi ici, dans l’ordre de « instruments » ; vide quand la fiche ne le dit pas'),
  facteurs: idList('Facteurs clés de succès observés (liste « facteurs »)'),
  facteurs_notes: list('Comment chaque facteur a joué ici, dans l’ordre de « facteurs » ; vide quand la fiche ne le dit pas'),
  formes_partenariat: idList('Formes de partenariat (liste « formes-partenariat »)'),
  chiffres_libelles: list('Ce que mesure chaque chiffre clé'),
  chiffres_valeurs: list('Chaque chiffre clé, tel qu’affiché, dans l’ordre de « chiffres_libelles »'),
  chiffres_sources: list('Adresse de la source de chaque chiffre clé, dans le même ordre ; vide pour un chiffre inventé'),
  ...sourceColumns('Adresses des sources publiques du cas'),
  mise_a_jour: day('Date de dernière mise à jour de la fiche'),
  url: pageUrl,
});

export const testimonyRecord = z.strictObject({
  id: text('Identifiant stable du témoignage, qui fait son adresse'),
  titre: text('L’idée forte du témoignage, en une phrase'),
  organisation: text('L’organisation qui témoigne (identifiant du jeu « organisations »)'),
  type_acteur: text('Type d’acteur de cette organisation (liste « types-acteurs »)'),
  personne: absent(text('Nom de la personne, seulement si elle a consenti à être nommée')),
  fonction: text('Fonction de la personne dans l’organisation'),
  date: day('Date du témoignage (enregistrement ou publication)'),
  date_approximative: z.boolean().describe('true si seule l’année est connue, à peu près'),
  phrase_forte: text('La phrase mise en exergue'),
  facteurs: idList('Facteurs clés de succès que le témoignage illustre (liste « facteurs »)'),
  instruments: idList('Instruments dont il parle (liste « instruments »)'),
  themes: idList('Thèmes abordés (liste « themes »)'),
  cas: idList('Cas dont il parle (jeu « cas »)'),
  illustratif: illustrative,
  source: absent(webAddress('Où consulter le témoignage original ; vide pour un témoignage inventé')),
  titre_source: absent(text('Titre de cette source')),
  url: pageUrl,
});

export const organisationRecord = z.strictObject({
  id: text('Identifiant stable de l’organisation, qui fait son adresse'),
  nom: text('Nom de l’organisation'),
  type_acteur: text('Type d’acteur (liste « types-acteurs »)'),
  region: absent(text('Région du siège ou de l’action principale (liste « regions ») ; vide pour un acteur national')),
  site_web: absent(webAddress('Site web de l’organisation')),
  annee_adhesion: absent(z.number().int().describe('Année d’entrée dans le réseau des pionniers, si elle est connue')),
  description: text('Présentation courte'),
  illustratif: illustrative,
  ...sourceColumns('Adresses des sources publiques des faits cités'),
  url: pageUrl,
});

export const sequenceRecord = z.strictObject({
  id: text('Identifiant stable de la séquence : son module, une barre oblique, son nom'),
  module: text('Le module du parcours auquel elle appartient'),
  titre: text('Titre de la séquence'),
  ordre: z.number().int().describe('Rang de la séquence dans son module'),
  duree_minutes: z.number().int().describe('Durée estimée, en minutes'),
  objectifs: list('Ce que l’apprenant saura faire'),
  points_cles: list('Les points à retenir'),
  cas_illustres: idList('Cas qui l’illustrent dans « Voir sur le terrain » (jeu « cas »)'),
  temoignages_illustres: idList('Témoignages qui l’illustrent (jeu « temoignages »)'),
  ...sourceColumns('Adresses des pages de cours ou publications dont elle tire son contenu'),
  url: pageUrl,
});

/** How one field of a taxonomy is exported: its French name, and for a value that is not plain in content, the flat value written instead with its type. */
interface TaxonomyColumn {
  name: string;
  flat?: { type: z.ZodType; value: (content: unknown) => unknown };
}

/**
 * The exported columns of the taxonomies (content/taxonomies/*.yaml), one
 * line per field of their content schemas, whose types and descriptions are
 * kept unless `flat` says otherwise. A field missing here stops the build, so
 * a new field cannot leave the exports silently.
 */
export const taxonomyColumns: Record<string, TaxonomyColumn> = {
  id: { name: 'id' },
  label: { name: 'libelle' },
  definition: { name: 'definition' },
  source: { name: 'source' },
  plural: { name: 'pluriel' },
  byArticle: { name: 'avec_article' },
  role: { name: 'role' },
  sdg: { name: 'odd' },
  order: { name: 'ordre' },
  inseeCode: { name: 'code_insee' },
  overseas: { name: 'outre_mer' },
  explanation: { name: 'explication', flat: { type: absent(text('Un paragraphe qui explique le terme, tiré de la source « source_explication »')), value: (content) => content ?? null } },
  explanationSource: { name: 'source_explication', flat: { type: absent(webAddress('Adresse de la page d’où vient l’explication')), value: (content) => (content as { url: string } | undefined)?.url ?? null } },
  taughtIn: { name: 'sequence', flat: { type: absent(text('La séquence du parcours qui enseigne ce terme (jeu « sequences »)')), value: (content) => (content as { id: string } | undefined)?.id ?? null } },
};

const columnOf = (field: string): TaxonomyColumn => {
  const column = taxonomyColumns[field];
  if (!column) throw new Error(`open data: the taxonomy field «\u00a0${field}\u00a0» has no French name in taxonomyColumns`);
  return column;
};

/** The record of a taxonomy: its content schema's fields under their French names, plus the term's page. */
export function taxonomyRecord(contentSchema: z.ZodObject) {
  const fields = Object.entries(contentSchema.shape).map(([field, type]) => {
    const column = columnOf(field);
    return [column.name, column.flat?.type ?? type] as const;
  });
  return z.strictObject({ ...Object.fromEntries(fields), url: pageUrl });
}

/** A term's content as its record: every field of the schema under its French name, flattened where it is not a plain value (absent ones then written as null). */
export const taxonomyRecordValues = (contentSchema: z.ZodObject, data: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(contentSchema.shape).flatMap((field) => {
      const column = columnOf(field);
      if (column.flat) return [[column.name, column.flat.value(data[field])]];
      return field in data ? [[column.name, data[field]]] : [];
    }),
  );
