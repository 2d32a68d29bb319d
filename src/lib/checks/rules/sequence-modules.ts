/**
 * Rule: a sequence lives in the folder of its module
 * (content/sequences/<module>/<sequence>.mdx), that module exists, and the
 * sequence's URL is not the module's printable sheet. Modules, and the
 * sequences of a module, each have their own `order`: the path lists them by it.
 */
import { moduleSheetUrl, sequenceUrl } from '../../routes.ts';
import { problemAtField, type ContentEntry, type KnownIds } from '../engine/content-entries.ts';
import { pathInCollection } from '../engine/content-files.ts';
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';
import { unknownReferenceMessage } from './references.ts';

export const sequenceModuleFolder = defineRule({
  id: 'sequences/module-folder',
  scope: 'entry',
  summary: 'Une séquence se range dans le dossier de son module (content/sequences/<module>/), ce module existe, et elle ne s’appelle pas « fiche » (l’adresse de la fiche imprimable).',
  check: (entry, { ids }) => checkSequenceModule(entry, ids),
});

export const uniqueOrders = defineRule({
  id: 'order/unique',
  scope: 'tree',
  summary: 'Deux modules, ou deux séquences d’un même module, n’ont pas le même rang (order).',
  check: (_tree, { entries }) => findDuplicateOrders(entries),
});

function checkSequenceModule(entry: ContentEntry, ids: KnownIds): Finding[] {
  if (entry.collection !== 'sequences') return [];
  const segments = pathInCollection(entry.source.path, entry.collection).split('/');
  if (segments.length !== 2) {
    return [entry.source.problemAt(0, 'module', `une séquence se range dans le dossier de son module : content/sequences/<module>/${segments.at(-1)}${entry.source.path.slice(entry.source.path.lastIndexOf('.'))}`)];
  }
  const module = segments[0]!.toLowerCase();
  if (entry.id !== undefined && sequenceUrl(entry.id) === moduleSheetUrl(module)) {
    return [entry.source.problemAt(0, '', `nom réservé « ${segments[1]} » : ${moduleSheetUrl(module)} est la fiche imprimable du module ; donnez un autre nom à la séquence`)];
  }
  if (ids.get('modules')?.has(module)) return [];
  return [entry.source.problemAt(0, 'module', `le dossier porte l’identifiant du module : ${unknownReferenceMessage('modules', module, ids)}`)];
}

/** Two modules, or two sequences of one module, with the same `order`: each is reported, naming the others. */
function findDuplicateOrders(entries: readonly ContentEntry[]): Finding[] {
  const ranked = entries.filter((entry) => (entry.collection === 'modules' || entry.collection === 'sequences') && Number.isInteger(orderOf(entry)));
  const groups = Map.groupBy(ranked, (entry) => `${entry.collection === 'modules' ? 'modules' : entry.id?.split('/')[0]}#${orderOf(entry)}`);
  return [...groups.values()].flatMap((sameOrder) =>
    sameOrder.length < 2
      ? []
      : sameOrder.map((entry) => {
          const others = sameOrder.filter((other) => other !== entry).map((other) => other.source.path).join(', ');
          const siblings = entry.collection === 'modules' ? 'chaque module' : 'chaque séquence du module';
          return problemAtField(entry, ['order'], `rang ${orderOf(entry)} aussi donné à ${others} : ${siblings} a le sien`);
        }),
  );
}

const orderOf = (entry: ContentEntry): unknown => (entry.data?.value as { order?: unknown } | null | undefined)?.order;
