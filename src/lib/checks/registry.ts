/**
 * Every rule of the content checker, once. `npm run check`, the build
 * (src/integrations/content-guard.ts) and CONTRIBUTING.md's list of rules
 * (scripts/rules-doc.ts, tested to match) all read this list; a rule's file
 * says why it exists, its id names it in every problem it reports.
 */
import type { Rule } from './engine/rule.ts';
import { headingOutline } from './rules/body-headings.ts';
import { allowedUrls } from './rules/body-urls.ts';
import { caseSections } from './rules/case-sections.ts';
import { componentProps } from './rules/component-props.ts';
import { uniqueIds } from './rules/duplicate-ids.ts';
import { schemaFields } from './rules/entry-schema.ts';
import { fileNames } from './rules/file-names.ts';
import { imageAlt } from './rules/image-alt.ts';
import { internalLinks } from './rules/internal-links.ts';
import { invisibleCharacters } from './rules/invisible-characters.ts';
import { listSeparator } from './rules/list-separator.ts';
import { allowedElements, noExpression, noImportExport } from './rules/mdx-safety.ts';
import { quizPositions } from './rules/quiz-positions.ts';
import { noRawHtml } from './rules/raw-html.ts';
import { realContentSources } from './rules/real-sources.ts';
import { knownReferences } from './rules/references.ts';
import { sequenceIllustrations } from './rules/sequence-illustrations.ts';
import { sequenceModuleFolder, uniqueOrders } from './rules/sequence-modules.ts';
import { bodySyntax, frontmatterDelimiters, yamlSyntax } from './rules/syntax.ts';
import { termNotes } from './rules/term-notes.ts';
import { textEncoding } from './rules/text-encoding.ts';
import { unreadFiles } from './rules/unread-files.ts';

/** In the order a contributor meets them: files, syntax, data, safety of the text, editorial rules. */
export const rules: readonly Rule[] = [
  unreadFiles,
  textEncoding,
  invisibleCharacters,
  fileNames,
  frontmatterDelimiters,
  yamlSyntax,
  bodySyntax,
  uniqueIds,
  schemaFields,
  knownReferences,
  realContentSources,
  listSeparator,
  sequenceModuleFolder,
  uniqueOrders,
  noRawHtml,
  noImportExport,
  noExpression,
  allowedElements,
  componentProps,
  allowedUrls,
  internalLinks,
  imageAlt,
  headingOutline,
  caseSections,
  sequenceIllustrations,
  quizPositions,
  termNotes,
];
