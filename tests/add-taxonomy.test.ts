/**
 * Adding a taxonomy is what README says: one YAML file under
 * content/taxonomies/ and one line in the collection registry. In a copy of
 * the site, both are added and the site is built: the new taxonomy has its
 * index page, a page per term, and the content checker reads its file.
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
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) await cp(join(ROOT, item), join(copy, item), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    await writeFile(join(copy, 'content/taxonomies/publics.yaml'), TERMS);
    const registry = join(copy, 'src/lib/collections.ts');
    const source = await readFile(registry, 'utf8');
    const anchor = '} as const satisfies Record<string, CollectionSpec>;';
    expect(source).toContain(anchor);
    await writeFile(registry, source.replace(anchor, `${REGISTRY_LINE}${anchor}`));

    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy, encoding: 'utf8', timeout: 180_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(existsSync(join(copy, 'dist/publics/index.html'))).toBe(true);
    const term = await readFile(join(copy, 'dist/publics/jeunes/index.html'), 'utf8');
    expect(term).toContain('Jeunes');
    expect(term).toContain('public=jeunes');
  }, 200_000);
});
