/**
 * Rule: one id, one entry. Two files that differ by extension (x.md, x.mdx) or
 * by case give Astro the same id, and one page silently replaces the other:
 * each of them is reported, naming the others. Two items of a taxonomy with
 * the same id: the later one is reported.
 */
import { problemAtField, type ContentEntry } from '../engine/content-entries.ts';
import { isTaxonomyCollection } from '../engine/content-files.ts';
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';

export const uniqueIds = defineRule({
  id: 'ids/unique',
  scope: 'tree',
  summary: 'Un identifiant par entrée : deux fichiers (x.md et x.mdx, ou deux casses) ou deux entrées d’une taxonomie ne portent pas le même.',
  check: (_tree, { entries }) => findDuplicateIds(entries),
});

function findDuplicateIds(entries: readonly ContentEntry[]): Finding[] {
  const entriesById = Map.groupBy(
    entries.filter((entry) => entry.id !== undefined),
    (entry) => `${entry.collection}/${entry.id!.toLowerCase()}`,
  );
  return [...entriesById.values()].flatMap((sameId) => (sameId.length < 2 ? [] : isTaxonomyCollection(sameId[0]!.collection) ? repeatedItems(sameId) : clashingFiles(sameId)));
}

function repeatedItems([first, ...repeats]: ContentEntry[]): Finding[] {
  const firstLine = problemAtField(first!, ['id'], '').line;
  return repeats.map((entry) => problemAtField(entry, ['id'], `identifiant « ${entry.id} » déjà utilisé ligne ${firstLine} : chaque entrée a le sien`));
}

function clashingFiles(files: ContentEntry[]): Finding[] {
  return files.map((entry) => {
    const others = files.filter((other) => other !== entry).map((other) => other.source.path).join(', ');
    return entry.source.problemAt(0, '', `identifiant « ${entry.id} » aussi donné par ${others} : ces fichiers donneraient la même page ; gardez-en un seul`);
  });
}
