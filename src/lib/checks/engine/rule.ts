/**
 * The shape every rule of the content checker has: an id that names it in
 * every problem it reports (`mdx/no-expression`), the scope it looks at, a
 * sentence for contributors (CONTRIBUTING lists them all), and its `check`.
 * The rules themselves are in ../rules/, listed once in ../registry.ts.
 */
import type { CollectionSchemas } from '../../collections.ts';
import type { ContentEntry, KnownIds, ParsedFile } from './content-entries.ts';
import type { UnreadFile } from './content-files.ts';
import type { BodyView } from './markdown-body.ts';
import type { Finding, Severity } from './problem.ts';

/** What the rules may ask about the whole content. */
export interface RuleContext {
  /** Every entry of every collection, as parsed. */
  entries: readonly ContentEntry[];
  ids: KnownIds;
  /** The schemas, with references resolved against `ids`. */
  schemas: CollectionSchemas;
  /** The site's pages, for internal links. */
  pages: ReadonlySet<string>;
  /**
   * The entry's schema issues tagged with a rule's id (`params: { rule }`), or
   * the untagged ones for `undefined`, at their fields. The schema is checked
   * once per entry for all the rules that read it.
   */
  schemaFindings(entry: ContentEntry, rule: string | undefined): Finding[];
}

/** The content tree once read: its parsed files and the files no collection reads. */
export interface ContentView {
  files: readonly ParsedFile[];
  unread: readonly UnreadFile[];
}

interface RuleInfo {
  /** `family/what`, in English, stable: contributors search for it. */
  id: string;
  /** What the rule asks, in French, in one sentence (listed in CONTRIBUTING.md). */
  summary: string;
  /**
   * `warning`: what the rule finds is printed but never stops `npm run check`
   * nor the build, for what a sheet gains from but may still lack. Errors by default.
   */
  severity?: Severity;
}

/** The whole tree at once: rules that compare files (duplicates, orders). */
export interface TreeRule extends RuleInfo {
  scope: 'tree';
  check(tree: ContentView, context: RuleContext): Finding[];
}

/** One file, as read and parsed: encoding, frontmatter, YAML and Markdown syntax. */
export interface FileRule extends RuleInfo {
  scope: 'file';
  check(file: ParsedFile, context: RuleContext): Finding[];
}

/** One entry: its name, its data. */
export interface EntryRule extends RuleInfo {
  scope: 'entry';
  check(entry: ContentEntry, context: RuleContext): Finding[];
}

/** The Markdown or MDX body of one entry, parsed (never executed). */
export interface BodyRule extends RuleInfo {
  scope: 'body';
  check(body: BodyView, context: RuleContext, entry: ContentEntry): Finding[];
}

export type Rule = TreeRule | FileRule | EntryRule | BodyRule;

type RuleOf<Scope extends Rule['scope']> = Extract<Rule, { scope: Scope }>;

/** Types a rule by its scope, so that `check` gets its parameters' types. */
export const defineRule = <Scope extends Rule['scope']>(rule: RuleOf<Scope> & { scope: Scope }): RuleOf<Scope> => rule;
