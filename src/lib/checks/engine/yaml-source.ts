/**
 * YAML parsed with positions (the `yaml` package keeps a node tree with
 * offsets), so that every problem can point at the line of its field.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type ErrorCode } from 'yaml';
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
};

export function parseYaml(text: string): ParsedYaml {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // Only the first error: the next ones are usually its echoes further down.
  const errors = document.errors.slice(0, 1).map((error) => ({
    offset: error.pos[0],
    message: `YAML mal formé : ${yamlMistakes[error.code] ?? error.message.split('\n')[0]}`,
  }));
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
