/**
 * Content files made from valid ones, as a careless, unlucky or hostile
 * contributor could write them: the YAML of a frontmatter, a pioneer or a
 * taxonomy with wrong types, unknown keys, odd Unicode, BOMs, tabs, huge
 * values, deep nesting, duplicate keys, broken quotes, aliases and tags; and
 * Markdown or MDX bodies with random tags and attributes, braces, comments,
 * character references, code spans, tables and links with every scheme.
 */
import { fc } from '@fast-check/vitest';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/checks/engine/frontmatter.ts';
import type { ContentFile, ContentTree } from '../../../src/lib/checks/engine/content-files.ts';

/** One generated file laid over the base site: the file it replaces, if any, goes. */
export interface Mutant {
  file: ContentFile;
  replaces?: string;
}

export const withMutant = (tree: ContentTree, { file, replaces }: Mutant): ContentTree => ({
  ...tree,
  files: [...tree.files.filter((other) => other.path !== file.path && other.path !== replaces), file],
});

/** An MDX case as a .md file: its components and MDX comments removed, the rest as it is. */
export const asMarkdown = (mdx: ContentFile): ContentFile => ({
  ...mdx,
  path: mdx.path.replace(/\.mdx$/, '.md'),
  text: mdx.text.replace(/^(?:\{\/\*|<\/?(?:Citation|ChiffreCle|Encadre)\b).*\n/gm, ''),
});

// ---------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------

const words = fc.constantFrom('alliance', 'territoire', 'Dunkerque', 'l’élue', 'a', 'x', 'script', 'alert(1)', 'javascript', 'données', '«\u00a0citée\u00a0»');

/** Odd Unicode: any code point (astral, combining, invisible, right-to-left), a few at a time. */
const oddUnicode = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 });

export const shortText = fc.oneof(
  { weight: 3, arbitrary: fc.array(words, { minLength: 1, maxLength: 4 }).map((list) => list.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: oddUnicode },
);

// ---------------------------------------------------------------------------
// URLs, with every scheme and the ways browsers read them
// ---------------------------------------------------------------------------

const SCHEMES = ['javascript', 'JaVaScRiPt', 'data', 'vbscript', 'file', 'blob', 'about', 'intent', 'jar', 'http', 'https', 'mailto', 'tel', 'ftp', 'ws', 'chrome', 'view-source', 'x-custom'];

/** What hides a scheme from a naive reader: tabs, line breaks, controls, character references, percent-encoding. */
const obfuscate = fc.constantFrom(
  (scheme: string) => scheme,
  (scheme: string) => `${scheme.slice(0, 2)}\t${scheme.slice(2)}`,
  (scheme: string) => ` \u0001${scheme}`,
  (scheme: string) => `&#x${scheme.charCodeAt(0).toString(16)};${scheme.slice(1)}`,
  (scheme: string) => `&#${scheme.charCodeAt(0)}${scheme.slice(1)}`,
  (scheme: string) => `%${scheme.charCodeAt(0).toString(16)}${scheme.slice(1)}`,
);

const url = fc.oneof(
  fc.tuple(fc.constantFrom(...SCHEMES), obfuscate, fc.constantFrom('alert(1)', '//example.org/x', 'text/html;base64,PHNjcmlwdD4=', 'x@example.org', '')).map(([scheme, hide, rest]) => `${hide(scheme)}:${rest}`),
  fc.constantFrom('/cas/cas-de-reference/', '/images/port.jpg', '//example.org/x.png', '/\\example.org', '#contexte', 'relative/path', 'www.example.org', '', ' ', '/cas/inconnu/', '/cas/cas-de-reference'),
);

// ---------------------------------------------------------------------------
// Markdown and MDX snippets
// ---------------------------------------------------------------------------

const TAGS = ['script', 'img', 'a', 'svg', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'details', 'math', 'video', 'base', 'meta', 'link', 'div', 'span', 'Citation', 'ChiffreCle', 'Encadre', 'citation', 'Script', 'X.Y', 'x-y'];
const ATTRIBUTES = ['onerror', 'onclick', 'onload', 'href', 'src', 'style', 'srcdoc', 'formaction', 'xlink:href', 'ping', 'auteur', 'valeur', 'libelle', 'source', 'titre', 'class'];

const attributeValue = fc.oneof(url, shortText);
const attribute = fc.oneof(
  fc.tuple(fc.constantFrom(...ATTRIBUTES), attributeValue, fc.constantFrom('"', "'", '', '{')).map(([name, value, quote]) =>
    quote === '{' ? ` ${name}={${JSON.stringify(value)}}` : ` ${name}=${quote}${value}${quote}`,
  ),
  fc.constantFrom(' {...props}', ' disabled', ' {x}', ' onerror', ' auteur=""'),
);

const tag = fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), shortText, fc.constantFrom('closed', 'self-closing', 'unclosed')).map(([name, attributes, inner, form]) => {
  const open = `<${name}${attributes.join('')}`;
  return form === 'closed' ? `${open}>${inner}</${name}>` : form === 'self-closing' ? `${open} />` : `${open}>${inner}`;
});

const brace = fc.constantFrom('{', '}', '{1+1}', '{/* un commentaire */}', '{process.env.HOME}', '\\{', '{`x`}', '{<b />}', '{/* pas fermé', '{}');

const comment = fc.constantFrom('<!-- x -->', '<!-->', '<!--->', '<!-- a --!> b', '<!--', '-->', '<!-- <!-- -->', '<!---->', '<!-- x --> <img src=x onerror=alert(1)>', '<!--\n\n<script>x</script>\n\n-->');

const entity = fc.constantFrom('&#106;avascript:', '&lt;script&gt;', '&#x3C;script&#x3E;', '&#0;', '&unknown;', '&amp;', '&#128512;', '&#xD800;', '&#x110000;', '&nbsp;');

const code = fc.tuple(shortText, fc.constantFrom('span', 'double', 'fence', 'indent', 'tilde')).map(([text, form]) => {
  switch (form) {
    case 'span': return `\`${text}\``;
    case 'double': return `\`\` \`${text}\` \`\``;
    case 'fence': return `\`\`\`\n${text}\n\`\`\``;
    case 'indent': return `\n    ${text}\n`;
    case 'tilde': return `~~~js\n<script>${text}</script>\n~~~`;
  }
});

const tableCell = fc.oneof(shortText, tag, code, fc.constantFrom('`a | <img src=x onerror=alert(1)> `', '\\|', '<b>|</b>'));
const table = fc.tuple(tableCell, tableCell, tableCell, tableCell, fc.constantFrom('| - | - |', '|:-|-:|', '| :-: | --- |', '|-|')).map(([a, b, c, d, rule]) => `\n| ${a} | ${b} |\n${rule}\n| ${c} | ${d} |\n`);

const link = fc.tuple(shortText, url, fc.constantFrom('link', 'image', 'autolink', 'reference', 'image-reference')).map(([text, address, form]) => {
  switch (form) {
    case 'link': return `[${text}](${address})`;
    case 'image': return `![${text}](${address})`;
    case 'autolink': return `<${address}>`;
    case 'reference': return `[${text}][ref]\n\n[ref]: ${address}\n`;
    case 'image-reference': return `![${text}][ref]\n\n[ref]: ${address}\n`;
  }
});

const markdown = fc.tuple(shortText, fc.constantFrom('# ', '### ', '#### ', '> ', '- ', '1. ', '**', '_', '~~', '[^1] ', '\\', '')).map(([text, mark]) => `${mark}${text}${mark === '**' || mark === '_' || mark === '~~' ? mark : ''}`);
const blockMarkdown = fc.constantFrom('---', '***', '===', '\n===\n', '[^1]: une note', 'a  \nb', 'www.example.org', '\\<script>', '<https://example.org>', '* * *', '+++');

export const snippet = fc.oneof(
  { weight: 4, arbitrary: tag },
  { weight: 2, arbitrary: brace },
  { weight: 2, arbitrary: comment },
  { weight: 1, arbitrary: entity },
  { weight: 2, arbitrary: code },
  { weight: 2, arbitrary: table },
  { weight: 4, arbitrary: link },
  { weight: 2, arbitrary: markdown },
  { weight: 1, arbitrary: blockMarkdown },
  { weight: 1, arbitrary: oddUnicode },
);

/** Inserts snippets into the body of a page, each on its own line or at the end of a line. */
export const bodyMutant = (base: ContentFile) =>
  fc.array(fc.tuple(snippet, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 }).map((insertions): ContentFile => {
    const parts = splitFrontmatter(base.text);
    if (!parts.ok) throw new Error(`${base.path} has no frontmatter`);
    const head = base.text.slice(0, parts.bodyOffset);
    const lines = base.text.slice(parts.bodyOffset).split('\n');
    for (const [text, at, ownBlock] of insertions) {
      const index = at % lines.length;
      lines[index] = ownBlock ? `${lines[index]}\n\n${text}\n` : `${lines[index]} ${text}`;
    }
    return { ...base, text: head + lines.join('\n') };
  });

// ---------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------

/** Values a field should never hold, or holds badly. */
const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(0, -1, 1e308, -0, 2.5, Number.MAX_SAFE_INTEGER * 1000, true, false, null, [], {}, ''),
  fc.date({ noInvalidDate: true }),
  shortText,
  fc.integer({ min: 1_000, max: 50_000 }).map((length) => 'x'.repeat(length)),
  // Deeper nesting is written as text (textEdit): writing it back as YAML would overflow the writer's stack.
  fc.integer({ min: 5, max: 40 }).map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 'profond')),
);

/** A path into a YAML value: keys of maps, indexes of lists. */
const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return [prefix];
};

type ValueEdit = (value: unknown, pick: number) => unknown;

/** Edits of the data, written back as valid YAML: wrong types, unknown keys, huge or deep values, missing fields. */
const valueEdit: fc.Arbitrary<ValueEdit> = fc.oneof(
  strangeValue.map((replacement): ValueEdit => (value, pick) => setAt(value, choose(pathsOf(value).slice(1), pick), replacement)),
  fc.tuple(fc.oneof(fc.constantFrom('resume', 'titre', '__proto__', 'constructor', 'title ', 'Title'), shortText), strangeValue).map(([key, added]): ValueEdit => (value, pick) => {
    const maps = pathsOf(value).filter((path) => isMap(getAt(value, path)));
    const path = choose(maps, pick) ?? [];
    return setAt(value, [...path, key], added);
  }),
  fc.constant<ValueEdit>((value, pick) => removeAt(value, choose(pathsOf(value).slice(1), pick))),
);

/** Edits of the YAML text itself: what a text editor lets through. */
type TextEdit = (yaml: string, pick: number) => string;
const lineEdit = (edit: (line: string) => string): TextEdit => (yaml, pick) => {
  const lines = yaml.split('\n');
  const index = pick % lines.length;
  lines[index] = edit(lines[index]!);
  return lines.join('\n');
};
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.constant<TextEdit>((yaml) => `\uFEFF${yaml}`),
  fc.constant<TextEdit>((yaml) => yaml.replaceAll('\n', '\r\n')),
  fc.constant(lineEdit((line) => `\t${line}`)),
  fc.constant(lineEdit((line) => `${line}\n${line}`)),
  fc.constant(lineEdit((line) => line.replace(/: (.)/, ': "$1'))),
  fc.constant(lineEdit((line) => line.replace(/: (.)/, ": '$1"))),
  fc.constant(lineEdit((line) => `  ${line}`)),
  fc.constant(lineEdit((line) => line.trimStart())),
  fc.constant(lineEdit(() => '')),
  fc.constantFrom('---', '+++', '...', '--- x', '%YAML 1.2', '? [a, b]\n: c', '<<: *nulle-part', '!!js/function "x"', 'x: !!binary aGVsbG8=', 'x: !foo bar', 'x: *alias', '"clé: valeur"', 'x: [1, 2', 'x: {a: 1', '- élément', 'x: |\n  bloc\n plus', '# commentaire', 'x: >-\n\ttab').map((line) => lineEdit((existing) => `${existing}\n${line}`)),
  fc.constant<TextEdit>((yaml) => `${yaml}\n${aliasBomb}`),
  fc.tuple(fc.integer({ min: 40, max: 3_000 }), fc.constantFrom('[', '{a: ')).map(([depth, open]) => lineEdit((line) => `${line}\nprofond: ${open.repeat(depth)}x${(open === '[' ? ']' : '}').repeat(depth)}`)),
  fc.integer({ min: 40, max: 1_500 }).map((depth) => lineEdit((line) => `${line}\n${Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}a:`).join('\n')} x`)),
  fc.tuple(oddUnicode).map(([text]) => lineEdit((line) => `${line}${text}`)),
);

/** A few lines that expand into millions of values if a reader follows every alias. */
const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');

/** The YAML of a file (all of it, or the frontmatter of a page) with data edits written back, then text edits. */
export const yamlMutant = (base: ContentFile) =>
  fc.tuple(fc.array(fc.tuple(valueEdit, fc.nat()), { maxLength: 3 }), fc.array(fc.tuple(textEdit, fc.nat()), { maxLength: 3 })).map(([valueEdits, textEdits]): ContentFile => {
    const parts = splitFrontmatter(base.text);
    const [before, yaml, after] = parts.ok ? [base.text.slice(0, parts.yamlOffset), parts.yaml, base.text.slice(parts.yamlOffset + parts.yaml.length)] : ['', base.text, ''];
    let value = parse(yaml) as unknown;
    for (const [edit, pick] of valueEdits) value = edit(value, pick);
    let text = valueEdits.length > 0 ? stringify(value) : yaml;
    for (const [edit, pick] of textEdits) text = edit(text, pick);
    return { ...base, text: `${before}${text}${after}` };
  });

// ---------------------------------------------------------------------------
// Small helpers over plain values
// ---------------------------------------------------------------------------

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
const choose = <T>(items: T[], pick: number): T | undefined => items[pick % Math.max(items.length, 1)];
const getAt = (value: unknown, path: (string | number)[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

function setAt(value: unknown, path: (string | number)[] | undefined, replacement: unknown): unknown {
  if (!path || path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  Object.defineProperty(copy, key!, { value: setAt(copy[key!], rest, replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

function removeAt(value: unknown, path: (string | number)[] | undefined): unknown {
  if (!path || path.length === 0) return value;
  const [key, ...rest] = path;
  if (rest.length > 0) return setAt(value, [key!], removeAt((value as Record<string | number, unknown>)[key!], rest));
  if (Array.isArray(value)) return value.filter((_, index) => index !== key);
  const { [key!]: _removed, ...others } = value as Record<string | number, unknown>;
  return others;
}
