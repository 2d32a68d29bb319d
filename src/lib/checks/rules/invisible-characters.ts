/**
 * Rule: no invisible control character, in the frontmatter or in the text.
 * A bidirectional override (U+202E) or isolate (U+2066–U+2069) makes the page
 * show its words in another order than the file (a reviewer reads one thing,
 * the reader another); a NUL, a control character, a zero-width space or a
 * Unicode line separator hides in a name, a link or an identifier. Only what
 * written languages need stays allowed: tab and line feed, the soft hyphen,
 * and the zero-width (non-)joiners of Arabic, Persian, Indic scripts and emoji.
 */
import type { Place } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';
import { SourceText } from '../engine/source-text.ts';
import { withoutEncodingQuirks } from '../engine/content-entries.ts';

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

export const invisibleCharacters = defineRule({
  id: 'text/invisible-characters',
  scope: 'file',
  summary: 'Aucun caractère invisible : ni contrôle de direction du texte (U+202A–U+202E, U+2066–U+2069…), ni caractère nul ou de contrôle, ni espace sans chasse.',
  check: ({ file }) => {
    // The text the other rules read (BOM and CRLF are files/encoding's), so that positions agree.
    const source = new SourceText(file.path, withoutEncodingQuirks(file.text));
    // One problem per line, at its first invisible character; the others of the line are counted.
    const lines = new Map<number, { character: string; place: Place; count: number }>();
    for (const { 0: character, index } of source.text.matchAll(INVISIBLE)) {
      if (ALLOWED.has(character)) continue;
      const place = source.place(index);
      const line = lines.get(place.line);
      if (line) line.count += 1;
      else lines.set(place.line, { character, place, count: 1 });
    }
    return [...lines.values()].map(({ character, place, count }) => source.problemAt(place, '', message(character, count)));
  },
});

function message(character: string, countOnLine: number): string {
  const others = countOnLine > 1 ? ` (et ${countOnLine - 1} autre${countOnLine > 2 ? 's' : ''} sur cette ligne)` : '';
  return `caractère invisible ${codePoint(character)}, ${kindOf(character)}${others} : il peut faire afficher à la page autre chose que ce que montre le fichier ; supprimez-le`;
}
