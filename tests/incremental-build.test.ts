/**
 * A rebuild that reuses the previous build's pages (experimental.incrementalBuild,
 * src/lib/page-keys.ts) is never stale. In a copy of the site: a clean build;
 * then one case gets a new title, a new theme and a new instigator, and the
 * site is rebuilt with the cache; then it is built again from nothing. The
 * rebuild must equal the build from nothing, file for file (pages, lists,
 * taxonomy and organisation pages, similar cases, open data, search index);
 * the pages that show the case must have changed, and pages that do not must
 * have been copied from the cache, not rendered.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readContentFiles } from '../src/lib/checks/engine/content-files.ts';
import { parseContentFile } from '../src/lib/checks/engine/content-entries.ts';
import { splitFrontmatter } from '../src/lib/checks/engine/frontmatter.ts';
import { entryUrl, taxonomyTermUrl } from '../src/lib/routes.ts';

const ROOT = join(import.meta.dirname, '..');
const copy = await mkdtemp(join(tmpdir(), 'incremental-build-'));
afterAll(() => rm(copy, { recursive: true, force: true }));

/** Builds the copy; returns the pages Astro copied from its cache instead of rendering them. */
function build(): Set<string> {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy, encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1' } });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  // eslint-disable-next-line no-control-regex
  const log = run.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  return new Set([...log.matchAll(/(\/\S+\.html) \((?:restored|cached)\)/g)].map((match) => match[1]!.replace(/index\.html$/, '')));
}

/** Every file of dist/, by path; Pagefind's compressed files decompressed, so that they compare by content. */
async function readDist(): Promise<Map<string, Buffer>> {
  const dist = join(copy, 'dist');
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(await Promise.all(files.map(async (entry) => {
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    return [path.slice(dist.length), /\.pf_(fragment|index|filter|meta)$/.test(entry.name) ? gunzipSync(bytes) : bytes] as const;
  })));
}

/**
 * Pagefind numbers the pages in the order it receives them, and a rebuild hands
 * over the rendered pages before the copied ones: its word and filter indexes
 * differ in bytes, not in content. Each page's record (fragment: text, filters,
 * meta, sections), named by the hash of its content, and the page count must be
 * the same; the indexes are computed from them.
 */
const comparable = (dist: Map<string, Buffer>) =>
  new Map([...dist].flatMap(([path, bytes]): [string, Buffer][] => {
    if (path === '/pagefind/pagefind-entry.json') return [[path, Buffer.from(JSON.stringify(Object.values(JSON.parse(bytes.toString()).languages).map((language) => (language as { page_count: number }).page_count)))]];
    return /^\/pagefind\/(index|filter)\/|\.pf_meta$/.test(path) ? [] : [[path, bytes]];
  }));

const changed = (before: Map<string, Buffer>, after: Map<string, Buffer>) =>
  new Set([...new Set([...before.keys(), ...after.keys()])].filter((path) => !before.get(path)?.equals(after.get(path) ?? Buffer.alloc(0)) || !after.has(path)));

const textOf = (dist: Map<string, Buffer>, path: string) => dist.get(path)?.toString('utf8') ?? '';

describe('a rebuild with the cache of the previous build', () => {
  it('equals a build from nothing after a case changes title, theme and instigator, and copies the pages that do not show it', async () => {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) await cp(join(ROOT, item), join(copy, item), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));

    expect(build().size).toBe(0);
    const before = await readDist();

    // A case another sheet shows among its similar cases, named by a testimony if one is.
    const entries = (await readContentFiles(copy)).flatMap((file) => parseContentFile(file).entries.map((entry) => ({ ...entry, file })));
    const valueOf = <T,>(entry: (typeof entries)[number]) => entry.data!.value as T;
    const similarElsewhere = new Set([...before.keys()].filter((path) => /^\/cas\/[^/]+\/index\.html$/.test(path)).flatMap((path) => {
      const related = /<aside class="related[\s\S]*?<\/aside>/.exec(textOf(before, path))?.[0] ?? '';
      return [...related.matchAll(/href="\/cas\/([^/"]+)\/"/g)].map((match) => match[1]!).filter((id) => path !== `/cas/${id}/index.html`);
    }));
    const named = new Set(entries.filter((entry) => entry.collection === 'testimonies').flatMap((entry) => valueOf<{ cases?: string[] }>(entry).cases ?? []));
    const caseId = [...similarElsewhere].find((id) => named.has(id)) ?? [...similarElsewhere][0]!;
    const edited = entries.find((entry) => entry.collection === 'cases' && entry.id === caseId)!;
    const data = valueOf<{ title: string; instigator: string; partners: { pioneer: string }[]; themes: string[] }>(edited);
    const pioneers = entries.filter((entry) => entry.collection === 'pioneers');
    const typeOf = (id: string) => valueOf<{ actorType: string }>(pioneers.find((entry) => entry.id === id)!).actorType;
    const newInstigator = pioneers.find((entry) => typeOf(entry.id!) !== typeOf(data.instigator) && !data.partners.some((partner) => partner.pioneer === entry.id))!.id!;
    const themes = entries.filter((entry) => entry.collection === 'themes').map((entry) => entry.id!);
    const [oldTheme, newTheme] = [data.themes[0]!, themes.find((theme) => !data.themes.includes(theme))!];
    const newTitle = 'Une alliance renommée pour vérifier la reconstruction';

    const parts = splitFrontmatter(edited.file.text);
    if (!parts.ok) throw new Error(parts.message);
    const frontmatter = parseDocument(parts.yaml);
    frontmatter.set('title', newTitle);
    frontmatter.set('instigator', newInstigator);
    frontmatter.set('themes', [newTheme, ...data.themes.slice(1)]);
    await writeFile(join(copy, edited.file.path), `---\n${frontmatter.toString()}---\n${edited.file.text.slice(parts.bodyOffset)}`);

    const reused = build();
    const rebuilt = await readDist();
    await rm(join(copy, '.cache'), { recursive: true });
    expect(build().size).toBe(0);
    const fromNothing = await readDist();

    // Not a stale byte anywhere: the rebuild is the build from nothing.
    expect(changed(comparable(rebuilt), comparable(fromNothing))).toEqual(new Set());

    // Every page that showed the case changed: its sheet, the lists, its taxonomy and organisation pages,
    // the sheets that show it among their similar cases, its testimony, the open data, the search index.
    // As HTML writes it (Astro escapes quotes and apostrophes), or as JSON and CSV do.
    const escaped = data.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
    const showedIt = [...before.keys()].filter((path) => textOf(before, path).includes(data.title) || textOf(before, path).includes(escaped));
    const changedPages = changed(before, rebuilt);
    expect(showedIt.filter((path) => /^\/cas\/[^/]+\/index\.html$/.test(path)).length).toBeGreaterThan(1);
    expect(showedIt.filter((path) => !changedPages.has(path))).toEqual([]);
    const showsNewTitle = [...rebuilt.keys()].filter((path) => textOf(rebuilt, path).includes(newTitle));
    const pageOf = (url: string) => `${url}index.html`;
    expect(showsNewTitle).toEqual(expect.arrayContaining([
      pageOf(entryUrl('cases', caseId)),
      pageOf('/cas/'),
      pageOf(taxonomyTermUrl('themes', newTheme)),
      pageOf(entryUrl('pioneers', newInstigator)),
      '/donnees/cas.json',
      '/donnees/cas.csv',
    ]));
    expect(showsNewTitle.some((path) => path.startsWith('/pagefind/fragment/'))).toBe(true);
    if (named.has(caseId)) expect(showsNewTitle.some((path) => path.startsWith('/temoignages/'))).toBe(true);
    // What showed it under its old theme and instigator no longer does.
    for (const page of [pageOf(taxonomyTermUrl('themes', oldTheme)), pageOf(entryUrl('pioneers', data.instigator))]) {
      expect(textOf(before, page)).toContain(entryUrl('cases', caseId));
      expect(textOf(rebuilt, page)).not.toContain(entryUrl('cases', caseId));
    }

    // Pages that do not show the case were copied, not rendered: most case sheets among them.
    const caseSheets = [...rebuilt.keys()].filter((path) => /^\/cas\/[^/]+\/index\.html$/.test(path));
    const untouched = caseSheets.filter((path) => !changedPages.has(path));
    expect(untouched.length).toBeGreaterThan(caseSheets.length / 2);
    for (const path of untouched) expect(reused).toContain(path.replace(/index\.html$/, ''));
  }, 900_000);
});
