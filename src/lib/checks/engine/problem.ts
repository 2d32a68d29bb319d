/** One thing a contributor must fix: where it is, which field, and what to write instead. */
export interface Finding {
  /** Path from the repository root, with forward slashes: `content/cas/mon-cas.mdx`. */
  file: string;
  line: number;
  column: number;
  /** The field or element at fault (`partners[1].role`, `<Citation auteur>`); empty for the file as a whole. */
  field: string;
  /** In French, for contributors: what was found and what to write instead. */
  message: string;
}

/** An error stops `npm run check` and the build; a warning is only printed. */
export type Severity = 'error' | 'warning';

/** A finding as reported: with the id of the rule that found it (`mdx/no-expression`) and its severity. */
export interface Problem extends Finding {
  rule: string;
  severity: Severity;
}

/** The problems that must be fixed before the site builds. */
export const errorsOf = <T extends Pick<Problem, 'severity'>>(problems: readonly T[]): T[] => problems.filter((problem) => problem.severity === 'error');

/** A place in a file, 1-based like editors show it. */
export interface Place {
  line: number;
  column: number;
}

/** Sorts problems the way a contributor reads them: file by file, top to bottom. */
export const byLocation = (a: Finding, b: Finding): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** Each inline tag is a node of its own: one problem per line is enough to find them all. */
export const firstOnEachLine = <T extends Place>(items: readonly T[]): T[] => items.filter((item, index) => items[index - 1]?.line !== item.line);
