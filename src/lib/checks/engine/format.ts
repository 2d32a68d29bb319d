/** How problems are printed: for a terminal, or as GitHub Actions annotations. */
import { errorsOf, type Problem } from './problem.ts';

export type OutputFormat = 'text' | 'github';

/** `content/cas/mon-cas.mdx:7:3  instigator  pionnier inconnu « … »  [references/unknown]`; a warning says so in its brackets. */
export const formatText = (problem: Problem): string =>
  [`${problem.file}:${problem.line}:${problem.column}`, problem.field, problem.message, `[${problem.rule}${problem.severity === 'warning' ? ' · avertissement' : ''}]`].filter(Boolean).join('  ');

// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,
const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `::error file=content/cas/mon-cas.mdx,line=7,col=3,title=references/unknown · instigator::pionnier inconnu « … »` (`::warning` for a warning) */
export const formatGithub = (problem: Problem): string =>
  `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(`${problem.rule} · ${problem.field || 'contenu'}`)}::${escapeData(problem.message)}`;

export const formatProblem = (problem: Problem, format: OutputFormat): string =>
  format === 'github' ? formatGithub(problem) : formatText(problem);

const plural = (count: number, word: string): string => `${count} ${word}${count > 1 ? 's' : ''}`;

/** The last line: how many problems, in how many files, out of how many checked, and how many warnings. */
export function formatSummary(problems: readonly Problem[], fileCount: number, milliseconds: number): string {
  const checked = `${plural(fileCount, 'fichier')} vérifié${fileCount > 1 ? 's' : ''} en ${(milliseconds / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} s`;
  const errors = errorsOf(problems);
  const warningCount = problems.length - errors.length;
  const warnings = warningCount > 0 ? `, ${plural(warningCount, 'avertissement')}` : '';
  if (errors.length === 0) return `✓ aucun problème${warnings} — ${checked}`;
  const files = new Set(errors.map((problem) => problem.file)).size;
  return `✗ ${plural(errors.length, 'problème')} dans ${plural(files, 'fichier')}${warnings} — ${checked}`;
}
