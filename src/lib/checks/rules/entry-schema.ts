/**
 * Rules read from the schema: an entry's data matches its collection's schema
 * (the model of src/lib/content-model.ts), one French message per field at
 * the field's line. A check that the form and the new-case command must run
 * too lives in its own rule file, runs inside the schema and tags its issues
 * with its id (`params: { rule }`), so it is reported under that id.
 *
 * No import beyond the rule's shape: the schemas (and so the contribution
 * form's bundle) import rules built with `schemaRule`.
 */
import { defineRule, type EntryRule } from '../engine/rule.ts';

/** A rule that reports the schema issues tagged with its id (or, for `schema/fields`, the untagged ones). */
export const schemaRule = (id: string, summary: string, tagged = true): EntryRule =>
  defineRule({ id, scope: 'entry', summary, check: (entry, context) => context.schemaFindings(entry, tagged ? id : undefined) });

export const schemaFields = schemaRule(
  'schema/fields',
  'Chaque champ de l’en-tête (ou du fichier YAML) a le type, la forme et la longueur que le modèle de contenu attend ; aucun champ inconnu, aucun champ obligatoire manquant.',
  false,
);
