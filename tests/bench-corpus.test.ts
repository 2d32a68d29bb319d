/**
 * The bench measures the site on a synthetic corpus: it must be content the
 * site accepts (every rule of the checker passes) and shaped like real
 * sheets, or its figures say nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../src/lib/checks/engine/content-files.ts';
import { formatText } from '../src/lib/checks/engine/format.ts';
import { checkTree } from '../src/lib/checks/index.ts';
import { CASE_SECTIONS } from '../src/lib/case-sections.ts';
import { mdxComponentNames } from '../src/lib/mdx-components.ts';
import { generateCorpus, readTaxonomyIds } from '../scripts/lib/bench-corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const corpus = generateCorpus({ cases: 6, testimonies: 4, pioneers: 8, mdxShare: 0.5 }, readTaxonomyIds(ROOT));
const caseFiles = corpus.filter((file) => file.path.startsWith('cas/'));
const bodyOf = (text: string) => text.split('\n---\n')[1]!;

describe('the synthetic corpus of the bench', () => {
  it('passes every rule of the content checker, next to the real content', async () => {
    const real = await readContentTree(ROOT);
    const files = [...real.files, ...corpus.map((file) => ({ ...file, path: `content/${file.path}`, collection: collectionOf(file.path) }))];
    expect(checkTree({ files, unread: real.unread }).map(formatText)).toEqual([]);
  });

  it('writes cases of at least 1,000 words with the eight sections of the template, in order', () => {
    expect(caseFiles).toHaveLength(6);
    for (const file of caseFiles) {
      const body = bodyOf(file.text);
      expect(body.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(1000);
      expect([...body.matchAll(/^## (.*)$/gm)].map((match) => match[1])).toEqual(CASE_SECTIONS.map((section) => section.heading));
      expect(file.text).toMatch(/^partners:\n {2}- pioneer: /m);
      expect(file.text).toMatch(/^outcomes:\n {2}- label: /m);
      expect(file.text).toMatch(/^sources:\n {2}- label: /m);
    }
  });

  it('writes the share of MDX asked, each MDX case using every allowed component', () => {
    const mdx = caseFiles.filter((file) => file.path.endsWith('.mdx'));
    expect(mdx).toHaveLength(3);
    for (const file of mdx) for (const name of mdxComponentNames) expect(file.text).toContain(`<${name} `);
  });
});

function collectionOf(path: string) {
  if (path.startsWith('cas/')) return 'cases' as const;
  if (path.startsWith('temoignages/')) return 'testimonies' as const;
  return 'pioneers' as const;
}
