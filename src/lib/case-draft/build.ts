/**
 * What the form and `npm run new` ask for once the contributor is done: the
 * files to write, or the problems that prevent writing them.
 */
import { slugify } from '../slug.ts';
import type { CaseChoices } from './choices.ts';
import type { CaseDraft } from './draft.ts';
import { draftFiles, type GeneratedFile } from './files.ts';
import { draftIssues, type FieldIssue } from './validation.ts';

export type CaseBuild =
  | { ok: true; slug: string; files: GeneratedFile[] }
  | { ok: false; issues: FieldIssue[]; files: GeneratedFile[] };

/** The files to write, or the problems that prevent writing them. */
export function buildCase(draft: CaseDraft, choices: CaseChoices, today: Date): CaseBuild {
  const files = draftFiles(draft, today);
  const issues = draftIssues(draft, choices, today);
  return issues.length === 0 ? { ok: true, slug: slugify(draft.title), files } : { ok: false, issues, files };
}
