/**
 * What the checker accepts builds into safe pages, for real: generated case
 * bodies (./mutations.ts) that pass the checker are added to a copy of the
 * project with the fixtures' small site, `astro build` builds it, and each of
 * their pages is read: no script, no event handler anywhere; in the case's
 * text, no javascript: or data: URL and no element outside the allow-list
 * (./oracles.ts). One build: a few pages per format in `npm test`, a hundred
 * in `npm run fuzz`; ./checker.fuzz.test.ts renders far more accepted bodies
 * in-process. This build found what rendering in-process had missed: Astro's
 * JSX writes an MDX table's alignment as style="text-align:left", which the
 * Content-Security-Policy now allows as well.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fc } from '@fast-check/vitest';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../../src/lib/checks/engine/content-files.ts';
import { formatText } from '../../../src/lib/checks/engine/format.ts';
import { checkContent, checkTree } from '../../../src/lib/checks/index.ts';
import { entryUrl } from '../../../src/lib/routes.ts';
import { baseTree, FIXTURES } from '../helpers.ts';
import { asMarkdown, bodyMutant, withMutant } from './mutations.ts';
import { elementsOf, elementsWithClass, unsafeNodes } from './oracles.ts';
import { fuzzParameters } from './settings.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Pages per format, all in one build. */
const PAGES_PER_FORMAT = fuzzParameters.seed === undefined ? 100 : 6;

const base = await baseTree();
const caseMdx = base.files.find((file) => file.path === 'content/cas/cas-de-reference.mdx')!;
const caseMd = asMarkdown(caseMdx);

/** Generated bodies the checker accepts, each renamed to a case of its own. */
function acceptedCases(template: ContentFile, format: 'md' | 'mdx'): ContentFile[] {
  const accepted: ContentFile[] = [];
  for (const file of fc.sample(bodyMutant(template), { numRuns: PAGES_PER_FORMAT * 20, seed: fuzzParameters.seed })) {
    const candidate = { ...file, path: `content/cas/genere-${format}-${accepted.length + 1}.${format}` };
    const problems = checkTree(withMutant(base, { file: candidate }));
    if (problems.length === 0) accepted.push(candidate);
    if (accepted.length === PAGES_PER_FORMAT) break;
  }
  return accepted;
}

const generated = [...acceptedCases(caseMd, 'md'), ...acceptedCases(caseMdx, 'mdx')];
let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'alliances-fuzz-build-'));
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) await cp(join(ROOT, path), join(project, path), { recursive: true });
  await cp(join(FIXTURES, '_base', 'content'), join(project, 'content'), { recursive: true });
  for (const file of generated) {
    await mkdir(join(project, file.path, '..'), { recursive: true });
    await writeFile(join(project, file.path), file.text);
  }
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
}, 60_000);

afterAll(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

const idOf = (file: ContentFile) => file.path.slice('content/cas/'.length).replace(/\.mdx?$/, '');

describe('generated cases that the checker accepts, built by Astro', () => {
  it('are enough to say something, in both formats', async () => {
    expect(generated.filter((file) => file.path.endsWith('.md'))).toHaveLength(PAGES_PER_FORMAT);
    expect(generated.filter((file) => file.path.endsWith('.mdx'))).toHaveLength(PAGES_PER_FORMAT);
    expect((await checkContent({ root: project })).problems.map(formatText)).toEqual([]);
  });

  it('build into pages that run nothing, with nothing outside the allow-list in their text', async () => {
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: project, maxBuffer: 64 * 1024 * 1024 });
    for (const file of generated) {
      const html = await readFile(join(project, 'dist', entryUrl('cases', idOf(file)), 'index.html'), 'utf8');
      const page = elementsOf(htmlToHast(html));
      expect(page.filter((element) => element.tagName === 'script' || Object.keys(element.properties).some((name) => /^on/i.test(name))), file.path).toEqual([]);
      const [body] = elementsWithClass(html, 'case-body');
      expect(body, file.path).toBeDefined();
      expect(unsafeNodes(body!), `${file.path}\n${file.text}`).toEqual([]);
    }
  }, 300_000);
});
