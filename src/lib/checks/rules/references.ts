/**
 * The reference of the checker's schemas: the model's `idReference`, plus the
 * id must be known, or the issue says which known ids are closest. It runs
 * inside the schema, so an unknown id is found with the entry's other issues,
 * at its own field; the rule `references/unknown` reports it.
 */
import { collectionNamed, collectionPath, collectionRegistry, type CollectionName } from '../../collections.ts';
import { idReference, type ReferenceFactory } from '../../content-model.ts';
import type { KnownIds } from '../engine/content-entries.ts';
import { isTaxonomyCollection } from '../engine/content-files.ts';
import { didYouMean } from '../../validation/suggestions.ts';
import { schemaRule } from './entry-schema.ts';


/** Short lists are worth printing whole when nothing is close. */
const LISTED_IDS_MAX = 20;

/** The id of the rule that reports unknown references; schema issues carry it in their params. */
const UNKNOWN_REFERENCE = 'references/unknown';

export const knownReferences = schemaRule(
  UNKNOWN_REFERENCE,
  'Chaque identifiant cité (pionnier, cas, thème, facteur…) existe dans son dossier ou sa taxonomie ; sinon le message propose les plus proches.',
);

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
        context.addIssue({ code: 'custom', message: unknownReferenceMessage(name, reference.id, ids), params: { rule: UNKNOWN_REFERENCE } });
      }
    });
