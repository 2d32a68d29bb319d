/** French formatting for what readers see: dates, numbers, lists, plurals. */

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const listFormat = new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });
const numberFormat = new Intl.NumberFormat('fr-FR');

/** « 26 novembre 2026 » */
export const formatDate = (date: Date) => dateFormat.format(date);

/** The date of a testimony: the day, or « vers 2016 » when only the year is roughly known. */
export const formatTestimonyDate = (date: Date, approximate: boolean) =>
  approximate ? `vers ${date.getUTCFullYear()}` : formatDate(date);

/** French quotes, with the no-break spaces that keep them on the line of their words. */
export const quoted = (text: string) => `«\u00a0${text}\u00a0»`;

/** ISO date for <time datetime>. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** « 1 200 », with the narrow no-break space French uses between thousands. */
export const formatNumber = (value: number) => numberFormat.format(value);

/** « a, b et c » */
export const formatList = (items: string[]) => listFormat.format(items);

/** « 1 cas », « 3 cas », « 2 témoignages »: the count and the right form of the noun. */
export const countOf = (count: number, singular: string, plural: string) =>
  `${formatNumber(count)}\u00a0${count > 1 ? plural : singular}`;

/** « depuis 2016 », « 2012–2019 », or « attestée en 2016, début non documenté » when the start is not known. */
export const formatPeriod = (startYear: number, endYear?: number, startUndocumented = false) => {
  if (startUndocumented) return endYear === undefined ? `attestée en ${startYear}, début non documenté` : `attestée de ${startYear} à ${endYear}, début non documenté`;
  return endYear === undefined ? `depuis ${startYear}` : `${startYear}–${endYear}`;
};

/** Words a label may open with that keep their capital inside a sentence. */
const PROPER_OPENINGS = ['État'];

/** A label set inside a sentence: « collectivité territoriale », but « État et opérateurs publics ». */
export const inSentence = (label: string) =>
  PROPER_OPENINGS.some((word) => label.startsWith(word)) ? label : label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);

/** Words that say nothing of which organisation it is: articles, and the kind of body (« association », « commune »…). */
const GENERIC_WORDS = new Set(['le', 'la', 'les', 'l', 'd', 'de', 'du', 'des', 'et', 'au', 'aux', 'en', 'association', 'commune', 'ville', 'communaute', 'communes', 'departement', 'region']);

const significantWords = (text: string) =>
  (text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !GENERIC_WORDS.has(word));

/**
 * Whether a speaker's role already names their organisation (« Présidente du
 * CELAVAR » for the CELAVAR): every distinctive word of its name, a
 * parenthesis aside, appears in the role.
 */
export function roleNamesOrganisation(role: string, organisation: string): boolean {
  const wanted = significantWords(organisation.replace(/\s*\([^)]*\)/g, ''));
  const said = new Set(significantWords(role));
  return wanted.length > 0 && wanted.every((word) => said.has(word));
}

/** Who speaks, once: « Dominique Giry, président du Codev du Val-de-Marne », or the role followed by the organisation when it does not name it. */
export function speakerLine(speaker: { name?: string; role: string }, organisation: string): string {
  const who = roleNamesOrganisation(speaker.role, organisation) ? speaker.role : `${speaker.role}, ${organisation}`;
  return speaker.name ? `${speaker.name}, ${inSentence(who)}` : who;
}
