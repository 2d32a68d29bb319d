/**
 * Zod issues turned into one French message per field, in the spirit of
 * Starlight's error map: what was expected, what was found, unions collapsed,
 * and "did you mean" for unknown keys. Messages written in the model
 * (`{ error: '…' }`) are kept; zod's English defaults are replaced.
 */
import { z } from './zod.ts';
import { didYouMean } from './suggestions.ts';
import type { DataPath } from './data-path.ts';

type Issue = z.core.$ZodIssue;

export interface FieldIssue {
  path: DataPath;
  message: string;
  /** The checker rule a custom issue belongs to, when the schema names one (`params: { rule }`). */
  rule?: string;
}

/** What the problem is about: `champ` in frontmatter, `attribut` on a component. */
export type Noun = 'champ' | 'attribut';

/** Stands for "no message written in the model" (the per-parse error map only applies there). */
const UNSET = '\u0000';

export type Validation<T> = { success: true; data: T } | { success: false; issues: FieldIssue[] };

export function validate<S extends z.ZodType>(schema: S, input: unknown, noun: Noun = 'champ'): Validation<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true, error: () => UNSET });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.flatMap((issue) => explainIssue(issue, schema, noun)) };
}

function explainIssue(issue: Issue, schema: z.ZodType, noun: Noun): FieldIssue[] {
  if (issue.code === 'unrecognized_keys') {
    // One problem per unknown key, each pointing at its own line.
    const known = objectKeysAt(schema, issue.path);
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: `${noun} inconnu « ${key} »${didYouMean(key, known) || ` — ${noun}s acceptés : ${known.join(', ')}`}`,
    }));
  }
  const rule = issue.code === 'custom' && typeof issue.params?.rule === 'string' ? issue.params.rule : undefined;
  return [{ path: issue.path, message: messageOf(issue, noun), ...(rule && { rule }) }];
}

function messageOf(issue: Issue, noun: Noun): string {
  const written = issue.message === UNSET ? undefined : issue.message;
  const found = ` — trouvé ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${noun} obligatoire manquant — ${written ?? `attendu ${typeName(issue.expected)}`}`;
      return (written ?? `attendu ${typeName(issue.expected)}`) + found;
    case 'invalid_value':
      return (written ?? `valeurs possibles : ${issue.values.map((value) => `« ${String(value)} »`).join(', ')}`) + found;
    case 'invalid_format':
      return (written ?? (issue.format === 'url' ? 'attendu une adresse web complète, commençant par https://' : 'format non valide')) + found;
    case 'too_small':
    case 'too_big':
      return (written ?? defaultSizeMessage(issue)) + foundSize(issue.input);
    case 'invalid_union':
      return (written ?? collapseUnion(issue)) + found;
    case 'custom':
      return written ?? 'valeur non valide';
    default:
      return (written ?? 'valeur non valide') + found;
  }
}

function defaultSizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const bound = small ? 'au moins' : 'au plus';
  switch (issue.origin) {
    case 'string':
      return small && limit === 1 ? 'ce champ ne peut pas être vide' : `${bound} ${limit} caractères`;
    case 'array':
      return `${bound} ${limit} élément${limit > 1 ? 's' : ''} dans la liste`;
    default:
      return issue.inclusive ? `${bound} ${limit}` : `${small ? 'plus grand' : 'plus petit'} que ${limit}`;
  }
}

function foundSize(input: unknown): string {
  if (typeof input === 'string' && input.length > 0) return ` — il en fait ${input.length}`;
  if (Array.isArray(input) && input.length > 0) return ` — la liste en a ${input.length}`;
  if (typeof input === 'number') return ` — trouvé ${input}`;
  return '';
}

/** "expected a or b": the type each alternative wanted, when they all failed on the type. */
function collapseUnion(issue: z.core.$ZodIssueInvalidUnion): string {
  const expected = issue.errors.map((alternative) => alternative.find((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  if (expected.every(Boolean)) {
    const names = [...new Set(expected.map((inner) => typeName((inner as z.core.$ZodIssueInvalidType).expected)))];
    return `attendu ${names.join(' ou ')}`;
  }
  return 'ne correspond à aucune des formes acceptées';
}

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste (une ligne « - … » par élément)',
  object: 'des champs « clé: valeur »',
  date: 'une date AAAA-MM-JJ',
};

const typeName = (type: string): string => typeNames[type] ?? type;

/** How a YAML value reads once parsed: quotes make text, digits a number. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'rien';
  if (value === null) return 'une valeur vide';
  if (typeof value === 'string') return `le texte « ${value.length > 60 ? `${value.slice(0, 57)}…` : value} »`;
  if (typeof value === 'number') return `le nombre ${value}`;
  if (typeof value === 'boolean') return `la valeur ${value}`;
  if (value instanceof Date) return 'une date';
  if (Array.isArray(value)) return 'une liste';
  return 'des champs « clé: valeur »';
}

/** The schema inside wrappers that do not change the shape (optional, default, transform…). */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return def.innerType ? unwrap(def.innerType) : schema;
}

/** The keys an object schema accepts at `path`, to suggest the right one for a typo. */
export function objectKeysAt(schema: z.core.$ZodType, path: DataPath): string[] {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return [];
    const def: z.core.$ZodTypeDef = current._zod.def;
    if (def.type === 'object') current = (def as z.core.$ZodObjectDef).shape[segment as string];
    else if (def.type === 'array') current = (def as z.core.$ZodArrayDef).element;
    else return [];
    current = current && unwrap(current);
  }
  return current?._zod.def.type === 'object' ? Object.keys((current._zod.def as z.core.$ZodObjectDef).shape) : [];
}
