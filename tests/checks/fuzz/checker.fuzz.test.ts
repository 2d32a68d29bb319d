/**
 * The content checker on generated files (./mutations.ts), each laid over the
 * small valid site of the fixtures: it never crashes, every refusal names its
 * file, a line and a column inside it, in words; and whatever body it accepts
 * renders into HTML with no script, no event handler, no javascript: or data:
 * URL and no element outside the allow-list (./oracles.ts).
 *
 * Each counterexample found so far is a fixture of ../fixtures/ with its pinned message.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../../src/lib/checks/engine/content-files.ts';
import { formatText } from '../../../src/lib/checks/engine/format.ts';
import { splitFrontmatter } from '../../../src/lib/checks/engine/frontmatter.ts';
import { checkTree, type Problem } from '../../../src/lib/checks/index.ts';
import { baseTree, check, makeProject, printedBy } from '../helpers.ts';
import { asMarkdown, bodyMutant, withMutant, yamlMutant, type Mutant } from './mutations.ts';
import { misplacedProblems, renderBody, unsafeParts } from './oracles.ts';
import { fuzzParameters, fuzzTimeout } from './settings.ts';

const base = await baseTree();
const baseFile = (path: string): ContentFile => base.files.find((file) => file.path === path)!;

const CASE_MDX = 'content/cas/cas-de-reference.mdx';
/** Generated files of each kind in the project that `npm run check` reads. */
const FILES_PER_KIND = 12;
const caseMdx = baseFile(CASE_MDX);
const caseMd = asMarkdown(caseMdx);

/** Checks the site with the mutant in it: the report must point inside the files and read as words, and nothing else be printed. */
function checkSiteWith(mutant: Mutant): Problem[] {
  const tree = withMutant(base, mutant);
  const { result: problems, printed } = printedBy(() => checkTree(tree));
  expect(printed).toEqual([]);
  expect(misplacedProblems(tree, problems)).toEqual([]);
  problems.forEach(formatText);
  return problems;
}

/** How many generated bodies were accepted (and rendered), by format: a property about them must have met some. */
const accepted = { md: 0, mdx: 0 };

async function checkBody(file: ContentFile, format: 'md' | 'mdx') {
  const problems = checkSiteWith({ file, replaces: CASE_MDX });
  if (problems.some((problem) => problem.file === file.path)) return;
  accepted[format] += 1;
  const parts = splitFrontmatter(file.text);
  if (!parts.ok) throw new Error(`accepted without frontmatter: ${file.path}`);
  expect(unsafeParts(await renderBody(file.text.slice(parts.bodyOffset), format))).toEqual([]);
}

describe('the checker on generated files', () => {
  test.prop([fc.oneof(...[CASE_MDX, 'content/pionniers/entreprise-du-port.yaml', 'content/taxonomies/themes.yaml', 'content/temoignages/parole-d-elue.md'].map((path) => yamlMutant(baseFile(path))))], fuzzParameters)(
    'reads any YAML, in a frontmatter, a pioneer or a taxonomy, and points at its problems',
    (file) => void checkSiteWith({ file }),
    fuzzTimeout,
  );

  test.prop([bodyMutant(caseMd)], fuzzParameters)('reads any Markdown body, and what it accepts renders safely', (file) => checkBody(file, 'md'), fuzzTimeout);

  test.prop([bodyMutant(caseMdx)], fuzzParameters)('reads any MDX body, and what it accepts renders safely', (file) => checkBody(file, 'mdx'), fuzzTimeout);

  it('runs as `npm run check` over a project of generated files: one line per problem, a summary, no stack trace', async () => {
    const project = await makeProject('_base');
    const sample = <T extends ContentFile>(mutants: fc.Arbitrary<T>, path: (index: number) => string) =>
      fc.sample(mutants, { numRuns: FILES_PER_KIND, seed: fuzzParameters.seed }).map((file, index) => ({ ...file, path: path(index + 1) }));
    const files = [
      ...sample(yamlMutant(baseFile('content/pionniers/entreprise-du-port.yaml')), (index) => `content/pionniers/genere-${index}.yaml`),
      ...sample(yamlMutant(caseMdx), (index) => `content/cas/genere-entete-${index}.mdx`),
      ...sample(bodyMutant(caseMd), (index) => `content/cas/genere-${index}.md`),
      ...sample(bodyMutant(caseMdx), (index) => `content/cas/genere-${index}.mdx`),
    ];
    try {
      for (const file of files) await writeFile(join(project, file.path), file.text);
      const run = check(project);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(/^✗ \d+ problèmes? dans \d+ fichiers? — \d+ fichiers vérifiés en [\d,]+ s$/);
      expect(lines.slice(0, -1).filter((line) => !/^content\/[\w/.-]+:\d+:\d+  .+  \[[a-z]+\/[a-z-]+\]$/.test(line))).toEqual([]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 120_000);

  it('accepted and rendered some of the generated bodies, in both formats', () => {
    console.info(`bodies accepted and rendered: ${accepted.md} Markdown, ${accepted.mdx} MDX, of ${fuzzParameters.numRuns} each`);
    expect(accepted.md).toBeGreaterThan(fuzzParameters.numRuns / 20);
    expect(accepted.mdx).toBeGreaterThan(fuzzParameters.numRuns / 20);
  });
});
