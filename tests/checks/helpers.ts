/** Fixture trees for the checker tests: fixtures/<name>/content/… laid over fixtures/_base/content/…. */
import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentTree, type ContentFile, type ContentTree } from '../../src/lib/checks/engine/content-files.ts';
import { formatText } from '../../src/lib/checks/engine/format.ts';
import { checkTree } from '../../src/lib/checks/index.ts';
import { rules } from '../../src/lib/checks/registry.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

let base: Promise<ContentTree> | undefined;

/** The small valid site every fixture builds on (read once). */
export const baseTree = (): Promise<ContentTree> => (base ??= readContentTree(join(FIXTURES, '_base')));

export const fixtureNames = async (): Promise<string[]> =>
  (await readdir(FIXTURES)).filter((name) => name !== '_base').sort();

/** The base site with the fixture's files added (or replacing the base's), as read from disk. */
export async function fixtureTree(name: string): Promise<ContentTree> {
  const overlay = name === '_base' ? { files: [], unread: [] } : await readContentTree(join(FIXTURES, name));
  const replaced = new Set(overlay.files.map((file) => file.path));
  const { files, unread } = await baseTree();
  return { files: [...files.filter((file) => !replaced.has(file.path)), ...overlay.files], unread: [...unread, ...overlay.unread] };
}

/**
 * Editorial rules ask a whole case sheet or a whole learning path: a fixture
 * made to trip a safety or schema rule would trip them too. They have their
 * own fixtures (named after them), and the base site passes every rule.
 */
const EDITORIAL_RULES = new Set(['cases/template-sections', 'sequences/real-case', 'quiz/answer-positions', 'cases/term-notes']);
const editorialFixture = (name: string) => /^(case-sections|sequence-real-case|quiz-positions|term-notes)-/.test(name);

/** The checker's text lines for a fixture; `edit` changes a file's text first (for bytes git would not keep). */
export async function checkFixture(name: string, edit: (file: ContentFile) => string = (file) => file.text): Promise<string[]> {
  const tree = await fixtureTree(name);
  const selected = name === '_base' || editorialFixture(name) ? rules : rules.filter((rule) => !EDITORIAL_RULES.has(rule.id));
  return checkTree({ ...tree, files: tree.files.map((file) => ({ ...file, text: edit(file) })) }, undefined, selected).map(formatText);
}

const ROOT = join(import.meta.dirname, '..', '..');

/** A project with the fixtures' content/ and a copy of scripts/check.ts; the code it runs is the repository's. */
export async function makeProject(...fixtures: string[]): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'check-script-'));
  for (const fixture of fixtures) await cp(join(FIXTURES, fixture), project, { recursive: true });
  await mkdir(join(project, 'scripts'));
  await copyFile(join(ROOT, 'scripts/check.ts'), join(project, 'scripts/check.ts'));
  await symlink(join(ROOT, 'src'), join(project, 'src'));
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

/** Runs `npm run check` (scripts/check.ts) in a project, as a contributor would from its root. */
export const check = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, INIT_CWD: root } });

/** Runs `run` and returns, with its result, what it printed as warnings or errors (`npm run check` would show them). */
export function printedBy<T>(run: () => T): { result: T; printed: string[] } {
  const printed: string[] = [];
  const saved = { emitWarning: process.emitWarning, warn: console.warn, error: console.error };
  const record = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  Object.assign(process, { emitWarning: record });
  Object.assign(console, { warn: record, error: record });
  try {
    return { result: run(), printed };
  } finally {
    Object.assign(process, { emitWarning: saved.emitWarning });
    Object.assign(console, { warn: saved.warn, error: saved.error });
  }
}
