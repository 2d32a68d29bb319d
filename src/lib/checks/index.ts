/**
 * The content checker: every rule on every file of content/, without Astro.
 * `npm run check` (scripts/check.ts) and the build (src/integrations/content-guard.ts)
 * both call `checkContent`, so a contributor sees the same messages in both.
 */
import { collectionSchemas } from '../collections.ts';
import { checkBodyHeadings } from './body-headings.ts';
import { checkBodyUrls } from './body-urls.ts';
import { checkComponentProps } from './component-props.ts';
import { collectKnownIds, parseContentFile, type ContentEntry, type KnownIds } from './content-entries.ts';
import { readContentTree, type ContentTree } from './content-files.ts';
import { findDuplicateIds } from './duplicate-ids.ts';
import { checkEntrySchema } from './entry-schema.ts';
import { checkFileName } from './file-names.ts';
import { checkImageAlt } from './image-alt.ts';
import { checkInternalLinks, knownPageUrls } from './internal-links.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { byLocation, type Problem } from './problem.ts';
import { checkRawHtml } from './raw-html.ts';
import { resolvingReference } from './references.ts';
import { checkSequenceModule, findDuplicateOrders } from './sequence-modules.ts';
import { checkUnreadFile } from './unread-files.ts';

export type { Problem } from './problem.ts';
export type { ContentFile, ContentTree } from './content-files.ts';

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

/** The checker on a content tree already read: pure, so tests can feed it tiny content trees. */
export function checkTree({ files, unread }: ContentTree, only?: readonly string[]): Problem[] {
  const parsed = files.map(parseContentFile);
  const entries = parsed.flatMap((file) => file.entries);
  const ids = collectKnownIds(entries);
  const context = { ids, schemas: collectionSchemas(resolvingReference(ids)), pages: knownPageUrls(ids) };
  const problems = [
    ...unread.map(checkUnreadFile),
    ...parsed.flatMap((file) => file.problems),
    ...findDuplicateIds(entries),
    ...findDuplicateOrders(entries),
    ...entries.flatMap((entry) => checkEntry(entry, context)),
  ];
  return problems.filter((problem) => isSelected(problem.file, only)).sort(byLocation);
}

interface CheckContext {
  ids: KnownIds;
  schemas: ReturnType<typeof collectionSchemas>;
  pages: ReadonlySet<string>;
}

function checkEntry(entry: ContentEntry, { ids, schemas, pages }: CheckContext): Problem[] {
  const problems = [...checkFileName(entry), ...checkSequenceModule(entry, ids), ...checkEntrySchema(entry, schemas[entry.collection])];
  const { body } = entry;
  if (body) {
    problems.push(
      ...checkRawHtml(body),
      ...checkMdxSafety(body),
      ...checkComponentProps(body),
      ...checkBodyUrls(body),
      ...checkInternalLinks(body, pages),
      ...checkImageAlt(body),
      ...checkBodyHeadings(body),
    );
  }
  return problems;
}

/** Whether a file is one of the selected paths or lies under one of them. */
export const isSelected = (file: string, only: readonly string[] | undefined): boolean =>
  !only || only.some((selected) => file === selected || file.startsWith(`${selected.replace(/\/$/, '')}/`));

/** The ids of every collection in content/, e.g. to list the allowed values in JSON Schemas. */
export async function readKnownIds(root: string): Promise<KnownIds> {
  const { files } = await readContentTree(root);
  return collectKnownIds(files.flatMap((file) => parseContentFile(file).entries));
}
