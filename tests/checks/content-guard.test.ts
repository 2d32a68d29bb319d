/**
 * The build runs the checker: a fixture site with an unknown reference makes
 * `astro build` fail with the problem's line (the guard throws before Astro
 * bundles or renders anything, so the real build takes a few seconds).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { guardedLoader } from '../../src/lib/checks/verdict.ts';
import { FIXTURES } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

const silentLogger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => silentLogger } as unknown as AstroIntegrationLogger;

/** A minimal Astro site in a temporary folder: the fixtures' content, one page, the guard as its only integration. */
async function makeSite(...fixtures: string[]): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), 'content-guard-'));
  for (const fixture of fixtures) await cp(join(FIXTURES, fixture), site, { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(site, 'node_modules'));
  await mkdir(join(site, 'src/pages'), { recursive: true });
  await writeFile(join(site, 'src/pages/index.astro'), '<h1>Bonjour</h1>\n');
  const guard = pathToFileURL(join(ROOT, 'src/integrations/content-guard.ts')).href;
  await writeFile(join(site, 'astro.config.mjs'), `import { contentGuard } from '${guard}';\nexport default { integrations: [contentGuard()] };\n`);
  return site;
}

const site = await makeSite('_base', 'unknown-pioneer');
afterAll(() => rm(site, { recursive: true, force: true }));

describe('content guard', () => {
  it('stops astro build on an unknown reference, naming the file, the field and the closest id', () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, encoding: 'utf8', timeout: 60_000 });
    expect(build.status).toBe(1);
    expect(build.stdout + build.stderr).toContain(
      'content/cas/pionnier-inconnu.mdx:12:1  instigator  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?',
    );
  }, 60_000);

  it('lets a valid site build, and only checks in the build command', async () => {
    /** The guard's hooks as a build calls them: the check starts at setup, the build waits for it at its start. */
    const run = async (command: 'build' | 'dev', root: string) => {
      const hooks = contentGuard().hooks;
      await hooks['astro:config:setup']!({ command, config: { root: pathToFileURL(`${root}/`) }, logger: silentLogger } as never);
      if (command === 'build') await hooks['astro:build:start']!({ logger: silentLogger } as never);
    };
    await expect(run('build', join(FIXTURES, '_base'))).resolves.toBeUndefined();
    await expect(run('dev', site)).resolves.toBeUndefined();
    await expect(run('build', site)).rejects.toThrow('Le contenu a 1 problème ; le site n’est pas construit.');
  });

  it('puts its report before the error of a collection that fails to load meanwhile, and only then', async () => {
    const failing = guardedLoader({ name: 'failing', load: () => Promise.reject(new Error('Astro: invalid frontmatter')) });
    const hooks = contentGuard().hooks;
    await hooks['astro:config:setup']!({ command: 'build', config: { root: pathToFileURL(`${site}/`) }, logger: silentLogger } as never);
    await expect(failing.load({} as never)).rejects.toThrow('Le contenu a 1 problème');
    await expect(hooks['astro:build:start']!({ logger: silentLogger } as never)).rejects.toThrow('Le contenu a 1 problème');

    // Content without problem, or no build listening: the loader's own error stands.
    const clean = contentGuard().hooks;
    await clean['astro:config:setup']!({ command: 'build', config: { root: pathToFileURL(`${join(FIXTURES, '_base')}/`) }, logger: silentLogger } as never);
    await expect(failing.load({} as never)).rejects.toThrow('Astro: invalid frontmatter');
    await clean['astro:build:start']!({ logger: silentLogger } as never);
    await expect(failing.load({} as never)).rejects.toThrow('Astro: invalid frontmatter');
  });
});
