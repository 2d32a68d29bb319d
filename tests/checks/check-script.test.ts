/**
 * `npm run check`: options, output formats and exit code. The script checks
 * the content/ next to it, so the annotation test runs a copy of it over a
 * fixture tree with a known problem.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, makeProject } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

const project = await makeProject('_base', 'unknown-pioneer');
const withWarnings = await makeProject('_base', 'term-notes-real-case-without-note');
afterAll(() => Promise.all([project, withWarnings].map((folder) => rm(folder, { recursive: true, force: true }))));

// Each test starts Node and reads the content: more than the default 5 s when the machine is busy.
describe('npm run check', { timeout: 30_000 }, () => {
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
    expect(run.stdout).toMatch(/^✓ aucun problème — 9 fichiers vérifiés en [\d,]+ s\n$/);
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
