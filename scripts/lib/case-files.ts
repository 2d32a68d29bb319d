/** Writing the files of a new case into a project, and saying what comes next. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../../src/lib/case-draft/files.ts';

/** Writes every file, or none if one of them exists already. */
export async function writeFiles(root: string, files: GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const exists = await access(join(root, file.path)).then(() => true, () => false);
    if (exists) throw new Error(`${file.path} existe déjà : rien n’a été écrit`);
  }
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.content, { flag: 'wx' });
  }
}

/** What was written, and what the contributor does next. */
export function nextSteps(files: GeneratedFile[]): string {
  return [
    ...files.map((file) => `Écrit : ${file.path}`),
    '',
    'Ensuite :',
    `  1. ouvrez ${files[0]!.path} et écrivez chaque partie à la place de son commentaire ;`,
    '  2. lancez « npm run check » et corrigez ce qu’il signale ;',
    '  3. proposez vos fichiers dans une pull request (voir CONTRIBUTING.md).',
  ].join('\n');
}
