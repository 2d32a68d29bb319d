/**
 * `npm run check`: options, output formats and exit code. The script checks
 * the content/ next to it, so the annotation test runs a copy of it over a
 * fixture tree with a known problem.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const check = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, INIT_CWD: root } });

/** A project with the fixtures' content/ and a copy of scripts/check.ts; the code it runs is the repository's. */
async function makeProject(...fixtures: string[]): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'check-script-'));
  for (const fixture of fixtures) await cp(join(FIXTURES, fixture), project, { recursive: true });
  await mkdir(join(project, 'scripts'));
  await copyFile(join(ROOT, 'scripts/check.ts'), join(project, 'scripts/check.ts'));
  await symlink(join(ROOT, 'src'), join(project, 'src'));
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

const project = await makeProject('_base', 'unknown-pioneer');
const withWarnings = await makeProject('_base', 'term-notes-real-case-without-note');
afterAll(() => Promise.all([project, withWarnings].map((folder) => rm(folder, { recursive: true, force: true }))));

describe('npm run check', () => {
  it('prints a GitHub annotation per problem, then a summary, and exits 1', () => {
    const run = check(project, '--format', 'github');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      '::error file=content/cas/pionnier-inconnu.mdx,line=12,col=1,title=references/unknown · instigator::pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?',
    ]);
    expect(lines.at(-1)).toMatch(/^✗ 1 problème dans 1 fichier — \d+ fichiers vérifiés en [\d,]+ s$/);
    expect(run.status).toBe(1);
  });

  it('prints warnings as GitHub warnings and exits 0 when they are all it found', () => {
    const run = check(withWarnings, '--format', 'github');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).map((line) => line.split(' ')[0])).toEqual(['::warning', '::warning']);
    expect(lines.at(-1)).toMatch(/^✓ aucun problème, 2 avertissements — \d+ fichiers vérifiés en [\d,]+ s$/);
    expect(run.status).toBe(0);
  });

  it('reports only the given paths, and exits 0 when they have no problem', () => {
    const run = check(project, '--format', 'github', 'content/taxonomies');
    expect(run.stdout).toMatch(/^✓ aucun problème — 8 fichiers vérifiés en [\d,]+ s\n$/);
    expect(run.status).toBe(0);
  });

  it('says when a path holds no content file', () => {
    const run = check(ROOT, 'content/nulle-part');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('aucun fichier de contenu dans : content/nulle-part');
  });

  it('refuses an unknown format', () => {
    const run = check(ROOT, '--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format : « text » ou « github » (reçu « xml »)');
  });
});
