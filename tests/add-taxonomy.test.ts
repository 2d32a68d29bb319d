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

const REGISTRY_LINE = "  publics: taxonomy({ file: 'publics', schema: taxonomySchema, urlSegment: 'publics', searchParam: 'public', unknown: 'public inconnu', title: 'Publics', toTerm: 'au public', intro: 'Les personnes auxquelles une alliance s’adresse.' }),\n";
const TERMS = `- id: jeunes
  label: Jeunes
  definition: Des jeunes de 16 à 25 ans.
  source: Test
- id: aines
  label: Aînés
  definition: Des personnes de plus de 65 ans.
  source: Test
`;

describe('adding a taxonomy', () => {
  it('takes one YAML file and one line of the registry, then builds its pages', async () => {
    await writeFile(join(site.root, 'content/taxonomies/publics.yaml'), TERMS);
    const registry = join(site.root, 'src/lib/collections.ts');
    const source = await readFile(registry, 'utf8');
    const anchor = '} as const satisfies Record<string, CollectionSpec>;';
    expect(source).toContain(anchor);
    await writeFile(registry, source.replace(anchor, `${REGISTRY_LINE}${anchor}`));

    const build = site.build();
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(site.dist, 'publics/index.html'))).toBe(true);
    const term = await readFile(join(site.dist, 'publics/jeunes/index.html'), 'utf8');
    expect(term).toContain('Jeunes');
    expect(term).toContain('public=jeunes');
    expect(await readFile(join(site.dist, 'publics/index.html'), 'utf8')).toContain('Nombre de cas par public');
    const dataset = JSON.parse(await readFile(join(site.dist, 'donnees/publics.json'), 'utf8')) as { id: string }[];
    expect(dataset.map((entry) => entry.id)).toEqual(['aines', 'jeunes']);
  }, 250_000);
});
