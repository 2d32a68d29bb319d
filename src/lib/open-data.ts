/**
 * The cases as open data: one flat record per case, the same fields in JSON
 * and CSV, documented on /donnees/. Ids stay ids so that the data joins back.
 */
import type { Catalog, CaseEntry } from './catalog.ts';
import { entryUrl } from './routes.ts';

export const openDataFields = {
  id: 'Identifiant stable de la fiche',
  titre: 'Titre',
  resume: 'Résumé',
  illustratif: 'true si le cas est inventé pour illustrer le modèle',
  territoire: 'Nom du territoire',
  echelle: 'Échelle territoriale (identifiant)',
  regions: 'Régions (identifiants, séparés par |)',
  departement: 'Code du département, s’il est connu',
  annee_debut: 'Année de démarrage, ou première année attestée si le début n’est pas documenté',
  debut_non_documente: 'true si l’année de démarrage n’est pas documentée',
  annee_fin: 'Année d’arrêt, vide si l’alliance continue',
  stade: 'Stade de maturité (identifiant)',
  instigateur: 'Organisation à l’initiative (identifiant de pionnier)',
  type_instigateur: 'Type d’acteur de l’instigateur (identifiant)',
  partenaires: 'Partenaires (identifiants de pionniers, séparés par |)',
  themes: 'Thèmes (identifiants, séparés par |)',
  instruments: 'Instruments (identifiants, séparés par |)',
  facteurs: 'Facteurs clés de succès (identifiants, séparés par |)',
  formes_partenariat: 'Formes de partenariat (identifiants, séparés par |)',
  sources: 'Adresses des sources, séparées par |',
  mise_a_jour: 'Date de dernière mise à jour (AAAA-MM-JJ)',
  url: 'Adresse de la fiche sur le site',
} as const;

export type OpenDataRecord = Record<keyof typeof openDataFields, string | number | boolean | string[] | null>;

export function toOpenDataRecord(entry: CaseEntry, catalog: Catalog, site: URL): OpenDataRecord {
  const { data } = entry;
  const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);
  return {
    id: entry.id,
    titre: data.title,
    resume: data.summary,
    illustratif: data.illustrative,
    territoire: data.territory.name,
    echelle: data.territory.level.id,
    regions: ids(data.territory.regions),
    departement: data.territory.department ?? null,
    annee_debut: data.startYear,
    debut_non_documente: data.startYearUndocumented,
    annee_fin: data.endYear ?? null,
    stade: data.stage.id,
    instigateur: data.instigator.id,
    type_instigateur: catalog.instigatorTypeOf(entry),
    partenaires: data.partners.map((partner) => partner.pioneer.id),
    themes: ids(data.themes),
    instruments: ids(data.instruments),
    facteurs: ids(data.factors),
    formes_partenariat: ids(data.partnershipForms),
    sources: data.sources.map((source) => source.url),
    mise_a_jour: data.updated.toISOString().slice(0, 10),
    url: new URL(entryUrl('cases', entry.id), site).href,
  };
}

/**
 * A spreadsheet opening the file runs a cell that starts with = + - or @ (a
 * tab or a carriage return first does not stop it) as a formula, which can
 * call other programs or send the sheet elsewhere: such a cell starts with an
 * apostrophe instead, which spreadsheets read as « this is text ».
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** RFC 4180 CSV: every field quoted, quotes doubled, lists joined with |, no cell a spreadsheet would run. */
export function toCsv(records: OpenDataRecord[]): string {
  const header = Object.keys(openDataFields) as (keyof typeof openDataFields)[];
  const cell = (value: OpenDataRecord[keyof OpenDataRecord]) => {
    const text = value === null ? '' : Array.isArray(value) ? value.join('|') : String(value);
    return `"${neutraliseFormula(text).replaceAll('"', '""')}"`;
  };
  return [header.map((name) => cell(name)), ...records.map((record) => header.map((name) => cell(record[name])))]
    .map((row) => row.join(','))
    .join('\r\n') + '\r\n';
}
