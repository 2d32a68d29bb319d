/**
 * Rule: no invisible control character, in the frontmatter or in the text
 * (src/lib/invisible-characters.ts says which and why; the form and
 * `npm run new` refuse the same characters in an answer).
 */
import { invisibleCharacterMessage, invisibleCharacters as findInvisibleCharacters } from '../../invisible-characters.ts';
import type { Place } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';
import { SourceText } from '../engine/source-text.ts';
import { withoutEncodingQuirks } from '../engine/content-entries.ts';

export const invisibleCharacters = defineRule({
  id: 'text/invisible-characters',
  scope: 'file',
  summary: 'Aucun caractère invisible : ni contrôle de direction du texte (U+202A–U+202E, U+2066–U+2069…), ni caractère nul ou de contrôle, ni espace sans chasse.',
  check: ({ file }) => {
    // The text the other rules read (BOM and CRLF are files/encoding's), so that positions agree.
    const source = new SourceText(file.path, withoutEncodingQuirks(file.text));
    // One problem per line, at its first invisible character; the others of the line are counted.
    const lines = new Map<number, { character: string; place: Place; count: number }>();
    for (const { character, index } of findInvisibleCharacters(source.text)) {
      const place = source.place(index);
      const line = lines.get(place.line);
      if (line) line.count += 1;
      else lines.set(place.line, { character, place, count: 1 });
    }
    return [...lines.values()].map(({ character, place, count }) => source.problemAt(place, '', invisibleCharacterMessage(character, count - 1)));
  },
});
