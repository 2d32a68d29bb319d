/**
 * Rule: content files are UTF-8 without BOM, with Unix line endings. Editors on
 * Windows add either silently; both break the frontmatter split and the
 * positions of every other message, so the checker goes on with a cleaned copy
 * (engine/content-entries.ts, withoutEncodingQuirks).
 */
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';
import { SourceText } from '../engine/source-text.ts';

export const textEncoding = defineRule({
  id: 'files/encoding',
  scope: 'file',
  summary: 'Les fichiers sont en UTF-8 sans BOM, avec des fins de ligne Unix (LF).',
  check: ({ file }) => {
    const bom = file.text.startsWith('\uFEFF');
    // Positions as editors show them, and as every other rule counts them: the BOM takes no column.
    const source = new SourceText(file.path, bom ? file.text.slice(1) : file.text);
    const problems: Finding[] = [];
    if (bom) {
      problems.push(source.problemAt({ line: 1, column: 1 }, '', 'le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en « UTF-8 » sans BOM'));
    }
    const crlf = source.text.indexOf('\r\n');
    if (crlf !== -1) problems.push(source.problemAt(crlf, '', 'fins de ligne Windows (CRLF) : enregistrez le fichier avec des fins de ligne Unix (LF)'));
    return problems;
  },
});
