/**
 * Adding a taxonomy is what README says: one YAML file under
 * content/taxonomies/ and one line in the collection registry. In a copy of
 * the site, both are added and the site is built: the new taxonomy has its
 * index page with its chart, a page per term, its open dataset, and the
 * content checker reads its file.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const copy = await mkdtemp(join(tmpdir(), 'add-taxonomy-'));
afterAll(() => rm(copy, { recursive: true, force: true }));

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
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) await cp(join(ROOT, item), join(copy, item), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    await writeFile(join(copy, 'content/taxonomies/natures-de-territoire.yaml'), TERMS);
    const registry = join(copy, 'src/lib/collections.ts');
    const source = await readFile(registry, 'utf8');
    const anchor = '} as const satisfies Record<string, CollectionSpec>;';
    expect(source).toContain(anchor);
    await writeFile(registry, source.replace(anchor, `${REGISTRY_LINE}${anchor}`));

    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy, encoding: 'utf8', timeout: 180_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(existsSync(join(copy, 'dist/natures-de-territoire/index.html'))).toBe(true);
    const term = await readFile(join(copy, 'dist/natures-de-territoire/rural/index.html'), 'utf8');
    expect(term).toContain('Rural');
    expect(term).toContain('nature-territoire=rural');
    expect(await readFile(join(copy, 'dist/natures-de-territoire/index.html'), 'utf8')).toContain('Nombre de cas par nature de territoire');
    const dataset = JSON.parse(await readFile(join(copy, 'dist/donnees/natures-de-territoire.json'), 'utf8')) as { id: string }[];
    expect(dataset.map((entry) => entry.id)).toEqual(['rural', 'urbain']);
  }, 200_000);
});
