/**
 * The whole learning path, as a learner meets it: four modules, each sequence
 * with its quiz (every choice explained) and its sources, and « Voir sur le
 * terrain » honest about fiction: an illustration that points at an invented
 * case or testimony says « exemple fictif » in its note, and only then.
 * (That each sequence shows a real case is the checker's rule sequences/real-case.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../src/lib/collections.ts';
import { idReference } from '../src/lib/content-model.ts';
import { readContentFiles } from '../src/lib/checks/engine/content-files.ts';
import { parseContentFile } from '../src/lib/checks/engine/content-entries.ts';

const ROOT = join(import.meta.dirname, '..');
const entries = (await readContentFiles(ROOT)).flatMap((file) => parseContentFile(file).entries);
const schemas = collectionSchemas(idReference);
const sequences = entries
  .filter((entry) => entry.collection === 'sequences')
  .map((entry) => ({ id: entry.id!, data: schemas.sequences.parse(entry.data!.value) }));
const illustrative = new Map(
  entries
    .filter((entry) => entry.collection === 'cases' || entry.collection === 'testimonies')
    .map((entry) => [`${entry.collection}/${entry.id}`, (entry.data!.value as { illustrative: boolean }).illustrative]),
);

const FICTION_NOTE = /exemple fictif/i;

describe('the learning path', () => {
  it('has sequences in each of its four modules', () => {
    expect(new Set(sequences.map((entry) => entry.id.split('/')[0]))).toEqual(new Set(['module-1', 'module-2', 'module-3', 'module-4']));
  });

  it.each(sequences.map((entry) => [entry.id, entry.data] as const))('%s has a quiz of at least 3 questions, every choice explained, and its sources', (_id, data) => {
    expect(data.quiz.length).toBeGreaterThanOrEqual(3);
    for (const question of data.quiz) for (const choice of question.choices) expect(choice.explanation.length).toBeGreaterThan(10);
    expect(data.sources.length).toBeGreaterThan(0);
  });

  it.each(sequences.map((entry) => [entry.id, entry.data] as const))('%s says « exemple fictif » exactly where an illustration is invented', (_id, data) => {
    const mislabelled = data.illustrations.flatMap((item) => {
      const target = item.case ? `cases/${item.case.id}` : `testimonies/${item.testimony!.id}`;
      return illustrative.get(target) === FICTION_NOTE.test(item.note) ? [] : [`${target}: « ${item.note} »`];
    });
    expect(mislabelled).toEqual([]);
  });
});
