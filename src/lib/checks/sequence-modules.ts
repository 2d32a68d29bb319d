/**
 * Rule: a sequence lives in the folder of its module
 * (content/sequences/<module>/<sequence>.mdx) and that module exists: the
 * folder is the sequence's only link to its module.
 */
import type { ContentEntry, KnownIds } from './content-entries.ts';
import { pathInCollection } from './content-files.ts';
import type { Problem } from './problem.ts';
import { unknownReferenceMessage } from './references.ts';

export function checkSequenceModule(entry: ContentEntry, ids: KnownIds): Problem[] {
  if (entry.collection !== 'sequences') return [];
  const segments = pathInCollection(entry.source.path, entry.collection).split('/');
  if (segments.length !== 2) {
    return [entry.source.problemAt(0, 'module', `une séquence se range dans le dossier de son module : content/sequences/<module>/${segments.at(-1)}${entry.source.path.slice(entry.source.path.lastIndexOf('.'))}`)];
  }
  const module = segments[0]!.toLowerCase();
  if (ids.get('modules')?.has(module)) return [];
  return [entry.source.problemAt(0, 'module', `le dossier porte l’identifiant du module : ${unknownReferenceMessage('modules', module, ids)}`)];
}
