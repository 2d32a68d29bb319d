/**
 * What must hold for any content file, however strange: the checker's report
 * points inside the files, in words rather than stack traces; and a body it
 * accepts renders into HTML that runs nothing and loads nothing from elsewhere.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { evaluate, htmlToHast, type HastNode } from 'satteri';
import type { ContentTree } from '../../../src/lib/checks/engine/content-files.ts';
import { TABLE_ALIGNMENT_STYLES } from '../../../src/lib/content-security-policy.ts';
import { withoutEncodingQuirks } from '../../../src/lib/checks/engine/content-entries.ts';
import { RENDERER_FEATURES } from '../../../src/lib/checks/engine/markdown-body.ts';
import type { Problem } from '../../../src/lib/checks/index.ts';
import config from '../../../astro.config.mjs';

// ---------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------

/** What a crash leaves in a message: a stack frame, an error class or message, an object printed as such. */
const INTERNALS = /\n\s*at\s|\b(?:TypeError|ReferenceError|RangeError|SyntaxError|InternalError)\b|call stack|\[object Object\]|\bundefined\b/;

/** The problems that do not point at a line and a column of their file, or that read like a crash. */
export function misplacedProblems(tree: ContentTree, problems: readonly Problem[]): string[] {
  // Lines as editors and the checker count them: a lone carriage return ends one too.
  const lines = new Map(tree.files.map((file) => [file.path, withoutEncodingQuirks(file.text).split(/\r(?!\n)|\n/)]));
  const unread = new Set(tree.unread.map((file) => file.path));
  return problems.flatMap((problem) => {
    const where = `${problem.file}:${problem.line}:${problem.column} [${problem.rule}] ${problem.message}`;
    if (INTERNALS.test(problem.message) || problem.message.trim() === '') return [`reads like a crash: ${where}`];
    if (unread.has(problem.file)) return problem.line === 1 && problem.column === 1 ? [] : [`outside an unread file: ${where}`];
    const fileLines = lines.get(problem.file);
    if (!fileLines) return [`names no file of the tree: ${where}`];
    const line = fileLines[problem.line - 1];
    if (!Number.isInteger(problem.line) || line === undefined) return [`line outside the file (${fileLines.length} lines): ${where}`];
    if (!Number.isInteger(problem.column) || problem.column < 1 || problem.column > line.length + 1) return [`column outside its line (${line.length} characters): ${where}`];
    return [];
  });
}

// ---------------------------------------------------------------------------
// Rendering an accepted body, as the site does
// ---------------------------------------------------------------------------

/** Astro's Markdown renderer, with the site's options (syntax highlighting off). */
const markdownRenderer = await satteri().createRenderer({ syntaxHighlight: config.markdown?.syntaxHighlight === false ? false : 'shiki' });

interface JsxElement { type: unknown; props: Record<string, unknown> & { children?: unknown } }
const FRAGMENT = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): JsxElement => ({ type, props: props as JsxElement['props'] });

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** A style object as Astro's JSX writes it: `text-align:left`. */
const cssText = (style: Record<string, unknown>) => Object.entries(style).map(([name, value]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`).join(';');
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

/** Writes the tree the MDX module returns as HTML, the way a JSX runtime would. */
function jsxToHtml(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(jsxToHtml).join('');
  const { type, props } = node as JsxElement;
  if (type === FRAGMENT) return jsxToHtml(props.children);
  if (typeof type === 'function') return jsxToHtml(type(props));
  const attributes = Object.entries(props)
    .filter(([name, value]) => name !== 'children' && value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ` ${ATTRIBUTE_NAMES[name] ?? name}="${escapeHtml(typeof value === 'object' ? cssText(value as Record<string, unknown>) : String(value))}"`);
  return `<${String(type)}${attributes.join('')}>${jsxToHtml(props.children)}</${String(type)}>`;
}

/**
 * The allowed components, with the markup src/lib/mdx-render.ts prints: their
 * props are plain texts (the checker validated them), written as text.
 */
const components = {
  Citation: ({ auteur, children }: { auteur?: string; children?: unknown }) => jsx('figure', { children: [jsx('blockquote', { children }), auteur && jsx('figcaption', { children: `— ${auteur}` })] }),
  ChiffreCle: ({ valeur, libelle, source }: Record<string, string>) => jsx('figure', { children: [jsx('p', { children: valeur }), jsx('figcaption', { children: [libelle, source && jsx('span', { children: ` (source : ${source})` })] })] }),
  Encadre: ({ titre, children }: { titre?: string; children?: unknown }) => jsx(titre ? 'aside' : 'div', { role: titre ? undefined : 'note', children: [titre && jsx('h3', { children: titre }), children] }),
};

/** The HTML a body becomes on its page: Astro's renderer for Markdown, the MDX compiler run with the allowed components. */
export async function renderBody(body: string, format: 'md' | 'mdx'): Promise<string> {
  if (format === 'md') return (await markdownRenderer.render(body)).code;
  const module = await evaluate(body, { Fragment: FRAGMENT, jsx, jsxs: jsx, features: RENDERER_FEATURES });
  return jsxToHtml((module.default as (props: object) => unknown)({ components }));
}

// ---------------------------------------------------------------------------
// Safe HTML
// ---------------------------------------------------------------------------

/** What Markdown, GFM and the allowed components write; nothing else may reach a page from content. */
const ALLOWED_ELEMENTS = new Set([
  'p', 'a', 'em', 'strong', 'del', 'code', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'hr', 'br', 'img',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section', 'figure', 'figcaption', 'aside', 'div', 'span',
]);
const ALLOWED_PROPERTIES = new Set(['href', 'src', 'alt', 'title', 'id', 'className', 'style', 'type', 'checked', 'disabled', 'start', 'role', 'dataFootnoteRef', 'dataFootnotes', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A URL as a browser reads it: without the tabs, line breaks and controls it drops. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();

/** Whatever in a piece of HTML could run a script, load from elsewhere or be no part of the allow-list. */
export const unsafeParts = (html: string): string[] => unsafeNodes(htmlToHast(html, { fragment: true }));

/** The same, in a tree already parsed (the body of a built page). */
export function unsafeNodes(root: HastNode): string[] {
  const found: string[] = [];
  for (const { tagName, properties } of elementsOf(root)) {
    if (!ALLOWED_ELEMENTS.has(tagName)) found.push(`<${tagName}>`);
    for (const [name, value] of Object.entries(properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      // Astro scopes the components' styles with a data-astro-cid-… attribute.
      if (/^on/i.test(name) || !(ALLOWED_PROPERTIES.has(name) || name.startsWith('dataAstroCid'))) found.push(`<${tagName} ${name}="${text}">`);
      if (name === 'href' && schemeOf(text) !== undefined && !LINK_SCHEMES.has(schemeOf(text)!)) found.push(`<${tagName} href="${text}">`);
      if (name === 'src' && !(text.startsWith('/') && !/^\/[/\\]/.test(text))) found.push(`<${tagName} src="${text}">`);
      // The page's Content-Security-Policy allows these style attributes, and no other.
      if (name === 'style' && !TABLE_ALIGNMENT_STYLES.includes(text)) found.push(`<${tagName} style="${text}">`);
      if (name === 'type' && !(tagName === 'input' && text === 'checkbox')) found.push(`<${tagName} type="${text}">`);
    }
  }
  return found;
}

interface Element { tagName: string; properties: Record<string, unknown>; children?: HastNode[] }

/** Every element of a tree, in document order. */
export function elementsOf(node: HastNode): Element[] {
  const own = node.type === 'element' ? [{ ...(node as unknown as Element), properties: (node as unknown as Element).properties ?? {} }] : [];
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as HastNode[]) : [];
  return [...own, ...children.flatMap(elementsOf)];
}

/** The elements of a page whose class list has `className`, as trees of their own. */
export const elementsWithClass = (html: string, className: string): HastNode[] =>
  elementsOf(htmlToHast(html)).filter((element) => (element.properties.className as string[] | undefined)?.includes(className)) as unknown as HastNode[];
