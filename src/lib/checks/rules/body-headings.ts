/**
 * Rule: the headings of a body continue the page's outline (RGAA 9.1). The
 * page already has its level-1 heading, the entry's title; the body starts at
 * level 2 (`##`) and never skips a level, as screen-reader users browse a page
 * by its headings.
 */
import type { BodyView } from '../engine/markdown-body.ts';
import { defineRule } from '../engine/rule.ts';

const marks = (depth: number): string => '#'.repeat(depth);

export const headingOutline = defineRule({
  id: 'headings/outline',
  scope: 'body',
  summary: 'Le texte commence ses parties par ## (la page a déjà son titre) et ne saute aucun niveau de titre.',
  check: checkBodyHeadings,
});

function checkBodyHeadings(body: BodyView) {
  let previous = 1;
  return body.headings.flatMap((heading) => {
    const above = previous;
    previous = Math.max(heading.depth, 2);
    if (heading.depth === 1) {
      return [body.source.problemAt(heading, '#', 'titre de niveau 1 interdit dans le texte : la page a déjà le sien (le champ title) ; écrivez ## pour une partie')];
    }
    if (heading.depth > above + 1) {
      const after = above === 1 ? 'le titre de la page' : `un ${marks(above)}`;
      return [body.source.problemAt(heading, marks(heading.depth), `niveau de titre sauté : ce ${marks(heading.depth)} suit ${after} ; écrivez ${marks(above + 1)} (un titre ne saute pas de niveau)`)];
    }
    return [];
  });
}
