/**
 * The wording of the questions about a case: the labels and hints of the form
 * of /contribuer/ and the prompts of `npm run new`, and the name of a field in
 * words when a problem is reported about it.
 */
import { SUMMARY_MAX, SUMMARY_MIN } from '../content-model.ts';
import { fieldKey, type FieldPath } from './draft.ts';

export interface Question {
  label: string;
  /** What to write, or an example: shown under the label, or in brackets in the terminal. */
  hint?: string;
}

/** The questions about the case, by field key: the form's labels and the command's prompts. */
export const CASE_QUESTIONS = {
  title: { label: 'Titre du cas', hint: 'ce que fait l’alliance, et où, par exemple « Une épicerie solidaire portée par une entreprise et une association à Rennes »' },
  'territory.name': { label: 'Nom du territoire', hint: 'tel qu’on le dit sur place, par exemple « Pays de Redon »' },
  'territory.level': { label: 'Échelle du territoire' },
  'territory.regions': { label: 'Régions concernées', hint: 'aucune seulement pour une alliance nationale' },
  'territory.department': { label: 'Département', hint: 'code, par exemple 35, 2A ou 974 ; facultatif' },
  startYear: { label: 'Année de démarrage', hint: 'par exemple 2016' },
  stage: { label: 'Stade atteint' },
  instigator: { label: 'Organisation à l’initiative de l’alliance' },
  partners: { label: 'Partenaires', hint: 'les autres membres de l’alliance, chacun avec son rôle' },
  themes: { label: 'Thèmes', hint: 'au moins un' },
  instruments: { label: 'Instruments mobilisés', hint: 'au moins un' },
  factors: { label: 'Facteurs clés de succès', hint: 'ceux que l’on a observés ; facultatif' },
  partnershipForms: { label: 'Formes de partenariat', hint: 'facultatif' },
  sources: { label: 'Sources publiques', hint: 'au moins une page publique qui atteste des faits : article, rapport, site d’un partenaire' },
  summary: { label: 'Résumé', hint: `une ou deux phrases, de ${SUMMARY_MIN} à ${SUMMARY_MAX} caractères, affichées dans les listes et la recherche` },
} as const satisfies Record<string, Question>;

export const PARTNER_QUESTIONS = {
  pioneer: { label: 'Organisation partenaire' },
  role: { label: 'Son rôle dans l’alliance', hint: 'ce qu’elle apporte ou fait, par exemple « met à disposition un local »' },
} as const satisfies Record<string, Question>;

export const SOURCE_QUESTIONS = {
  url: { label: 'Adresse de la source', hint: 'commençant par https://' },
  label: { label: 'Titre de la source', hint: 'auteur, titre, date, tel qu’un lecteur le chercherait' },
} as const satisfies Record<string, Question>;

/** About an organisation that is not in the list yet (its file goes to content/pionniers/). */
export const PIONEER_QUESTIONS = {
  name: { label: 'Nom de l’organisation' },
  actorType: { label: 'Type d’acteur' },
  region: { label: 'Région', hint: 'aucune pour une organisation qui agit dans tout le pays' },
  description: { label: 'Présentation', hint: 'deux ou trois phrases factuelles' },
  'source.url': { label: 'Adresse d’une page publique qui la présente', hint: 'commençant par https://' },
  'source.label': { label: 'Titre de cette page' },
  website: { label: 'Site web', hint: 'commençant par https:// ; facultatif' },
} as const satisfies Record<string, Question>;

/** How one item of a list is called, and the questions about its fields. */
const LIST_ITEMS: Record<string, { noun: string; questions: Record<string, Question> }> = {
  partners: { noun: 'Partenaire', questions: PARTNER_QUESTIONS },
  sources: { noun: 'Source', questions: SOURCE_QUESTIONS },
  newPioneers: { noun: 'Nouvelle organisation', questions: PIONEER_QUESTIONS },
};

/** « Partenaire 2 — Son rôle dans l’alliance », « Thèmes »: the field a problem is about, in words. */
export function fieldLabel(path: FieldPath): string {
  const [list = '', index, ...rest] = path.map(String);
  const item = LIST_ITEMS[list];
  if (item && index !== undefined) {
    const question = item.questions[rest.join('.')] ?? item.questions[rest[0] ?? ''];
    return `${item.noun} ${Number(index) + 1}${question ? ` — ${question.label}` : ''}`;
  }
  const questions: Record<string, Question> = CASE_QUESTIONS;
  return (questions[`${list}.${index}`] ?? questions[list])?.label ?? fieldKey(path);
}
