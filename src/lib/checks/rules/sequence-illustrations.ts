/**
 * Rule: the learning path stays anchored in the knowledge base. Every sequence
 * shows at least one case in « Voir sur le terrain », and a sequence of a
 * published module at least one real case (its references themselves are
 * checked by `references/unknown`).
 */
import { problemAtField, type ContentEntry } from '../engine/content-entries.ts';
import { defineRule } from '../engine/rule.ts';

type Illustration = { case?: unknown };

export const sequenceIllustrations = defineRule({
  id: 'sequences/real-case',
  scope: 'entry',
  summary: 'Chaque séquence cite au moins un cas dans « Voir sur le terrain » (illustrations), et au moins un cas réel quand son module est publié.',
  check: (entry, { entries }) => {
    if (entry.collection !== 'sequences' || !entry.data) return [];
    const illustrations = (entry.data.value as { illustrations?: unknown }).illustrations;
    const cases = Array.isArray(illustrations) ? illustrations.flatMap((item: Illustration) => (typeof item?.case === 'string' ? [item.case] : [])) : [];
    if (cases.length === 0) {
      return [problemAtField(entry, ['illustrations'], 'aucun cas dans illustrations : ajoutez au moins une entrée « case: <identifiant d’un fichier de content/cas/> » avec sa note')];
    }
    const module = entries.find((candidate) => candidate.collection === 'modules' && candidate.id === entry.id?.split('/')[0]);
    if (valueOf(module)?.status !== 'published') return [];
    const real = cases.some((id) => valueOf(entries.find((candidate) => candidate.collection === 'cases' && candidate.id === id))?.illustrative === false);
    return real ? [] : [problemAtField(entry, ['illustrations'], 'aucun cas réel dans illustrations : une séquence d’un module publié s’appuie sur au moins un cas réel (illustrative: false)')];
  },
});

const valueOf = (entry: ContentEntry | undefined) => entry?.data?.value as { status?: unknown; illustrative?: unknown } | undefined;
