/**
 * Rule: the texts that the open data writes as CSV lists hold no « | », the
 * separator of their items: a CSV reader would split the text in two
 * (src/lib/open-data/list-separator.ts says which texts; the form of
 * /contribuer/ refuses the same). The export (src/lib/open-data/formats.ts)
 * also refuses it, as a last guard.
 */
import { LIST_SEPARATOR, separatorIssues } from '../../open-data/list-separator.ts';
import { problemAtField } from '../engine/content-entries.ts';
import { defineRule } from '../engine/rule.ts';

export const listSeparator = defineRule({
  id: 'csv/list-separator',
  scope: 'entry',
  summary: `Les textes que les données ouvertes écrivent en listes (rôles des partenaires, chiffres clés, titres et adresses des sources, objectifs et points clés d’une séquence) ne contiennent pas « ${LIST_SEPARATOR} », le séparateur de leurs éléments en CSV.`,
  check: (entry) => (entry.data ? separatorIssues(entry.collection, entry.data.value).map(({ path, message }) => problemAtField(entry, path, message)) : []),
});
