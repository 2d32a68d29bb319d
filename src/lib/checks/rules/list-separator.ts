/**
 * Rule: the texts that the open data writes as CSV lists (partner roles, key
 * figures, source titles, a sequence's objectives…) hold no « | », the
 * separator of their items: a CSV reader would split the text in two.
 * The export (src/lib/open-data/formats.ts) also refuses it, as a last guard.
 */
import type { CollectionName } from '../../collections.ts';
import { LIST_SEPARATOR } from '../../open-data/list-separator.ts';
import type { DataPath } from '../../validation/data-path.ts';
import { problemAtField } from '../engine/content-entries.ts';
import { defineRule } from '../engine/rule.ts';

/** Where those texts are, per collection; `*` stands for every item of a list. */
const LISTED_TEXTS: Partial<Record<CollectionName, string[][]>> = {
  cases: [['partners', '*', 'role'], ['outcomes', '*', 'label'], ['outcomes', '*', 'value'], ['outcomes', '*', 'source', 'url'], ['sources', '*', 'label'], ['sources', '*', 'url']],
  pioneers: [['sources', '*', 'label'], ['sources', '*', 'url']],
  sequences: [['objectives', '*'], ['keyPoints', '*'], ['sources', '*', 'label'], ['sources', '*', 'url']],
};

/** Every text at a path pattern, with its concrete path. */
function textsAt(value: unknown, pattern: readonly string[], path: DataPath = []): { path: DataPath; text: string }[] {
  if (pattern.length === 0) return typeof value === 'string' ? [{ path, text: value }] : [];
  const [step, ...rest] = pattern;
  if (step === '*') return Array.isArray(value) ? value.flatMap((item, index) => textsAt(item, rest, [...path, index])) : [];
  return value && typeof value === 'object' ? textsAt((value as Record<string, unknown>)[step!], rest, [...path, step!]) : [];
}

export const listSeparator = defineRule({
  id: 'csv/list-separator',
  scope: 'entry',
  summary: `Les textes que les données ouvertes écrivent en listes (rôles des partenaires, chiffres clés, titres et adresses des sources, objectifs et points clés d’une séquence) ne contiennent pas « ${LIST_SEPARATOR} », le séparateur de leurs éléments en CSV.`,
  check: (entry) => {
    const patterns = LISTED_TEXTS[entry.collection];
    if (!patterns || !entry.data) return [];
    return patterns
      .flatMap((pattern) => textsAt(entry.data!.value, pattern))
      .filter(({ text }) => text.includes(LIST_SEPARATOR))
      .map(({ path }) => problemAtField(entry, path, `« ${LIST_SEPARATOR} » sépare les éléments des listes dans les données ouvertes (CSV) : écrivez « / » ou une virgule à la place`));
  },
});
