/**
 * Rule: file and folder names are ids (lowercase letters, digits, hyphens),
 * because they become the entry's id, its URL and what others reference.
 */
import { SLUG_PATTERN } from '../content-model.ts';
import { slugify } from '../slug.ts';
import type { ContentEntry } from './content-entries.ts';
import { isTaxonomyCollection, pathInCollection } from './content-files.ts';
import type { Problem } from './problem.ts';

export function checkFileName(entry: ContentEntry): Problem[] {
  if (isTaxonomyCollection(entry.collection)) return [];
  const invalid = pathInCollection(entry.source.path, entry.collection)
    .split('/')
    .find((segment) => !SLUG_PATTERN.test(segment));
  if (invalid === undefined) return [];
  return [entry.source.problemAt(0, '', `nom « ${invalid} » : un nom de fichier ou de dossier s’écrit en minuscules, chiffres et tirets, par exemple « ${slugify(invalid)} »`)];
}
