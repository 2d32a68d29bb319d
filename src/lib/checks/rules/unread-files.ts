/**
 * Rule: every file under content/ is one the site reads. A pioneer saved as
 * .yml, a case as .MD or in a mistyped folder would silently never be
 * published; a symbolic link would publish a file the checker never read.
 */
import { extname } from 'node:path';
import { collectionNames, collectionPath, collectionRegistry } from '../../collections.ts';
import { CONTENT_DIR, collectionOfPath, type UnreadFile } from '../engine/content-files.ts';
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';
import { didYouMean } from '../../validation/suggestions.ts';

const folders = [...new Set(collectionNames.map((collection) => collectionPath(collection).split('/')[0]!))];
/** `taxonomies/themes.yaml`…: the lists are files, not folders. */
const listPaths = collectionNames.filter((collection) => collectionRegistry[collection].kind === 'data-list').map(collectionPath);
const dataFileFolders = collectionNames.filter((collection) => collectionRegistry[collection].kind === 'data-files').map(collectionPath);

export const unreadFiles = defineRule({
  id: 'files/unread',
  scope: 'tree',
  summary: 'Tout fichier de content/ est lu par le site : bonne extension (.md, .mdx, .yaml), bon dossier, pas de lien symbolique.',
  check: ({ unread }) => unread.map(checkUnreadFile),
});

function checkUnreadFile({ path, isLink }: UnreadFile): Finding {
  return { file: path, line: 1, column: 1, field: '', message: `fichier ignoré par le site : ${isLink ? 'lien symbolique ; mettez ici le fichier lui-même' : fixFor(path)}` };
}

function fixFor(path: string): string {
  if (path.split('/').some((segment) => segment.startsWith('.'))) return 'son nom, ou celui d’un de ses dossiers, commence par un point';
  const [folder = '', ...inside] = path.slice(`${CONTENT_DIR}/`.length).split('/');
  const extension = extname(path);
  const name = inside.at(-1) ?? folder;
  const expected = extension.toLowerCase() === '.yml' ? '.yaml' : extension.toLowerCase();
  if (expected !== extension && collectionOfPath(path.slice(0, -extension.length) + expected)) {
    return expected === '.yaml' ? 'renommez en .yaml' : `extension en minuscules : ${expected}`;
  }
  if (inside.length === 0) return `rangez-le dans le dossier de sa collection : ${folders.join(', ')}`;
  if (!folders.includes(folder)) return `dossier inconnu « ${folder} »${didYouMean(folder, folders) || ` — dossiers lus : ${folders.join(', ')}`}`;
  const taxonomyFiles = listPaths.filter((taxonomy) => taxonomy.startsWith(`${folder}/`)).map((taxonomy) => taxonomy.slice(folder.length + 1));
  if (taxonomyFiles.length > 0) return `taxonomie inconnue « ${name} »${didYouMean(name, taxonomyFiles) || ` — fichiers lus : ${taxonomyFiles.join(', ')}`}`;
  return dataFileFolders.includes(folder) ? 'une organisation s’écrit dans un fichier .yaml' : 'une page s’écrit dans un fichier .md ou .mdx';
}
