/** Fixture trees for the checker tests: fixtures/<name>/content/… laid over fixtures/_base/content/…. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readContentFiles, type ContentFile } from '../../src/lib/checks/content-files.ts';
import { formatText } from '../../src/lib/checks/format.ts';
import { checkFiles } from '../../src/lib/checks/index.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

let base: Promise<ContentFile[]> | undefined;

/** The small valid site every fixture builds on (read once). */
export const baseFiles = (): Promise<ContentFile[]> => (base ??= readContentFiles(join(FIXTURES, '_base')));

export const fixtureNames = async (): Promise<string[]> =>
  (await readdir(FIXTURES)).filter((name) => name !== '_base').sort();

/** The base site with the fixture's files added (or replacing the base's), as read from disk. */
export async function fixtureFiles(name: string): Promise<ContentFile[]> {
  const overlay = name === '_base' ? [] : await readContentFiles(join(FIXTURES, name));
  const replaced = new Set(overlay.map((file) => file.path));
  return [...(await baseFiles()).filter((file) => !replaced.has(file.path)), ...overlay];
}

/** The checker's text lines for a fixture; `edit` changes a file's text first (for bytes git would not keep). */
export async function checkFixture(name: string, edit: (file: ContentFile) => string = (file) => file.text): Promise<string[]> {
  const files = (await fixtureFiles(name)).map((file) => ({ ...file, text: edit(file) }));
  return checkFiles(files).map(formatText);
}
