/**
 * What the form and `npm run new` ask for once the contributor is done: the
 * files to write, or the problems that prevent writing them.
 */
import { slugify } from '../slug.ts';
import type { CaseChoices } from './choices.ts';
import type { CaseDraft, PioneerDraft } from './draft.ts';
import { draftFiles, type GeneratedFile } from './files.ts';
import { draftIssues, type FieldIssue } from './validation.ts';

/** The files, and the organisations described that the case never names (they get no file). */
export type CaseBuild = { files: GeneratedFile[]; unnamed: PioneerDraft[] } & (
  | { ok: true; slug: string }
  | { ok: false; issues: FieldIssue[] }
);

/**
 * The draft without the organisations it describes but never names, neither
 * at the initiative nor among the partners: a file about an organisation no
 * case mentions has no place on the site. The form and `npm run new` both
 * drop them, and say so.
 */
export function withoutUnnamedPioneers(draft: CaseDraft): { draft: CaseDraft; unnamed: PioneerDraft[] } {
  const named = new Set([draft.instigator, ...draft.partners.map((partner) => partner.pioneer)]);
  const isNamed = (pioneer: PioneerDraft) => named.has(slugify(pioneer.name));
  return { draft: { ...draft, newPioneers: draft.newPioneers.filter(isNamed) }, unnamed: draft.newPioneers.filter((pioneer) => !isNamed(pioneer)) };
}

/** What is said to the contributor about each organisation left out. */
export const unnamedPioneerNotice = (pioneer: PioneerDraft) =>
  `« ${pioneer.name.trim() || 'Organisation sans nom'} » n’est nommée ni à l’initiative de l’alliance ni parmi ses partenaires : sa fiche n’est pas écrite.`;

/** The files to write, or the problems that prevent writing them. */
export function buildCase(typed: CaseDraft, choices: CaseChoices, today: Date): CaseBuild {
  const { draft, unnamed } = withoutUnnamedPioneers(typed);
  const files = draftFiles(draft, today);
  const issues = draftIssues(draft, choices, today);
  return issues.length === 0 ? { ok: true, slug: slugify(draft.title), files, unnamed } : { ok: false, issues, files, unnamed };
}
