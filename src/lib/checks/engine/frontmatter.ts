/** Splits a Markdown/MDX page into its YAML frontmatter and its body. */

export type PageParts =
  | { ok: true; yaml: string; yamlOffset: number; bodyOffset: number }
  | { ok: false; offset: number; message: string };

const OPENING = '---\n';
/**
 * Where Astro ends the frontmatter (@astrojs/internal-helpers/frontmatter):
 * at the first line that starts with --- or +++, whatever follows. The body
 * the checker reads must start exactly where the page's does.
 */
const ASTRO_CLOSING = /^(?:---|\+\+\+).*$/m;
const CLOSING = /^---[ \t]*$/;

export function splitFrontmatter(text: string): PageParts {
  if (!text.startsWith(OPENING)) {
    return { ok: false, offset: 0, message: 'en-tête manquant : la première ligne doit être --- , suivie des champs puis d’une autre ligne ---' };
  }
  const rest = text.slice(OPENING.length);
  const closing = ASTRO_CLOSING.exec(rest);
  if (!closing) {
    return { ok: false, offset: 0, message: 'en-tête non fermé : ajoutez une ligne --- après le dernier champ' };
  }
  const yamlOffset = OPENING.length;
  if (!CLOSING.test(closing[0])) {
    return { ok: false, offset: yamlOffset + closing.index, message: 'le site lit ici la fin de l’en-tête : écrivez --- seul sur la ligne qui le ferme, et ne commencez aucune ligne de l’en-tête par --- ou +++' };
  }
  const bodyOffset = Math.min(text.length, yamlOffset + closing.index + closing[0].length + 1);
  return { ok: true, yaml: rest.slice(0, closing.index), yamlOffset, bodyOffset };
}

/**
 * The page with its frontmatter blanked out (every character but line breaks,
 * a lone carriage return included, becomes a space), so that positions in the
 * parsed body are positions in the file.
 */
export const bodyWithFileOffsets = (text: string, bodyOffset: number): string =>
  text.slice(0, bodyOffset).replace(/[^\n\r]/g, ' ') + text.slice(bodyOffset);
