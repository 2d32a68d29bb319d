/**
 * How a dataset is written: JSON (an array of records), CSV (RFC 4180, UTF-8,
 * lists joined with |), its JSON Schema and its Table Schema, all from the
 * dataset's zod schema; and datapackage.json (Frictionless Data), which lists
 * the files with their licence.
 */
import { z } from 'astro/zod';
import type { Catalog } from '../catalog.ts';
import { dataFileUrl, staticPaths } from '../routes.ts';
import { licences } from '../site-config.ts';
import type { Dataset } from './datasets.ts';
import { LIST_SEPARATOR } from './list-separator.ts';

export { LIST_SEPARATOR };

/** The licence of the data, as a Data Package names it (its title and address live in site-config.ts, with the other licences). */
export const dataLicence = { name: 'etalab-2.0', title: licences.data.name, path: licences.data.url } as const;

/** The version of the data: the day of the latest update of a case, so that two builds of the same content say the same. */
export const dataVersion = (catalog: Catalog) =>
  catalog.cases.reduce((latest, entry) => (entry.data.updated > latest ? entry.data.updated : latest), new Date(0)).toISOString().slice(0, 10);

/** How to cite the data, in the form researchers use. */
export const citation = (catalog: Catalog, site: URL) =>
  `Alliances en territoires, « Base ouverte des alliances territoriales », version du ${dataVersion(catalog)}, ${new URL(staticPaths.data, site).href}, licence ${dataLicence.title}.`;

export const toJson = (records: readonly Record<string, unknown>[]) => `${JSON.stringify(records, null, 2)}\n`;

/** RFC 4180: a header of field names, every cell quoted, quotes doubled, null empty, lists joined with |, CRLF line ends. */
/**
 * A spreadsheet opening the file runs a cell that starts with = + - or @ (a
 * tab or a carriage return first does not stop it) as a formula, which can
 * call other programs or send the sheet elsewhere: such a cell starts with an
 * apostrophe instead, which spreadsheets read as « this is text ».
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** RFC 4180 CSV: every field quoted, quotes doubled, lists joined with the separator, no cell a spreadsheet would run. */
export function toCsv(dataset: Dataset, records: readonly Record<string, unknown>[]): string {
  const fields = Object.keys(dataset.schema.shape);
  const cell = (field: string, value: unknown, id: unknown) => {
    if (Array.isArray(value) && value.some((item) => String(item).includes(LIST_SEPARATOR))) {
      // The checker's csv/list-separator rule refuses it in content; this guards what the rule does not list.
      throw new Error(`open data: ${dataset.name} « ${String(id)} », field ${field}: an item contains « ${LIST_SEPARATOR} », the CSV list separator`);
    }
    const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
    return `"${neutraliseFormula(text).replaceAll('"', '""')}"`;
  };
  const rows = [fields.map((field) => `"${field}"`), ...records.map((record) => fields.map((field) => cell(field, record[field], record.id)))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

type JsonSchema = { type?: string; format?: string; description?: string; anyOf?: JsonSchema[]; items?: JsonSchema; properties?: Record<string, JsonSchema> };

/** The JSON Schema of the dataset's JSON file: an array of records. */
export function jsonSchemaOf(dataset: Dataset, site: URL) {
  const schema = z.toJSONSchema(z.array(dataset.schema), { target: 'draft-07', io: 'output' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: new URL(dataFileUrl(dataset.name, 'schema'), site).href, title: dataset.title, description: dataset.description, ...schema };
}

/** The fields of one record, as JSON Schema (nullable fields unwrapped): what the documentation page and the Table Schema read. */
export function fieldsOf(dataset: Dataset): { name: string; schema: JsonSchema; nullable: boolean; list: boolean }[] {
  const record = z.toJSONSchema(dataset.schema, { target: 'draft-07', io: 'output' }) as JsonSchema;
  return Object.entries(record.properties ?? {}).map(([name, property]) => {
    const nonNull = property.anyOf?.find((option) => option.type !== 'null');
    const schema = { ...(nonNull ?? property), description: property.description ?? nonNull?.description };
    return { name, schema, nullable: Boolean(nonNull), list: schema.type === 'array' };
  });
}

/** The Table Schema (Frictionless) of the dataset's CSV file: lists are strings there, their items joined with |. */
export function tableSchemaOf(dataset: Dataset) {
  return {
    fields: fieldsOf(dataset).map(({ name, schema, nullable, list }) => ({
      name,
      type: list ? 'string' : schema.type === 'integer' || schema.type === 'boolean' ? schema.type : schema.format === 'date' ? 'date' : 'string',
      ...(schema.format === 'uri' ? { format: 'uri' } : {}),
      description: schema.description ?? '',
      constraints: { required: !nullable && !list },
    })),
    primaryKey: ['id'],
    missingValues: [''],
  };
}

/** Where a file sits relative to datapackage.json, which is in the same folder. */
const fileName = (url: string) => url.replace(/^.*\//, '');

/** datapackage.json: every dataset as a CSV resource with its Table Schema and a JSON resource with its JSON Schema. */
export function dataPackage(datasets: readonly Dataset[], catalog: Catalog, site: URL) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'alliances-en-territoires',
    title: 'Alliances en territoires — base ouverte des alliances territoriales',
    description: 'Les cas d’alliances territoriales, les témoignages de leurs pionniers, les organisations, les séquences du parcours d’apprentissage et les listes de référence (thèmes, régions, facteurs clés de succès…). Les entrées marquées illustratif=true sont inventées pour montrer le modèle de fiche.',
    homepage: new URL(staticPaths.data, site).href,
    version: dataVersion(catalog),
    created: `${dataVersion(catalog)}T00:00:00Z`,
    licenses: [dataLicence],
    citation: citation(catalog, site),
    resources: datasets.flatMap((dataset) => [
      {
        name: dataset.name,
        type: 'table',
        path: fileName(dataFileUrl(dataset.name, 'csv')),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: dataset.title,
        description: `${dataset.description} Listes séparées par ${LIST_SEPARATOR}.`,
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\r\n' },
        schema: tableSchemaOf(dataset),
      },
      {
        name: `${dataset.name}-json`,
        path: fileName(dataFileUrl(dataset.name, 'json')),
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        title: `${dataset.title} (JSON)`,
        description: `${dataset.description} Un tableau d’objets ; les listes sont des tableaux.`,
        jsonSchema: fileName(dataFileUrl(dataset.name, 'schema')),
      },
    ]),
  };
}
