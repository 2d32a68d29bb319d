/**
 * Identifiers made from text in any script: file names, URL segments,
 * references. The form of /contribuer/, `npm run new` and the checker's
 * suggestions all call `slugify`, so a name gets the same id everywhere.
 */
import transliterate from '@sindresorhus/transliterate';

const SLUG_MAX_LENGTH = 80;

/** FNV-1a, 32 bits, in base 36: a short id that stays the same for the same text. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * The identifier of a title or a name: every script transliterated into
 * Latin letters (« Œuvre d’Échirolles » → « oeuvre-d-echirolles »,
 * « جمعية الأمل » → « jmeyt-alaml », « Союз » → « soyuz »), lowercase, words
 * joined by hyphens, cut at a word boundary past 80 characters. A script
 * the transliteration does not know (Chinese, Hebrew…) gives `t-` and a hash
 * of the text: an id of its own, never the same for two names. Empty only
 * for a text without any letter or digit.
 */
export function slugify(text: string): string {
  const latin = hyphenated(transliterate(text.normalize('NFC')));
  if (latin !== '' || !/[\p{L}\p{N}]/u.test(text)) return latin;
  return `t-${textHash(text.normalize('NFC').trim())}`;
}

function hyphenated(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-$/, '');
}
