/**
 * The separator of list items in a CSV cell of the open data, and the texts
 * that may not hold it: those the export writes as list items (partner roles,
 * key figures, source titles, a sequence's objectives…). The checker's rule
 * `csv/list-separator` and the form of /contribuer/ both ask `separatorIssues`.
 * Pure TypeScript: it runs in the browser.
 */
import type { CollectionName } from '../collections.ts';
import type { DataPath } from '../validation/data-path.ts';

export const LIST_SEPARATOR = '|';

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

/** The listed texts of an entry's data that hold the separator, each with its message. */
export const separatorIssues = (collection: CollectionName, data: unknown): { path: DataPath; message: string }[] =>
  (LISTED_TEXTS[collection] ?? [])
    .flatMap((pattern) => textsAt(data, pattern))
    .filter(({ text }) => text.includes(LIST_SEPARATOR))
    .map(({ path }) => ({ path, message: `« ${LIST_SEPARATOR} » sépare les éléments des listes dans les données ouvertes (CSV) : écrivez « / » ou une virgule à la place` }));
