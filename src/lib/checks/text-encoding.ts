/**
 * Rule: content files are UTF-8 without BOM, with Unix line endings. Editors on
 * Windows add either silently; both break the frontmatter split and the
 * positions of every other message, so the checker goes on with a cleaned copy.
 */
import type { Problem } from './problem.ts';
import type { SourceText } from './source-text.ts';

const BOM = '\uFEFF';

export function checkTextEncoding(source: SourceText): Problem[] {
  const problems: Problem[] = [];
  if (source.text.startsWith(BOM)) {
    problems.push(
      source.problemAt({ line: 1, column: 1 }, '', 'le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en « UTF-8 » sans BOM'),
    );
  }
  const crlf = source.text.indexOf('\r\n');
  if (crlf !== -1) {
    problems.push(
      source.problemAt(crlf, '', 'fins de ligne Windows (CRLF) : enregistrez le fichier avec des fins de ligne Unix (LF)'),
    );
  }
  return problems;
}

/** The text the other rules read: BOM removed, CRLF turned into LF (lines and columns are unchanged). */
export const withoutEncodingQuirks = (text: string): string =>
  (text.startsWith(BOM) ? text.slice(1) : text).replaceAll('\r\n', '\n');
