/** `npm run check`: options, output formats and exit code, on the real content/. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, INIT_CWD: ROOT } });

describe('npm run check', () => {
  it('prints GitHub annotations for the given paths, then a summary, and exits 1 only on problems', () => {
    const run = check('--format', 'github', 'content/taxonomies');
    const lines = run.stdout.trimEnd().split('\n');
    const annotations = lines.slice(0, -1);
    expect(annotations.every((line) => line.startsWith('::error file=content/taxonomies/'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^(✓ aucun problème|✗ \d+ problèmes? dans \d+ fichiers?) — \d+ fichiers vérifiés en [\d,]+ s$/);
    expect(run.status).toBe(annotations.length > 0 ? 1 : 0);
  });

  it('says when a path holds no content file', () => {
    const run = check('content/nulle-part');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('aucun fichier de contenu dans : content/nulle-part');
  });

  it('refuses an unknown format', () => {
    const run = check('--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format : « text » ou « github » (reçu « xml »)');
  });
});
