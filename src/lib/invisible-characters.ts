/**
 * Invisible control characters in a text: what the checker's rule
 * `text/invisible-characters` refuses in a file, and what the form of
 * /contribuer/ and `npm run new` refuse in an answer before writing one.
 * A bidirectional override (U+202E) or isolate (U+2066–U+2069) makes the
 * page show its words in another order than the file (a reviewer reads one
 * thing, the reader another); a NUL, a control character, a zero-width space
 * or a Unicode line separator hides in a name, a link or an identifier. Only
 * what written languages need stays allowed: tab and line feed, the soft
 * hyphen, and the zero-width (non-)joiners of Arabic, Persian, Indic scripts
 * and emoji. Pure TypeScript: it runs in the browser.
 */

/** Control (Cc) and format (Cf) characters and Unicode line and paragraph separators… */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** …except these: tab, line feed, soft hyphen, zero-width non-joiner and joiner. */
const ALLOWED = new Set(['\t', '\n', '\u00AD', '\u200C', '\u200D']);

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** What the character is, for the contributor who cannot see it. */
function kindOf(character: string): string {
  if (BIDI_CONTROLS.test(character)) return 'contrôle de direction du texte';
  if (character === '\u0000') return 'caractère nul';
  if (character === '\r') return 'retour chariot seul, une fin de ligne d’ancien Mac (enregistrez le fichier avec des fins de ligne Unix, LF)';
  if (character === '\u200B') return 'espace sans chasse';
  if (character === '\uFEFF') return 'marque d’ordre des octets (BOM) au milieu du texte';
  if (character === '\u2028' || character === '\u2029') return 'séparateur de ligne Unicode';
  if (/\p{Cc}/u.test(character)) return 'caractère de contrôle';
  return 'caractère de mise en forme invisible';
}

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface InvisibleCharacter {
  character: string;
  /** Offset in the text, in UTF-16 code units. */
  index: number;
}

/** Every invisible character of `text` that no written language needs. */
export const invisibleCharacters = (text: string): InvisibleCharacter[] =>
  [...text.matchAll(INVISIBLE)].filter(({ 0: character }) => !ALLOWED.has(character)).map(({ 0: character, index }) => ({ character, index }));

/** What the character is and what to do, in French; `othersOnLine` counts the others of its line. */
export function invisibleCharacterMessage(character: string, othersOnLine = 0): string {
  const others = othersOnLine > 0 ? ` (et ${othersOnLine} autre${othersOnLine > 1 ? 's' : ''} sur cette ligne)` : '';
  return `caractère invisible ${codePoint(character)}, ${kindOf(character)}${others} : il peut faire afficher à la page autre chose que ce que montre le fichier ; supprimez-le`;
}
