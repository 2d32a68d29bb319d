/**
 * The content checker: every rule of the registry on every file of content/,
 * without Astro. `npm run check` (scripts/check.ts) and the build
 * (src/integrations/content-guard.ts) both call `checkContent`, so a
 * contributor sees the same messages in both.
 */
import { collectionSchemas } from '../collections.ts';
import { validate, type Validation } from '../validation/zod-issues.ts';
import { collectKnownIds, parseContentFile, problemAtField, type ContentEntry, type KnownIds } from './engine/content-entries.ts';
import { readContentTree, type ContentTree } from './engine/content-files.ts';
import { byLocation, type Finding, type Problem } from './engine/problem.ts';
import type { ContentView, Rule, RuleContext } from './engine/rule.ts';
import { knownPageUrls } from './rules/internal-links.ts';
import { resolvingReference } from './rules/references.ts';
import { rules as registry } from './registry.ts';

export type { Problem } from './engine/problem.ts';
export type { ContentFile, ContentTree } from './engine/content-files.ts';

export interface CheckReport {
  problems: Problem[];
  /** The content files checked: all of them, or those under the selected paths. */
  files: string[];
}

export interface CheckOptions {
  /** The repository root, which holds content/. */
  root: string;
  /** Report only these repository-relative files or folders; references still resolve against all content. */
  only?: readonly string[];
}

export async function checkContent({ root, only }: CheckOptions): Promise<CheckReport> {
  const tree = await readContentTree(root);
  const paths = [...tree.files, ...tree.unread].map((file) => file.path).sort();
  return { problems: checkTree(tree, only), files: paths.filter((path) => isSelected(path, only)) };
}

/** The checker on a content tree already read: pure, so tests can feed it tiny content trees (and a subset of the rules). */
export function checkTree({ files, unread }: ContentTree, only?: readonly string[], rules: readonly Rule[] = registry): Problem[] {
  const view: ContentView = { files: files.map(parseContentFile), unread };
  const context = ruleContext(view.files.flatMap((file) => file.entries));
  const problems = rules.flatMap((rule) => findings(rule, view, context).map((finding): Problem => ({ ...finding, rule: rule.id, severity: rule.severity ?? 'error' })));
  return problems.filter((problem) => isSelected(problem.file, only)).sort(byLocation);
}

function findings(rule: Rule, view: ContentView, context: RuleContext): Finding[] {
  switch (rule.scope) {
    case 'tree':
      return rule.check(view, context);
    case 'file':
      return view.files.flatMap((file) => rule.check(file, context));
    case 'entry':
      return context.entries.flatMap((entry) => rule.check(entry, context));
    case 'body':
      return context.entries.flatMap((entry) => (entry.body ? rule.check(entry.body, context, entry) : []));
  }
}

function ruleContext(entries: ContentEntry[]): RuleContext {
  const ids: KnownIds = collectKnownIds(entries);
  const schemas = collectionSchemas(resolvingReference(ids));
  const validations = new Map<ContentEntry, Validation<unknown>>();
  const validation = (entry: ContentEntry & { data: object }) => {
    let result = validations.get(entry);
    if (!result) validations.set(entry, (result = validate(schemas[entry.collection], entry.data.value)));
    return result;
  };
  return {
    entries,
    ids,
    schemas,
    pages: knownPageUrls(ids),
    schemaFindings(entry, rule) {
      if (!entry.data) return [];
      const result = validation(entry as ContentEntry & { data: object });
      if (result.success) return [];
      return result.issues.filter((issue) => issue.rule === rule).map((issue) => problemAtField(entry, issue.path, issue.message));
    },
  };
}

/** Whether a file is one of the selected paths or lies under one of them. */
export const isSelected = (file: string, only: readonly string[] | undefined): boolean =>
  !only || only.some((selected) => file === selected || file.startsWith(`${selected.replace(/\/$/, '')}/`));

/** The ids of every collection in content/, e.g. to list the allowed values in JSON Schemas. */
export async function readKnownIds(root: string): Promise<KnownIds> {
  const { files } = await readContentTree(root);
  return collectKnownIds(files.flatMap((file) => parseContentFile(file).entries));
}
