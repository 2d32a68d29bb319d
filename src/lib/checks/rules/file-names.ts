/**
 * Rule: file and folder names are ids (lowercase letters, digits, hyphens),
 * because they become the entry's id, its URL and what others reference.
 */
import { SLUG_PATTERN } from '../../content-model.ts';
import { slugify } from '../../slug.ts';
import type { ContentEntry } from '../engine/content-entries.ts';
import { isTaxonomyCollection, pathInCollection } from '../engine/content-files.ts';
import { defineRule } from '../engine/rule.ts';

export const fileNames = defineRule({
  id: 'files/name',
  scope: 'entry',
  summary: 'Les noms de fichiers et de dossiers s’écrivent en minuscules, chiffres et tirets : ils deviennent l’identifiant et l’adresse de la page.',
  check: checkFileName,
});

function checkFileName(entry: ContentEntry) {
  if (isTaxonomyCollection(entry.collection)) return [];
  const invalid = pathInCollection(entry.source.path, entry.collection)
    .split('/')
    .find((segment) => !SLUG_PATTERN.test(segment));
  if (invalid === undefined) return [];
  return [entry.source.problemAt(0, '', `nom « ${invalid} » : un nom de fichier ou de dossier s’écrit en minuscules, chiffres et tirets, par exemple « ${slugify(invalid)} »`)];
}
