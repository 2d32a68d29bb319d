/**
 * Rule: every reference names an entry that exists in its collection, or says
 * which known ids are closest. The check runs inside the schema (a reference
 * factory built on the model's `idReference`), so an unknown id is reported
 * with the other problems of the entry, at its own field.
 */
import { collectionFolders, idReference, type CollectionName, type ReferenceFactory } from '../content-model.ts';
import type { KnownIds } from './content-entries.ts';
import { isTaxonomyCollection } from './content-files.ts';
import { didYouMean } from './suggestions.ts';

const unknownEntry: Record<CollectionName, string> = {
  cases: 'cas inconnu',
  testimonies: 'témoignage inconnu',
  pioneers: 'pionnier inconnu',
  modules: 'module inconnu',
  sequences: 'séquence inconnue',
  actorTypes: 'type d’acteur inconnu',
  instruments: 'instrument inconnu',
  factors: 'facteur clé de succès inconnu',
  stages: 'stade inconnu',
  themes: 'thème inconnu',
  partnershipForms: 'forme de partenariat inconnue',
  territoryLevels: 'échelle inconnue',
  regions: 'région inconnue',
};

/** Short lists are worth printing whole when nothing is close. */
const LISTED_IDS_MAX = 20;

/** `pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?` */
export function unknownReferenceMessage(collection: CollectionName, id: string, ids: KnownIds): string {
  const known = [...(ids.get(collection) ?? [])];
  const where = `content/${collectionFolders[collection]}${isTaxonomyCollection(collection) ? '' : '/'}`;
  const hint =
    didYouMean(id, known) ||
    (known.length === 0
      ? ` — ${where} n’en définit aucun`
      : isTaxonomyCollection(collection) && known.length <= LISTED_IDS_MAX
        ? ` — identifiants possibles (${where}) : ${known.join(', ')}`
        : ` — aucun identifiant proche dans ${where}`);
  return `${unknownEntry[collection]} « ${id} »${hint}`;
}

/** The model's id reference, plus: the id must be known. */
export const resolvingReference =
  (ids: KnownIds): ReferenceFactory =>
  (collection) =>
    idReference(collection).superRefine((reference, context) => {
      if (!ids.get(collection)?.has(reference.id)) {
        context.addIssue({ code: 'custom', message: unknownReferenceMessage(collection, reference.id, ids) });
      }
    });
