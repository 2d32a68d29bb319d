/**
 * Rule: every case sheet has the template's sections, in order (a reader finds
 * « Ce qui a été difficile » at the same place in every sheet), and a real one
 * ends with « Ce que nous ne savons pas encore ».
 */
import { CASE_SECTIONS } from '../../case-sections.ts';
import type { ContentEntry } from '../engine/content-entries.ts';
import type { BodyView } from '../engine/markdown-body.ts';
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';

/** Headings compare as readers read them: curly or straight apostrophe, any spacing. */
const normalized = (heading: string): string => heading.replaceAll('’', "'").replace(/\s+/g, ' ').trim();

const SECTION_LIST = CASE_SECTIONS.map((section) => `« ${section.heading.replace("'", '’')} »`).join(', ');

export const caseSections = defineRule({
  id: 'cases/template-sections',
  scope: 'body',
  summary: `Une fiche de cas a les parties du modèle, dans l’ordre, en titres ## : ${SECTION_LIST} ; la dernière est obligatoire dans un cas réel.`,
  check: (body, _context, entry) => (entry.collection === 'cases' ? checkSections(body, entry) : []),
});

function checkSections(body: BodyView, entry: ContentEntry): Finding[] {
  const real = (entry.data?.value as { illustrative?: unknown } | undefined)?.illustrative === false;
  const sections = body.headings.filter((heading) => heading.depth === 2);
  const expected = CASE_SECTIONS.map((section) => section.heading);
  // An illustrative sheet may stop before the open questions; a real one may not.
  const required = real ? expected.length : expected.length - 1;
  for (const [index, heading] of expected.entries()) {
    const found = sections[index];
    if (!found) {
      if (index < required) return [body.source.problemAt(sections.at(-1) ?? { line: 1, column: 1 }, '##', `partie manquante « ${heading.replace("'", '’')} » : les parties d’une fiche sont, dans l’ordre, ${SECTION_LIST}`)];
      break;
    }
    if (normalized(found.text) !== normalized(heading)) {
      return [body.source.problemAt(found, '##', `partie « ${found.text} » : à cette place, le modèle attend « ${heading.replace("'", '’')} » (un détail se met en ### sous l’une des parties du modèle)`)];
    }
  }
  const extra = sections[expected.length];
  if (extra) return [body.source.problemAt(extra, '##', `partie « ${extra.text} » en trop après la dernière partie du modèle : mettez-la en ### sous l’une d’elles`)];
  return [];
}
