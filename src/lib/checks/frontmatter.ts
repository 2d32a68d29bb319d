/** Splits a Markdown/MDX page into its YAML frontmatter and its body. */

export type PageParts =
  | { ok: true; yaml: string; yamlOffset: number; bodyOffset: number }
  | { ok: false; offset: number; message: string };

const OPENING = '---\n';
const CLOSING = /^---[ \t]*$/m;

export function splitFrontmatter(text: string): PageParts {
  if (!text.startsWith(OPENING)) {
    return { ok: false, offset: 0, message: 'en-tête manquant : la première ligne doit être --- , suivie des champs puis d’une autre ligne ---' };
  }
  const rest = text.slice(OPENING.length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { ok: false, offset: 0, message: 'en-tête non fermé : ajoutez une ligne --- après le dernier champ' };
  }
  const yamlOffset = OPENING.length;
  const bodyOffset = Math.min(text.length, yamlOffset + closing.index + closing[0].length + 1);
  return { ok: true, yaml: rest.slice(0, closing.index), yamlOffset, bodyOffset };
}

/**
 * The page with its frontmatter blanked out (every character but line breaks
 * becomes a space), so that positions in the parsed body are positions in the file.
 */
export const bodyWithFileOffsets = (text: string, bodyOffset: number): string =>
  text.slice(0, bodyOffset).replace(/[^\n]/g, ' ') + text.slice(bodyOffset);
