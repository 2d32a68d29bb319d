/**
 * Parses the body of a page (never executes it) and lays out what the body
 * rules look at: raw HTML, MDX elements, the code an MDX file would run, the
 * URLs of links and images, the headings.
 *
 * It parses with the renderer's own parser and features: Astro 7 renders .md
 * and .mdx with Sätteri, GFM and smart punctuation on (its defaults, which
 * astro.config.mjs keeps; tests/checks/renderer-parity.test.ts pins both). A
 * checker that read Markdown differently from the renderer could be fooled by
 * any difference: a GFM table cell, for one, splits a code span and leaves
 * the HTML inside it live.
 */
import type { Nodes } from 'mdast';
import { markdownToMdast, mdxToMdast, type Features, type MdxFlowExpression, type MdxJsxAttributeUnion, type MdxJsxFlowElement, type MdxJsxTextElement, type MdxTextExpression, type MdxjsEsm } from 'satteri';
import type { Finding, Place } from './problem.ts';
import type { SourceText } from './source-text.ts';

/** What Astro's Sätteri processor turns on when astro.config.mjs sets no `markdown` option. */
export const RENDERER_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

export type BodyFormat = 'md' | 'mdx';

export type BodyAttribute =
  | { kind: 'text'; name: string; value: string | true }
  /** `name={…}`: JavaScript computes the value. */
  | { kind: 'expression'; name: string }
  /** `{...props}` */
  | { kind: 'spread' };

/** An MDX element: a component, or an HTML tag written as JSX. */
export interface BodyElement extends Place {
  /** Tag or component name; null for a fragment `<>`. */
  name: string | null;
  /** Sätteri gives attributes no position: problems point at their element. */
  attributes: BodyAttribute[];
}

/** Raw HTML in a .md file, as the renderer copies it into the page. */
export interface BodyHtml extends Place {
  html: string;
}

export interface BodyUrl extends Place {
  /** As the renderer writes it into href or src: character references already decoded. */
  url: string;
  kind: 'link' | 'image';
  /** Alternative text, for images. */
  alt?: string;
}

export interface BodyScript extends Place {
  kind: 'import' | 'export' | 'expression';
}

export interface BodyHeading extends Place {
  depth: number;
  /** The heading's words, as a reader sees them. */
  text: string;
}

/** A block at the top of the body (a paragraph, a list, a heading…), in order: what sections hold. */
export interface BodyBlock extends Place {
  type: string;
}

export interface BodyView {
  source: SourceText;
  html: BodyHtml[];
  elements: BodyElement[];
  urls: BodyUrl[];
  scripts: BodyScript[];
  headings: BodyHeading[];
  blocks: BodyBlock[];
}

type BodyNode = Nodes | MdxJsxFlowElement | MdxJsxTextElement | MdxFlowExpression | MdxTextExpression | MdxjsEsm;

/**
 * Parses `text` (a whole file whose frontmatter has been blanked out, so that
 * positions are file positions) and returns its view, or the parse error.
 */
export function readBody(source: SourceText, text: string, format: BodyFormat): { body?: BodyView; problems: Finding[] } {
  let tree: BodyNode;
  try {
    tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(text, { features: RENDERER_FEATURES });
  } catch (error) {
    return { problems: [syntaxProblem(source, error, format)] };
  }
  const body: BodyView = { source, html: [], elements: [], urls: [], scripts: [], headings: [], blocks: [] };
  if ('children' in tree) for (const block of tree.children) body.blocks.push({ ...start(block), type: block.type });
  const definitions: { identifier: string; url: string }[] = [];
  const imageReferences: (Place & { identifier: string; alt: string })[] = [];
  visit(tree, (node) => {
    const place = start(node);
    switch (node.type) {
      case 'html':
        body.html.push({ ...place, html: node.value });
        break;
      case 'mdxjsEsm':
        body.scripts.push({ ...place, kind: /^\s*export\b/.test(node.value) ? 'export' : 'import' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* … */}` is how MDX writes a comment: no code, nothing runs.
        if (!isCommentOnly(node.value)) body.scripts.push({ ...place, kind: 'expression' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        body.elements.push({ ...place, name: node.name, attributes: node.attributes.map(jsxAttribute) });
        break;
      case 'link':
        body.urls.push({ ...place, url: node.url, kind: 'link' });
        break;
      case 'definition':
        // What `[texte][x]` links to, and what `![texte][x]` loads.
        body.urls.push({ ...place, url: node.url, kind: 'link' });
        definitions.push({ identifier: node.identifier, url: node.url });
        break;
      case 'image':
        body.urls.push({ ...place, url: node.url, kind: 'image', alt: node.alt ?? '' });
        break;
      case 'imageReference':
        imageReferences.push({ ...place, identifier: node.identifier, alt: node.alt ?? '' });
        break;
      case 'heading':
        body.headings.push({ ...place, depth: node.depth, text: plainText(node) });
        break;
    }
  });
  for (const { identifier, alt, ...place } of imageReferences) {
    for (const definition of definitions.filter((candidate) => candidate.identifier === identifier)) body.urls.push({ ...place, url: definition.url, kind: 'image', alt });
  }
  return { body, problems: [] };
}

/** The text of a node and its descendants, markup left out. */
function plainText(node: BodyNode): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? (node.children as BodyNode[]).map(plainText).join('') : '';
}

function visit(node: BodyNode, callback: (node: BodyNode) => void): void {
  callback(node);
  if ('children' in node) for (const child of node.children) visit(child as BodyNode, callback);
}

const start = (node: { position?: { start: Place } }): Place => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** Nothing but block comments and white space: what the MDX compiler drops. */
export const isCommentOnly = (code: string): boolean => /^(?:\s|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)*$/.test(code);

/** An MDX attribute as the rules (and the renderer, src/lib/mdx-render.ts) read it. */
export function jsxAttribute(attribute: MdxJsxAttributeUnion): BodyAttribute {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'spread' };
  if (attribute.value !== null && typeof attribute.value === 'object') return { kind: 'expression', name: attribute.name };
  return { kind: 'text', name: attribute.name, value: attribute.value ?? true };
}

/** The parser's message (English), at its position: `3:8: Unexpected character … (3:8) (mdx-jsx:unexpected-character)`. */
function syntaxProblem(source: SourceText, error: unknown, format: BodyFormat): Finding {
  const message = error instanceof Error ? error.message : String(error);
  const [, line = '1', column = '1', reason = message] = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+(?:-\d+:\d+)?\))?(?: \([\w:-]+\))?$/s.exec(message) ?? [];
  return source.problemAt(
    { line: Number(line), column: Number(column) },
    '',
    format === 'mdx'
      ? `MDX mal formé : ${reason} (une accolade s’écrit \\{ et un chevron \\<, une balise ouverte se referme)`
      : `Markdown illisible : ${reason}`,
  );
}
