/**
 * Parses the body of a page (never executes it) and lays out what the body
 * rules look at: the elements (MDX/JSX or raw HTML), the URLs (Markdown links
 * and images, URL attributes) and the JavaScript an MDX file would run.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readHtmlTags } from './html-tags.ts';
import type { Place, Problem } from './problem.ts';
import type { SourceText } from './source-text.ts';

/**
 * The parsers, built once. Of GFM, only footnote definitions matter to the
 * rules: without GFM, `[^1]: {code}` reads as a link definition and its
 * expression would go unseen. GFM triples the parse time (its autolink-literal
 * scan runs at every letter), so it parses only the files that have a
 * footnote definition; tables, strikethrough and autolink literals change
 * nothing the rules look at.
 */
const parsers = {
  mdx: { commonmark: unified().use(remarkParse).use(remarkMdx).freeze(), gfm: unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze() },
  md: { commonmark: unified().use(remarkParse).freeze(), gfm: unified().use(remarkParse).use(remarkGfm).freeze() },
};

const FOOTNOTE_DEFINITION = /\[\^[^\]\s]+\]:/;

export type BodyFormat = 'md' | 'mdx';

export type BodyAttribute = Place &
  (
    | { kind: 'text'; name: string; value: string | true }
    /** `name={…}`: JavaScript computes the value. */
    | { kind: 'expression'; name: string }
    /** `{...props}` */
    | { kind: 'spread' }
  );

export interface BodyElement extends Place {
  /** Tag or component name; null for a fragment `<>`. */
  name: string | null;
  syntax: 'jsx' | 'html';
  attributes: BodyAttribute[];
}

export interface BodyUrl extends Place {
  url: string;
  kind: 'link' | 'image' | 'attribute';
  /** How a contributor finds it: `lien`, `image`, `<a href>`… */
  label: string;
  /** Alternative text, for images; undefined when there is none at all. */
  alt?: string;
}

export interface BodyScript extends Place {
  kind: 'import' | 'export' | 'expression';
}

export interface BodyView {
  source: SourceText;
  elements: BodyElement[];
  urls: BodyUrl[];
  scripts: BodyScript[];
}

/** Attributes that hold a URL, where `javascript:` or `data:` would run or load something. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'xlink:href']);

/**
 * Parses `text` (a whole file whose frontmatter has been blanked out, so that
 * positions are file positions) and returns its view, or the parse error.
 */
export function readBody(source: SourceText, text: string, format: BodyFormat): { body?: BodyView; problems: Problem[] } {
  const body: BodyView = { source, elements: [], urls: [], scripts: [] };
  if (!mayHoldAnythingToCheck(text, format)) return { body, problems: [] };
  let tree: Root;
  try {
    tree = parsers[format][FOOTNOTE_DEFINITION.test(text) ? 'gfm' : 'commonmark'].parse(text);
  } catch (error) {
    return { problems: [mdxSyntaxProblem(source, error)] };
  }
  visit(tree, (node) => collect(node, body));
  return { body, problems: [] };
}

/**
 * Links, images, HTML, JSX and expressions all start with `[`, `<` or `{`, and
 * MDX code with an import/export line: prose without them (most bodies) has
 * nothing for the rules and skips the parse, the costliest step.
 */
const mayHoldAnythingToCheck = (text: string, format: BodyFormat): boolean =>
  /[<{[]/.test(text) || (format === 'mdx' && /^(?:import|export)\b/m.test(text));

function visit(node: Nodes, callback: (node: Nodes) => void): void {
  callback(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, callback);
}

const start = (node: { position?: { start: Place } }): Place => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

function collect(node: Nodes, body: BodyView): void {
  switch (node.type) {
    case 'mdxjsEsm':
      body.scripts.push({ ...start(node), kind: /^\s*export\b/.test(node.value) ? 'export' : 'import' });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // `{/* … */}` is how MDX writes a comment: no code, nothing runs.
      if (!isCommentOnly(node)) body.scripts.push({ ...start(node), kind: 'expression' });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      addElement(body, { ...start(node), name: node.name, syntax: 'jsx', attributes: node.attributes.map(jsxAttribute) });
      break;
    case 'html':
      for (const tag of readHtmlTags(node.value)) {
        const offset = (node.position?.start.offset ?? 0) + tag.offset;
        addElement(body, {
          ...body.source.place(offset),
          name: tag.name,
          syntax: 'html',
          attributes: tag.attributes.map((attribute) => ({ ...body.source.place(offset - tag.offset + attribute.offset), kind: 'text', name: attribute.name, value: attribute.value })),
        });
      }
      break;
    case 'link':
    case 'definition':
      body.urls.push({ ...start(node), url: node.url, kind: 'link', label: 'lien' });
      break;
    case 'image':
      body.urls.push({ ...start(node), url: node.url, kind: 'image', label: 'image', alt: node.alt ?? '' });
      break;
  }
}

const isCommentOnly = (node: { data?: { estree?: { body: unknown[] } | null } }): boolean => node.data?.estree?.body.length === 0;

function jsxAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): BodyAttribute {
  const place = start(attribute);
  if (attribute.type === 'mdxJsxExpressionAttribute') return { ...place, kind: 'spread' };
  if (attribute.value !== null && typeof attribute.value === 'object') return { ...place, kind: 'expression', name: attribute.name };
  return { ...place, kind: 'text', name: attribute.name, value: attribute.value ?? true };
}

/** Records an element, and the URLs its attributes hold (an `<img>` is an image, an `<a href>` a link). */
function addElement(body: BodyView, element: BodyElement): void {
  body.elements.push(element);
  const tag = element.name?.toLowerCase();
  for (const attribute of element.attributes) {
    if (attribute.kind !== 'text' || typeof attribute.value !== 'string' || !URL_ATTRIBUTES.has(attribute.name.toLowerCase())) continue;
    const name = attribute.name.toLowerCase();
    const label = `<${element.name} ${attribute.name}>`;
    // srcset lists several URLs, each followed by its width or density.
    const urls = name === 'srcset' ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attribute.value];
    const place = { line: attribute.line, column: attribute.column };
    for (const url of urls) {
      if (tag === 'img' && name === 'src') body.urls.push({ ...place, url, kind: 'image', label, alt: altOf(element) });
      else body.urls.push({ ...place, url, kind: tag === 'a' && name === 'href' ? 'link' : 'attribute', label });
    }
  }
}

function altOf(element: BodyElement): string | undefined {
  const alt = element.attributes.find((attribute) => 'name' in attribute && attribute.name.toLowerCase() === 'alt');
  if (!alt) return undefined;
  // A computed alt is reported as an expression; do not report it twice.
  return alt.kind === 'text' ? String(alt.value === true ? '' : alt.value) : '…';
}

/**
 * The parser's own message (English), at its position: micromark keeps it in
 * `place`, or only in the message for an unclosed tag, `(25:1-25:28)`.
 */
function mdxSyntaxProblem(source: SourceText, error: unknown): Problem {
  const { reason = String(error), place } = error as { reason?: string; place?: Place | { start: Place } };
  const [range, line, column] = / ?\((\d+):(\d+)-\d+:\d+\)/.exec(reason) ?? [];
  return source.problemAt(
    (place && 'start' in place ? place.start : place) ?? { line: Number(line ?? 1), column: Number(column ?? 1) },
    '',
    `MDX mal formé : ${range ? reason.replace(range, '') : reason} (une accolade s’écrit \\{ et un chevron \\<, une balise ouverte se referme)`,
  );
}
