/**
 * The learning path stays anchored in the knowledge base: every sequence of a
 * published module shows at least one real case file in « Voir sur le terrain ».
 * Reads content/ directly, so a writer learns it before any build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectionPath } from '../src/lib/collections.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const markdownFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)) : []);

const publishedModules = markdownFiles(join(CONTENT, collectionPath('modules')))
  .filter((name) => frontmatter(join(CONTENT, collectionPath('modules'), name)).status === 'published')
  .map((name) => name.replace(/\.mdx?$/, ''));

const publishedSequences = publishedModules.flatMap((module) =>
  markdownFiles(join(CONTENT, collectionPath('sequences'), module)).map((name) => `${collectionPath('sequences')}/${module}/${name}`),
);

const caseExists = (id: string) => ['md', 'mdx'].some((extension) => existsSync(join(CONTENT, collectionPath('cases'), `${id}.${extension}`)));

describe('the published learning path', () => {
  it('has at least one published module with sequences', () => {
    expect(publishedSequences.length).toBeGreaterThan(0);
  });

  it.each(publishedSequences)('content/%s links to at least one case of the knowledge base', (file) => {
    const illustrations = (frontmatter(join(CONTENT, file)).illustrations ?? []) as { case?: string }[];
    const cases = illustrations.flatMap((item) => (item.case ? [item.case] : []));
    expect(cases, 'ajoutez dans illustrations au moins une entrée « case: <identifiant d’un fichier de content/cas/> »').not.toEqual([]);
    expect(cases.filter((id) => !caseExists(id)), 'ces cas n’existent pas dans content/cas/').toEqual([]);
  });
});
