/** The committed JSON Schemas match the model and the taxonomies; editors are told where they are. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTaxonomyCollection } from '../../src/lib/checks/engine/content-files.ts';
import { readKnownIds } from '../../src/lib/checks/index.ts';
import { collectionNames } from '../../src/lib/collections.ts';
import { buildJsonSchemas, editorYamlSchemas, jsonSchemaPaths } from '../../src/lib/json-schemas.ts';

const ROOT = join(import.meta.dirname, '../..');
const ids = await readKnownIds(ROOT);
const schemas = buildJsonSchemas(ids);

describe('JSON Schemas for editors', () => {
  it.each([...schemas.keys()])('%s is up to date (otherwise run: npm run schemas)', async (path) => {
    const committed = await readFile(join(ROOT, path), 'utf8').catch(() => 'missing');
    expect(committed, `${path} is stale: run npm run schemas`).toBe(schemas.get(path));
  });

  it('lists taxonomy ids as allowed values, and leaves pioneers open', () => {
    const pioneer = JSON.parse(schemas.get(jsonSchemaPaths.pioneers)!);
    expect(pioneer.properties.actorType.enum).toEqual([...ids.get('actorTypes')!].sort());
    const testimony = JSON.parse(schemas.get(jsonSchemaPaths.testimonies)!);
    expect(testimony.properties.pioneer).toMatchObject({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
    expect(testimony.properties.pioneer.enum).toBeUndefined();
  });

  it('lets a case name a factor alone or with its note', () => {
    const factors = JSON.parse(schemas.get(jsonSchemaPaths.cases)!).properties.factors.items;
    expect(factors.anyOf).toHaveLength(2);
    expect(factors.anyOf[0].enum).toEqual([...ids.get('factors')!].sort());
    expect(factors.anyOf[1]).toMatchObject({ type: 'object', required: ['factor', 'note'], additionalProperties: false });
  });

  it('maps every YAML collection to its schema in .vscode/settings.json (otherwise run: npm run schemas)', async () => {
    const settings = JSON.parse(await readFile(join(ROOT, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual(editorYamlSchemas());
    expect(settings['yaml.schemas']['./schemas/pionnier.schema.json']).toBe('content/pionniers/*.yaml');
    expect(Object.keys(settings['yaml.schemas'])).toHaveLength(collectionNames.filter((collection) => collection === 'pioneers' || isTaxonomyCollection(collection)).length);
  });
});
