/**
 * Turns content files into entries, as Astro's loaders would: a page's
 * frontmatter and body, a pioneer's YAML file, each item of a taxonomy list.
 * Every entry keeps its YAML node tree so that problems point at their line.
 */
import { extname } from 'node:path';
import type { Document } from 'yaml';
import { collectionNames, collectionPath, collectionRegistry, type CollectionName } from '../../collections.ts';
import { entryIdOfPath, isTaxonomyCollection, type ContentFile } from './content-files.ts';
import { formatPath, type DataPath } from '../../validation/data-path.ts';
import { bodyWithFileOffsets, splitFrontmatter } from './frontmatter.ts';
import { readBody, type BodyFormat, type BodyView } from './markdown-body.ts';
import type { Finding } from './problem.ts';
import { SourceText } from './source-text.ts';
import { offsetOfPath, parseYaml } from './yaml-source.ts';

/** An entry's data as written, with the YAML it was read from. */
export interface EntryData {
  value: unknown;
  document: Document.Parsed;
  /** Where the YAML starts in the file (after the opening `---` of a page). */
  offset: number;
  /** Where the entry sits in the document: `[]`, or `[index]` for a taxonomy item. */
  path: DataPath;
}

export interface ContentEntry {
  collection: CollectionName;
  /** Undefined for a taxonomy item without a usable id (its schema says so). */
  id: string | undefined;
  source: SourceText;
  /** Undefined when the YAML could not be read; the syntax problems say why. */
  data: EntryData | undefined;
  body: BodyView | undefined;
}

/** The ids of every collection, to resolve references and links against. */
export type KnownIds = ReadonlyMap<CollectionName, ReadonlySet<string>>;

/** What reading a file can fail on, by step: each step has its rule (rules/syntax.ts). */
export interface SyntaxFindings {
  frontmatter: Finding[];
  yaml: Finding[];
  body: Finding[];
}

export interface ParsedFile {
  /** The file as it is on disk (the encoding rule reads its bytes' quirks). */
  file: ContentFile;
  entries: ContentEntry[];
  syntax: SyntaxFindings;
}

const BOM = '\uFEFF';

/** The text the rules read: BOM removed, CRLF turned into LF (lines and columns are unchanged); rules/text-encoding.ts reports both. */
export const withoutEncodingQuirks = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text).replaceAll('\r\n', '\n');

type Parsed = { entries: ContentEntry[] } & Partial<SyntaxFindings>;

export function parseContentFile(file: ContentFile): ParsedFile {
  const source = new SourceText(file.path, withoutEncodingQuirks(file.text));
  const parsed: Parsed = isTaxonomyCollection(file.collection)
    ? parseTaxonomyFile(file.collection, source)
    : collectionRegistry[file.collection].kind === 'data-files'
      ? parseDataFile(file.collection, source)
      : parsePage(file.collection, source);
  return { file, entries: parsed.entries, syntax: { frontmatter: parsed.frontmatter ?? [], yaml: parsed.yaml ?? [], body: parsed.body ?? [] } };
}

function parsePage(collection: CollectionName, source: SourceText): Parsed {
  const entry: ContentEntry = { collection, id: entryIdOfPath(source.path, collection), source, data: undefined, body: undefined };
  const parts = splitFrontmatter(source.text);
  if (!parts.ok) return { entries: [entry], frontmatter: [source.problemAt(parts.offset, '', parts.message)] };
  const yaml = readYaml(source, parts.yaml, parts.yamlOffset);
  const body = readBody(source, bodyWithFileOffsets(source.text, parts.bodyOffset), extname(source.path).slice(1) as BodyFormat);
  return { entries: [{ ...entry, data: yaml.data, body: body.body }], yaml: yaml.problems, body: body.problems };
}

function parseDataFile(collection: CollectionName, source: SourceText): Parsed {
  const yaml = readYaml(source, source.text, 0);
  return { entries: [{ collection, id: entryIdOfPath(source.path, collection), source, data: yaml.data, body: undefined }], yaml: yaml.problems };
}

function parseTaxonomyFile(collection: CollectionName, source: SourceText): Parsed {
  const yaml = readYaml(source, source.text, 0);
  // Even when the list has a syntax error, its ids are read as well as can be,
  // so that references to them are not reported as unknown too.
  const items = yaml.data?.value ?? bestEffortValue(yaml.document);
  if (!Array.isArray(items)) {
    const notAList = `une taxonomie est une liste : chaque entrée commence par « - id: … » (voir content/${collectionPath(collection)})`;
    return { entries: [], yaml: yaml.data ? [source.problemAt(0, '', notAList)] : yaml.problems };
  }
  const entries = items.map((item: unknown, index): ContentEntry => ({
    collection,
    id: typeof (item as { id?: unknown } | null)?.id === 'string' ? (item as { id: string }).id : undefined,
    source,
    data: yaml.data && { ...yaml.data, value: item, path: [index] },
    body: undefined,
  }));
  return { entries, yaml: yaml.problems };
}

function bestEffortValue(document: Document.Parsed): unknown {
  try {
    return document.toJS();
  } catch {
    return undefined;
  }
}

function readYaml(source: SourceText, text: string, offset: number): { document: Document.Parsed; data: EntryData | undefined; problems: Finding[] } {
  const { document, errors } = parseYaml(text);
  if (errors.length > 0) {
    return { document, data: undefined, problems: errors.map((error) => source.problemAt(offset + error.offset, '', error.message)) };
  }
  return { document, data: { value: document.toJS(), document, offset, path: [] }, problems: [] };
}

/** A problem at a field of an entry, `path` relative to the entry. */
export function problemAtField(entry: ContentEntry, path: DataPath, message: string): Finding {
  const data = entry.data;
  const offset = data ? data.offset + offsetOfPath(data.document, [...data.path, ...path]) : 0;
  return entry.source.problemAt(offset, formatPath(path), message);
}

export function collectKnownIds(entries: readonly ContentEntry[]): KnownIds {
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((collection) => [collection, new Set()]));
  for (const entry of entries) if (entry.id !== undefined) ids.get(entry.collection)!.add(entry.id);
  return ids;
}
