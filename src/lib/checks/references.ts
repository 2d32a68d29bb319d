/**
 * Rule: every reference names an entry that exists in its collection, or says
 * which known ids are closest. The check runs inside the schema (a reference
 * factory built on the model's `idReference`), so an unknown id is reported
 * with the other problems of the entry, at its own field.
 */
import { collectionNamed, collectionPath, collectionRegistry, type CollectionName } from '../collections.ts';
import { idReference, type ReferenceFactory } from '../content-model.ts';
import type { KnownIds } from './content-entries.ts';
import { isTaxonomyCollection } from './content-files.ts';
import { didYouMean } from './suggestions.ts';


/** Short lists are worth printing whole when nothing is close. */
const LISTED_IDS_MAX = 20;

/** `pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?` */
export function unknownReferenceMessage(collection: CollectionName, id: string, ids: KnownIds): string {
  const known = [...(ids.get(collection) ?? [])];
  const where = `content/${collectionPath(collection)}${isTaxonomyCollection(collection) ? '' : '/'}`;
  const hint =
    didYouMean(id, known) ||
    (known.length === 0
      ? ` — ${where} n’en définit aucun`
      : isTaxonomyCollection(collection) && known.length <= LISTED_IDS_MAX
        ? ` — identifiants possibles (${where}) : ${known.join(', ')}`
        : ` — aucun identifiant proche dans ${where}`);
  return `${collectionRegistry[collection].unknown} « ${id} »${hint}`;
}

/** The model's id reference, plus: the id must be known. */
export const resolvingReference =
  (ids: KnownIds): ReferenceFactory =>
  (collection) =>
    idReference(collection).superRefine((reference, context) => {
      const name = collectionNamed(collection);
      if (!ids.get(name)?.has(reference.id)) {
        context.addIssue({ code: 'custom', message: unknownReferenceMessage(name, reference.id, ids) });
      }
    });
