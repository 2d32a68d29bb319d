/**
 * YAML parsed with positions (the `yaml` package keeps a node tree with
 * offsets), so that every problem can point at the line of its field.
 */
import { Composer, isMap, isScalar, isSeq, parseDocument, Parser, visit, type Document, type ErrorCode } from 'yaml';
import type { DataPath } from '../../validation/data-path.ts';


export interface ParsedYaml {
  document: Document.Parsed;
  /** The first syntax error, if any. */
  errors: { offset: number; message: string }[];
}

/** French explanations of the YAML mistakes contributors make most. */
const yamlMistakes: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'ce champ est écrit deux fois ; gardez-le une seule fois',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter ; le YAML n’accepte que des espaces',
  BAD_INDENT: 'indentation incorrecte ; alignez ce champ sur ses voisins, avec des espaces',
  MULTILINE_IMPLICIT_KEY: 'ligne mal formée ; chaque champ s’écrit « clé: valeur » sur sa ligne, et un texte qui contient « : » se met entre guillemets',
  BLOCK_AS_IMPLICIT_KEY: 'ligne mal formée ; chaque champ s’écrit « clé: valeur » sur sa ligne, et un texte qui contient « : » se met entre guillemets',
  MISSING_CHAR: 'il manque un caractère fermant (guillemet, crochet ou accolade)',
  BAD_DQ_ESCAPE: 'barre oblique inverse invalide entre guillemets doubles ; utilisez des guillemets simples',
  MULTIPLE_DOCS: 'une ligne --- ou ... commence ici une seconde série de champs ; un fichier n’en a qu’une (retirez cette ligne)',
};

/**
 * An alias (`*nom`) repeats a value written elsewhere (`&nom`): a reviewer
 * reads one place and the site another, and a few nested aliases expand into
 * millions of values. Content has no use for them.
 */
const aliasMessage = (name: string) => `alias *${name} interdit ; écrivez la valeur elle-même à cet endroit (ni ancre &nom ni alias *nom dans le contenu)`;

/**
 * Lists in lists (or fields in fields) deeper than this are refused before
 * the YAML is read: the reader is recursive and, a few hundred levels down,
 * runs out of stack at a place that depends on the machine. Content needs
 * three or four levels.
 */
export const MAX_YAML_DEPTH = 50;

const TOO_DEEP = `valeur imbriquée sur plus de ${MAX_YAML_DEPTH} niveaux ; un champ tient en quelques niveaux de listes et de sous-champs`;

type CstNode = { offset: number; type: string; value?: CstNode; items?: { key?: CstNode | null; value?: CstNode | null }[] };

/** Where the first collection nested deeper than MAX_YAML_DEPTH starts, walking the syntax tree without recursion. */
function tooDeepAt(tokens: readonly CstNode[]): number | undefined {
  let first: number | undefined;
  const pending = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (token.type === 'document' && token.value) pending.push({ token: token.value, depth });
    if (!token.items) continue;
    if (depth >= MAX_YAML_DEPTH) {
      first = Math.min(first ?? token.offset, token.offset);
      continue;
    }
    for (const item of token.items) for (const child of [item.key, item.value]) if (child) pending.push({ token: child, depth: depth + 1 });
  }
  return first;
}

export function parseYaml(text: string): ParsedYaml {
  const tokens = [...new Parser().parse(text)];
  const deep = tooDeepAt(tokens as CstNode[]);
  if (deep !== undefined) return { document: parseDocument(''), errors: [{ offset: deep, message: `YAML mal formé : ${TOO_DEEP}` }] };
  // What parseDocument does, on the tokens already read: the first document, and an error at the start of a second.
  // No warning on the console (a list as a key, for one): the rules say what is wrong, in French.
  const [document = parseDocument(''), second] = new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).compose(tokens, true, text.length);
  const syntax = document.errors.map((error) => ({ offset: error.pos[0], message: yamlMistakes[error.code] ?? error.message.split('\n')[0]! }));
  if (second) syntax.push({ offset: second.range[0], message: yamlMistakes.MULTIPLE_DOCS! });
  const aliases: { offset: number; message: string }[] = [];
  visit(document, { Alias: (_key, alias) => void aliases.push({ offset: alias.range?.[0] ?? 0, message: aliasMessage(alias.source) }) });
  // Only the first error: the next ones are usually its echoes further down.
  const errors = [...syntax, ...aliases].slice(0, 1).map(({ offset, message }) => ({ offset, message: `YAML mal formé : ${message}` }));
  return { document, errors };
}

/**
 * The offset (in the YAML text) of the field at `path`: the key of a mapping
 * entry, the item of a list. When the path goes further than the document
 * (a missing field), the deepest field that exists.
 */
export function offsetOfPath(document: Document.Parsed, path: DataPath): number {
  let node: unknown = document.contents;
  let offset = document.contents?.range[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as { range?: [number] }).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
