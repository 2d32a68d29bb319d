/**
 * Given the built site and its Content-Security-Policy (src/lib/content-security-policy.ts),
 * a reader opens every type of page, searches, answers a quiz, finds the
 * progress kept and fills the contribution form: the browser reports no
 * `securitypolicyviolation` anywhere. And a <script> slipped into a built page
 * after the build, as a bypass of the content checker would leave it, does not
 * run; of style attributes, only the alignments Markdown tables write apply.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taxonomyNames } from '../../src/lib/collections.ts';
import { entryUrl, moduleSheetUrl, moduleUrl, searchUrl, sequenceUrl, staticPaths, taxonomyIndexUrl, taxonomyTermUrl } from '../../src/lib/routes.ts';
import { DIST, launchBrowser, serveDist, type BrowserSession } from '../../scripts/lib/browser.ts';
import { cspViolations, recordCspViolations, useSiteInBrowser, watchErrors } from './support.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The first file of a content folder with that extension, as an id. */
async function firstId(folder: string, extension: string): Promise<string> {
  const name = (await readdir(join(CONTENT, folder))).sort().find((file) => file.endsWith(extension));
  if (!name) throw new Error(`no ${extension} file in content/${folder}`);
  return name.slice(0, -extension.length);
}

const SEQUENCE = 'module-3/roles-des-acteurs';
const NOT_FOUND = '/cette-page-n-existe-pas/';

/** One page of each type, by its route helper. */
async function pageOfEachType(): Promise<Record<string, string>> {
  const terms = Object.fromEntries(
    await Promise.all(taxonomyNames.map(async (taxonomy) => {
      const [first] = (await readdir(join(DIST, taxonomyIndexUrl(taxonomy)), { withFileTypes: true })).filter((entry) => entry.isDirectory());
      return [`a term of ${taxonomy}`, taxonomyTermUrl(taxonomy, first!.name)];
    })),
  );
  return {
    ...Object.fromEntries(Object.entries(staticPaths).map(([name, path]) => [`the page ${name}`, path])),
    'a search with a query': searchUrl({ q: 'gouvernance' }),
    'a Markdown case': entryUrl('cases', await firstId('cas', '.md')),
    'an MDX case, with its components': entryUrl('cases', await firstId('cas', '.mdx')),
    'a testimony': entryUrl('testimonies', await firstId('temoignages', '.md')),
    'a pioneer': entryUrl('pioneers', await firstId('pionniers', '.yaml')),
    ...Object.fromEntries(taxonomyNames.map((taxonomy) => [`the list of ${taxonomy}`, taxonomyIndexUrl(taxonomy)])),
    ...terms,
    'a module': moduleUrl('module-3'),
    'a sequence with its quiz': sequenceUrl(SEQUENCE),
    'a module sheet': moduleSheetUrl('module-3'),
    'the 404 page': NOT_FOUND,
  };
}

const env = useSiteInBrowser();
beforeAll(() => recordCspViolations(env.context));

/** Opens a page, once its scripts have run, and returns it with the errors it logs. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await env.context.newPage();
  const errors = watchErrors(page);
  await page.goto(env.url + path, { waitUntil: 'load' });
  return { page, errors };
}

/** The search is done when its results region is no longer busy. */
const searchDone = (page: Page) => page.waitForSelector('[data-results-region]:not([aria-busy])', { state: 'attached' });

describe('the Content-Security-Policy, page by page', () => {
  it('is on every type of page, and nothing on them breaks it', async () => {
    const pages = await pageOfEachType();
    expect(Object.keys(pages).length).toBeGreaterThan(30);
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(env.url + path);
      if (path.startsWith(staticPaths.search)) await searchDone(page);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, name).toMatch(/script-src 'self'/);
      expect(await cspViolations(page), name).toEqual([]);
      // The 404 page logs its own status; nothing else may.
      expect(errors.splice(0).filter((error) => path !== NOT_FOUND || !error.includes('status of 404')), name).toEqual([]);
    }
    await page.close();
  }, 240_000);

  it('lets the search run: WebAssembly, its worker, filters', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    const worker = page.waitForEvent('worker');
    await page.goto(env.url + searchUrl({ q: 'gouvernance' }));
    expect(new URL((await worker).url()).pathname).toBe('/pagefind/pagefind-worker.js');
    await searchDone(page);
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+\srésultats? pour «\sgouvernance\s»/);
    expect(await page.locator('[data-results] .result__title a').count()).toBeGreaterThan(0);
    await page.getByRole('group', { name: 'Type d’instigateur' }).getByRole('checkbox').first().check();
    await page.waitForURL((address) => address.searchParams.has('instigateur'));
    await searchDone(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a learner answer a quiz and find the progress kept on the path and the module', async () => {
    const { page, errors } = await open(sequenceUrl(SEQUENCE));
    const questions = await page.locator('form[data-quiz] fieldset').count();
    expect(questions).toBeGreaterThan(0);
    for (let index = 1; index <= questions; index += 1) await page.locator(`input[name="question-${index}"]`).first().check();
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await page.locator('[data-quiz-result]').filter({ hasText: `sur ${questions}` }).waitFor();
    expect(await cspViolations(page)).toEqual([]);

    for (const path of [staticPaths.path, moduleUrl('module-3')]) {
      await page.goto(env.url + path);
      expect(await page.locator(`[data-progress-sequence="${SEQUENCE}"]`).first().isVisible(), path).toBe(true);
      expect(await cspViolations(page), path).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a contributor fill the form, add rows, check it and see the file', async () => {
    const { page, errors } = await open(staticPaths.contribute);
    await page.getByLabel('Titre du cas').fill('Une épicerie solidaire à Rennes');
    await page.getByRole('button', { name: 'Décrire une organisation absente de la liste' }).click();
    await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
    await page.getByRole('button', { name: 'Vérifier la fiche' }).click();
    expect(await page.locator('#erreurs').isVisible()).toBe(true);
    expect(await page.locator('#apercu-fichiers').textContent()).toContain('title: Une épicerie solidaire à Rennes');
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent no request to another site', () => {
    expect(env.offsiteRequests).toEqual([]);
  });
});

describe('HTML slipped into a built page, after the build', () => {
  const SCRIPT = '<script>window.injectedScriptRan = true</script><img src="/favicon.svg" alt="" onload="window.injectedHandlerRan = true">';
  /** What .md and .mdx pages write for an aligned table column (allowed by their hash), and a style attribute neither writes. */
  const STYLES = '<table><tr><td id="aligned-md" style="text-align: right">1</td><td id="aligned-mdx" style="text-align:center">2</td></tr></table><p id="styled" style="color: rgb(255, 0, 0)">!</p>';
  let copy: string;
  let site: Awaited<ReturnType<typeof serveDist>>;
  let session: BrowserSession;
  /** Case pages of the copy, edited as an attacker would: the script with the page's policy and without it, the styles with it. */
  const edited = { script: '', scriptWithoutPolicy: '', styles: '' };

  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'alliances-csp-'));
    await cp(DIST, copy, { recursive: true });
    const [first, second, third] = (await readdir(join(CONTENT, 'cas'))).filter((name) => name.endsWith('.md')).sort().map((name) => entryUrl('cases', name.slice(0, -3)));
    edited.script = await inject(first!, SCRIPT);
    edited.scriptWithoutPolicy = await inject(second!, SCRIPT, { removePolicy: true });
    edited.styles = await inject(third!, STYLES);
    site = await serveDist(copy);
    session = await launchBrowser();
    await recordCspViolations(session.context);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
    await rm(copy, { recursive: true, force: true });
  });

  async function inject(path: string, html: string, { removePolicy = false } = {}): Promise<string> {
    const file = join(copy, path, 'index.html');
    const page = (await readFile(file, 'utf8')).replace('</main>', `${html}</main>`);
    await writeFile(file, removePolicy ? page.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '') : page);
    return path;
  }

  /** Opens an edited page, reads what `probe` says of it, and lists what the browser refused. */
  async function openEdited<T>(path: string, probe: () => T) {
    const page = await session.context.newPage();
    await page.goto(site.url + path);
    const seen = await page.evaluate(probe);
    const refused = (await cspViolations(page)).map((violation) => violation.directive).sort();
    await page.close();
    return { seen, refused };
  }

  const scriptRuns = () => {
    const flags = window as unknown as { injectedScriptRan?: boolean; injectedHandlerRan?: boolean };
    return { script: flags.injectedScriptRan ?? false, handler: flags.injectedHandlerRan ?? false };
  };

  it('runs when the page has no policy: the injection itself works', async () => {
    expect(await openEdited(edited.scriptWithoutPolicy, scriptRuns)).toEqual({ seen: { script: true, handler: true }, refused: [] });
  });

  it('does not run under the page’s policy, and the browser reports both refusals', async () => {
    expect(await openEdited(edited.script, scriptRuns)).toEqual({ seen: { script: false, handler: false }, refused: ['script-src-attr', 'script-src-elem'] });
  });

  it('keeps the alignment of a table column, and refuses any other style attribute', async () => {
    const styles = () => ({
      alignedMd: getComputedStyle(document.getElementById('aligned-md')!).textAlign,
      alignedMdx: getComputedStyle(document.getElementById('aligned-mdx')!).textAlign,
      styled: getComputedStyle(document.getElementById('styled')!).color,
    });
    const { seen, refused } = await openEdited(edited.styles, styles);
    expect([seen.alignedMd, seen.alignedMdx]).toEqual(['right', 'center']);
    expect(seen.styled).not.toBe('rgb(255, 0, 0)');
    expect(refused).toEqual(['style-src-attr']);
  });
});
