/**
 * Rule (a warning): the page of a factor or an instrument says, case by case,
 * how it played out on the ground, from the line the case sheet gives it
 * (`- factor: confiance` / `  note: …`). A real case that cites one without
 * that line leaves a blank on the term's page: the checker warns, and the
 * build goes on, since a contribution is worth publishing before it is complete.
 * Illustrative cases are left alone: their page says they are invented.
 */
import { problemAtField, type ContentEntry } from '../engine/content-entries.ts';
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';

/** The case fields holding noted terms, with the key an item names its term under. */
const NOTED_FIELDS = { factors: 'factor', instruments: 'instrument' } as const;

export const termNotes = defineRule({
  id: 'cases/term-notes',
  scope: 'entry',
  severity: 'warning',
  summary: 'Un cas réel dit en une ligne (note) comment chaque facteur clé de succès et chaque instrument qu’il cite a joué chez lui : la page du terme la reprend sous le cas.',
  check: (entry) => {
    const data = entry.data?.value as { illustrative?: unknown } | undefined;
    if (entry.collection !== 'cases' || data?.illustrative !== false) return [];
    return Object.entries(NOTED_FIELDS).flatMap(([field, key]) => withoutNote(entry, field, key));
  },
});

function withoutNote(entry: ContentEntry, field: string, key: string): Finding[] {
  const items = (entry.data?.value as Record<string, unknown>)[field];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown, index) =>
    typeof item === 'string'
      ? [problemAtField(entry, [field, index], `« ${item} » n’a pas de note : écrivez « - ${key}: ${item} » puis, en dessous, « note: » et une phrase, tirée de la fiche et de ses sources, sur la façon dont il a joué ici`)]
      : [],
  );
}
