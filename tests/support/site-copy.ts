/** A copy of the site in a temporary folder, built with Astro: for tests that change its configuration or content first. */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface SiteCopy {
  root: string;
  dist: string;
  /** Runs `astro build` there, with extra environment variables; returns its exit status and output. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): Promise<void>;
}

/** The test runner's environment, less what Vitest sets for its own Vite (BASE_URL, MODE…), which would override the build's. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, ...rest } = process.env;
  return Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('VITEST')));
}

export async function copySite(prefix: string): Promise<SiteCopy> {
  const root = await mkdtemp(join(tmpdir(), `${prefix}-`));
  for (const item of COPIED) await cp(join(ROOT, item), join(root, item), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    dist: join(root, 'dist'),
    build(env = {}) {
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...buildEnvironment(), ...env },
      });
      return { status: run.status, output: run.stdout + run.stderr };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
