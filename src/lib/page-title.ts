/**
 * The title of a page's tab and of its search-engine result: the page's own
 * title with the site's name. Search engines show about 70 characters of it,
 * so a longer page title is shortened there, at a word, and kept whole in the
 * page's <h1>.
 */

export const SITE_NAME = 'Alliances en territoires';

/** What search engines show of a title; html-validate's long-title rule checks the same. */
export const MAX_DOCUMENT_TITLE_LENGTH = 70;

const SEPARATOR = ' — ';
const ELLIPSIS = '…';

/** Astro writes these characters as entities (&#39;…), and the validator counts a title as written. */
const ENTITY_LENGTHS: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };

/** The length of a text as the page's HTML writes it. */
export const writtenLength = (text: string): number => [...text].reduce((sum, character) => sum + (ENTITY_LENGTHS[character] ?? character.length), 0);

/** « title — site name », or « site name — title » for the home page, in at most 70 characters as written. */
export function documentTitle(title: string, { home = false }: { home?: boolean } = {}): string {
  const short = shorten(title.trim(), MAX_DOCUMENT_TITLE_LENGTH - writtenLength(SITE_NAME + SEPARATOR));
  return home ? `${SITE_NAME}${SEPARATOR}${short}` : `${short}${SEPARATOR}${SITE_NAME}`;
}

/** The text itself when it fits; otherwise its first words that fit, with an ellipsis (a first word too long for it is cut). */
export function shorten(text: string, maxLength: number): string {
  if (writtenLength(text) <= maxLength) return text;
  const fits = (words: string) => writtenLength(words + ELLIPSIS) <= maxLength;
  // No comma, colon or dash left hanging before the ellipsis.
  const trimmed = (words: string) => words.replace(/[\s,;:—–-]+$/u, '');
  const words = text.split(' ');
  while (words.length > 1 && !fits(trimmed(words.join(' ')))) words.pop();
  let short = trimmed(words.join(' '));
  while (!fits(short)) short = short.slice(0, -1);
  return `${short}${ELLIPSIS}`;
}
