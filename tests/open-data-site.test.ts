/**
 * The open data of the built site (dist/donnees/) round-trips: datapackage.json
 * lists every file, each JSON file validates against its JSON Schema, each CSV
 * holds the same records as its JSON, and every entry of content/ is in the
 * exports with the values its file gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { collectionPath, taxonomyNames } from '../src/lib/collections.ts';
import { contentEntries } from './content-files.ts';

const DATA = join(import.meta.dirname, '..', 'dist', 'donnees');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
type Row = Record<string, unknown>;

interface Resource { name: string; path: string; format: string; jsonSchema?: string; schema?: { fields: { name: string; type: string }[]; primaryKey: string[] } }
const dataPackage = JSON.parse(read('datapackage.json')) as { licenses: { name: string }[]; citation: string; resources: Resource[] };
const tables = dataPackage.resources.filter((resource) => resource.format === 'csv');
const jsonOf = (name: string) => dataPackage.resources.find((resource) => resource.name === `${name}-json`)!;
const records = (name: string) => JSON.parse(read(jsonOf(name).path)) as Row[];

/** RFC 4180, as any spreadsheet reads it: quoted cells, doubled quotes, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { cell += '"'; index += 1; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; }
    else if (char === '\r' && text[index + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; index += 1; }
    else cell += char;
  }
  expect(cell, 'the CSV ends with CRLF').toBe('');
  return rows;
}

describe('datapackage.json', () => {
  it('lists a CSV and a JSON file for cases, testimonies, organisations, sequences and every taxonomy', () => {
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['cas', 'temoignages', 'organisations', 'sequences']));
    expect(tables.length).toBe(4 + taxonomyNames.length);
    for (const table of tables) expect(jsonOf(table.name).jsonSchema).toBe(`${table.name}.schema.json`);
  });

  it('says the licence and how to cite', () => {
    expect(dataPackage.licenses[0]!.name).toBe('etalab-2.0');
    expect(dataPackage.citation).toMatch(/^Alliances en territoires, .*version du \d{4}-\d{2}-\d{2}, https:\/\/.*\/donnees\/, licence /);
  });
});

describe.each(tables.map((table) => [table.name, table] as const))('the dataset %s', (name, table) => {
  it('validates against its JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(JSON.parse(read(jsonOf(name).jsonSchema!)));
    const valid = validate(records(name));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('holds in its CSV the same records as in its JSON, typed by its Table Schema', () => {
    const [header, ...rows] = parseCsv(read(table.path));
    const fields = table.schema!.fields;
    expect(header).toEqual(fields.map((field) => field.name));
    const lists = new Set(Object.entries(records(name)[0] ?? {}).filter(([, value]) => Array.isArray(value)).map(([field]) => field));
    const typed = (field: { name: string; type: string }, text: string): unknown => {
      if (lists.has(field.name)) return text === '' ? [] : text.split('|');
      if (text === '') return null;
      if (field.type === 'integer') return Number(text);
      if (field.type === 'boolean') return text === 'true';
      return text;
    };
    const fromCsv = rows.map((row) => Object.fromEntries(fields.map((field, index) => [field.name, typed(field, row[index]!)])));
    // JSON leaves out nothing and writes absent values as null, so both sides compare field by field.
    expect(fromCsv).toEqual(records(name));
  });
});

/** A factor or an instrument is written as its id, or as « factor: id » with a note on how it played out. */
type Noted = string | Record<string, string>;
const idsOf = (items: unknown, key: string) => ((items as Noted[] | undefined) ?? []).map((item) => (typeof item === 'string' ? item : item[key]));
const notesOf = (items: unknown) => ((items as Noted[] | undefined) ?? []).map((item) => (typeof item === 'string' ? '' : (item.note ?? '').trim()));

/** Each collection's entries as their files write them, and the values the export must carry for each. */
const expectations: [string, () => { id: string; expected: Row }[]][] = [
  ['cas', () => contentEntries<Row & { territory: Row; partners?: { pioneer: string; role: string }[]; sources?: { url: string }[]; outcomes?: { value: string }[] }>('cases').map(({ id, data }) => ({
    id,
    expected: {
      titre: data.title, resume: data.summary, illustratif: data.illustrative, territoire: data.territory.name, echelle: data.territory.level,
      regions: data.territory.regions ?? [], annee_debut: data.startYear, annee_fin: data.endYear ?? null, stade: data.stage, instigateur: data.instigator,
      partenaires: (data.partners ?? []).map((partner) => partner.pioneer), roles_partenaires: (data.partners ?? []).map((partner) => partner.role),
      themes: data.themes, instruments: idsOf(data.instruments, 'instrument'), instruments_notes: notesOf(data.instruments), facteurs: idsOf(data.factors, 'factor'),
      facteurs_notes: notesOf(data.factors), formes_partenariat: data.partnershipForms ?? [], types_territoire: (data.territory.kinds as string[] | undefined) ?? [],
      chiffres_valeurs: (data.outcomes ?? []).map((outcome) => outcome.value), sources: (data.sources ?? []).map((source) => source.url), mise_a_jour: data.updated,
    },
  }))],
  ['temoignages', () => contentEntries<Row & { speaker: Row; source?: { url: string } }>('testimonies').map(({ id, data }) => ({
    id,
    expected: { titre: data.title, organisation: data.pioneer, personne: data.speaker.name ?? null, fonction: data.speaker.role, date: data.date, phrase_forte: data.highlight, cas: data.cases ?? [], illustratif: data.illustrative, source: data.source?.url ?? null },
  }))],
  ['organisations', () => contentEntries<Row>('pioneers').map(({ id, data }) => ({
    id,
    expected: { nom: data.name, type_acteur: data.actorType, region: data.region ?? null, site_web: data.website ?? null, illustratif: data.illustrative },
  }))],
  ['sequences', () => contentEntries<Row & { objectives: string[] }>('sequences').map(({ id, data }) => ({
    id,
    expected: { module: id.split('/')[0], titre: data.title, ordre: data.order, duree_minutes: data.durationMinutes, objectifs: data.objectives },
  }))],
  // A taxonomy's dataset is named after its file: content/taxonomies/themes.yaml → themes.json.
  ...taxonomyNames.map((taxonomy): [string, () => { id: string; expected: Row }[]] => [
    collectionPath(taxonomy).replace(/^.*\//, '').replace(/\.yaml$/, ''),
    () => contentEntries<Row>(taxonomy).map(({ id, data }) => ({ id, expected: { libelle: data.label, definition: data.definition, source: data.source, ...(data.explanation ? { explication: data.explanation } : {}) } })),
  ]),
];

describe.each(expectations)('the export %s', (name, entries) => {
  it('has every entry of content/, once, with the values its file gives', () => {
    const exported = records(name);
    const expected = entries();
    expect(exported.map((record) => record.id).sort()).toEqual(expected.map((entry) => entry.id).sort());
    for (const { id, expected: values } of expected) {
      // Text fields are trimmed by the content model; YAML folded blocks can end with a newline.
      const trimmed = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, typeof value === 'string' ? value.trim() : value]));
      expect(exported.find((record) => record.id === id), id).toMatchObject(trimmed);
    }
  });
});
