/**
 * Rule: real content says where its facts come from. A real case cites at
 * least one public source and a source for each of its figures; a real
 * testimony, the page where the original can be read; a real organisation,
 * at least one public page. Illustrative content, invented, cites nothing.
 *
 * The content model runs it inside the schemas of cases, testimonies and
 * pioneers (so the contribution form and `npm run new` refuse the same
 * drafts); the checker reports it under its id.
 */
import type { z } from 'astro/zod';
import { schemaRule } from './entry-schema.ts';

export const REAL_SOURCES = 'sources/real-content';

export const realContentSources = schemaRule(
  REAL_SOURCES,
  'Un cas, un témoignage ou une organisation réels (illustrative: false) citent leurs sources publiques : au moins une pour un cas ou une organisation, la page d’origine pour un témoignage, et une source pour chaque chiffre clé d’un cas.',
);

interface SourcedData {
  illustrative: boolean;
  sources?: unknown[];
  source?: unknown;
  outcomes?: { label: string; source?: unknown }[];
}

type SourcedCollection = 'cases' | 'testimonies' | 'pioneers';

const noSource: Record<SourcedCollection, string> = {
  cases: 'un cas réel doit citer au moins une source publique (label + url)',
  testimonies: 'un témoignage réel doit indiquer sa source (label + url)',
  pioneers: 'une organisation réelle doit citer au moins une source publique (label + url)',
};

/** For a schema's superRefine: adds an issue, tagged with this rule, for each missing source. */
export const requireRealSources =
  (collection: SourcedCollection) =>
  (data: SourcedData, ctx: z.RefinementCtx): void => {
    if (data.illustrative) return;
    const add = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, params: { rule: REAL_SOURCES } });
    if (collection === 'testimonies' ? !data.source : (data.sources ?? []).length === 0) add([collection === 'testimonies' ? 'source' : 'sources'], noSource[collection]);
    data.outcomes?.forEach((item, index) => {
      if (!item.source) add(['outcomes', index, 'source'], `le chiffre « ${item.label} » n’a pas de source ; ajoutez source: { label, url } ou retirez-le`);
    });
  };
