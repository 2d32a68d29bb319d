/** Identifiers made from French text: file names, URL segments, references. */

const SLUG_MAX_LENGTH = 80;

/**
 * The identifier of a title or a name: accents and ligatures folded
 * (« Œuvre d’Échirolles » → « oeuvre-d-echirolles »), lowercase, words joined by
 * hyphens, cut at a word boundary past 80 characters.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-$/, '');
}
