/**
 * Adding a taxonomy is what README says: one YAML file under
 * content/taxonomies/ and one line in the collection registry. In a copy of
 * the site, both are added and the site is built: the new taxonomy has its
 * index page with its chart, a page per term, its open dataset, and the
 * content checker reads its file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite } from './support/site-copy.ts';

const site = await copySite('add-taxonomy');
afterAll(() => site.remove());

const REGISTRY_LINE = "  territoryKinds: taxonomy({ file: 'natures-de-territoire', schema: taxonomySchema, urlSegment: 'natures-de-territoire', searchParam: 'nature-territoire', unknown: 'nature de territoire inconnue', title: 'Natures de territoire', toTerm: 'à la nature de territoire', intro: 'Du bourg rural au quartier urbain.' }),\n";
const TERMS = `- id: rural
  label: Rural
  definition: Une commune peu ou très peu dense.
  source: Test
- id: urbain
  label: Urbain
  definition: Une commune dense ou de densité intermédiaire.
  source: Test
`;

describe('adding a taxonomy', () => {
  it('takes one YAML file and one line of the registry, then builds its pages', async () => {
    await writeFile(join(site.root, 'content/taxonomies/natures-de-territoire.yaml'), TERMS);
    const registry = join(site.root, 'src/lib/collections.ts');
    const source = await readFile(registry, 'utf8');
    const anchor = '} as const satisfies Record<string, CollectionSpec>;';
    expect(source).toContain(anchor);
    await writeFile(registry, source.replace(anchor, `${REGISTRY_LINE}${anchor}`));

    const build = site.build();
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(site.dist, 'natures-de-territoire/index.html'))).toBe(true);
    const term = await readFile(join(site.dist, 'natures-de-territoire/rural/index.html'), 'utf8');
    expect(term).toContain('Rural');
    expect(term).toContain('nature-territoire=rural');
    expect(await readFile(join(site.dist, 'natures-de-territoire/index.html'), 'utf8')).toContain('Nombre de cas par nature de territoire');
    const dataset = JSON.parse(await readFile(join(site.dist, 'donnees/natures-de-territoire.json'), 'utf8')) as { id: string }[];
    expect(dataset.map((entry) => entry.id)).toEqual(['rural', 'urbain']);
  }, 250_000);
});
