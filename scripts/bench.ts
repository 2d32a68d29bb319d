/**
 * npm run bench [-- --cases 5000 --pioneers 200 --keep]
 *
 * Builds the site on a synthetic corpus and prints what it costs: build and
 * index seconds, peak memory, dist/ and index sizes, and, in Chromium, the
 * bytes one search fetches and the time to its first result. The corpus
 * (pioneers and cases flagged illustrative and named « synthétique ») is
 * generated in a temporary copy of the project, never in content/.
 * Figures to read, not a test: nothing fails when a target is missed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { CASE_SECTIONS } from '../src/lib/case-sections.ts';
import { launchBrowser, serveDist } from './lib/browser.ts';

const ROOT = join(import.meta.dirname, '..');
/** What a build needs; content/ gets only the taxonomies, the rest is generated. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'content/taxonomies'];
const COMMON_WORD = 'territoire';
const TARGETS = { buildSeconds: 25, queryKilobytes: 150, firstResultMs: 300, memoryMegabytes: 2048 };

const { values: options } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    pioneers: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});
const caseCount = Number(options.cases);
const pioneerCount = Number(options.pioneers);

// ---------------------------------------------------------------------------
// A French-like corpus, the same on every run (seeded).
// ---------------------------------------------------------------------------

function seededRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const some = <T>(items: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(random() * (max - min + 1));
  return [...items].sort(() => random() - 0.5).slice(0, count);
};

const SYLLABLES = ['bré', 'mon', 'ta', 'lou', 'vel', 'sar', 'gne', 'cas', 'tel', 'ver', 'ro', 'chan', 'bel', 'fon', 'lan', 'mar', 'qui', 'por', 'dé', 'val'];
const placeName = () => {
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  const name = word();
  return `${name[0]!.toUpperCase()}${name.slice(1)}${random() < 0.3 ? `-sur-${word()}` : ''}`;
};
const SUBJECTS = ['La collectivité', 'Les entreprises du bassin', 'L’association de quartier', 'Les habitants', 'Le centre social', 'La mission locale', 'Une équipe de chercheurs', 'La fondation', 'Le club d’employeurs', 'L’intercommunalité'];
const VERBS = ['réunissent', 'expérimentent', 'accompagnent', 'mobilisent', 'financent', 'animent', 'évaluent', 'construisent', 'partagent', 'organisent'];
const OBJECTS = ['un dialogue territorial', 'des ateliers de coopération', 'une plateforme de mobilité', 'un tiers-lieu', 'un comité de pilotage', 'une stratégie partagée', 'la gouvernance du projet', 'un diagnostic des besoins', 'une épicerie solidaire', 'des parcours d’insertion', 'un réseau d’aidants', 'une filière de réemploi'];
const COMPLEMENTS = ['sur le territoire', 'dans le quartier', 'à l’échelle de l’intercommunalité', 'depuis plusieurs années', 'avec les partenaires locaux', 'pour l’emploi des jeunes', 'au plus près des besoins', 'en confiance', 'pas à pas', 'sans attendre de financement'];
const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(COMPLEMENTS)}, à ${placeName()}.`;
const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');

const termIds = (file: string): string[] =>
  (parseYaml(readFileSync(join(ROOT, 'content', 'taxonomies', file), 'utf8')) as { id: string }[]).map((term) => term.id);

function writeCorpus(project: string) {
  const ids = {
    actorTypes: termIds('types-acteurs.yaml'),
    regions: termIds('regions.yaml'),
    themes: termIds('themes.yaml'),
    instruments: termIds('instruments.yaml'),
    factors: termIds('facteurs.yaml'),
    stages: termIds('stades.yaml'),
    forms: termIds('formes-partenariat.yaml'),
    levels: termIds('echelles.yaml').filter((id) => id !== 'national'),
  };
  const folders = { pioneers: join(project, 'content', 'pionniers'), cases: join(project, 'content', 'cas') };
  for (const folder of [...Object.values(folders), join(project, 'content', 'temoignages'), join(project, 'content', 'modules'), join(project, 'content', 'sequences')]) {
    mkdirSync(folder, { recursive: true });
  }

  const pioneers = Array.from({ length: pioneerCount }, (_, index) => `pionnier-synthetique-${index + 1}`);
  pioneers.forEach((id, index) => {
    writeFileSync(join(folders.pioneers, `${id}.yaml`), [
      `name: "Pionnier synthétique ${index + 1} de ${placeName()}"`,
      `actorType: ${pick(ids.actorTypes)}`,
      `region: ${pick(ids.regions)}`,
      `joined: ${2008 + Math.floor(random() * 17)}`,
      `description: "${paragraph()}"`,
      'illustrative: true',
      '',
    ].join('\n'));
  });

  for (let index = 1; index <= caseCount; index++) {
    const [instigator, ...partners] = some(pioneers, 2, 5);
    const place = placeName();
    const frontmatter = [
      '---',
      `title: "Cas synthétique ${index} : ${pick(OBJECTS)} à ${place}"`,
      `summary: "Cas synthétique généré pour mesurer le site. ${sentence()}"`,
      'illustrative: true',
      'territory:',
      `  name: "${place}"`,
      `  level: ${pick(ids.levels)}`,
      `  regions: [${pick(ids.regions)}]`,
      `startYear: ${1995 + Math.floor(random() * 30)}`,
      `stage: ${pick(ids.stages)}`,
      `instigator: ${instigator}`,
      'partners:',
      ...partners.flatMap((pioneer) => [`  - pioneer: ${pioneer}`, `    role: "${sentence()}"`]),
      `themes: [${some(ids.themes, 1, 3).join(', ')}]`,
      `instruments: [${some(ids.instruments, 1, 2).join(', ')}]`,
      `factors: [${some(ids.factors, 1, 3).join(', ')}]`,
      `partnershipForms: [${some(ids.forms, 0, 2).join(', ')}]`,
      'updated: 2025-01-15',
      '---',
    ];
    const body = CASE_SECTIONS.flatMap(({ heading }) => [`## ${heading}`, paragraph(), paragraph()]);
    writeFileSync(join(folders.cases, `cas-synthetique-${index}.md`), `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`);
  }
}

// ---------------------------------------------------------------------------
// Measures.
// ---------------------------------------------------------------------------

/** Resident memory of a process and all its descendants (Linux /proc), in bytes. */
function treeMemory(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we were reading: it holds no memory any more.
    }
  }
  const total = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((sum, child) => sum + total(child), 0);
  return total(rootPid);
}

async function timedBuild(project: string) {
  const started = performance.now();
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: project, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeMemory(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes: peak, output };
}

function directorySize(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + directorySize(join(path, name)), 0);
}

/** In Chromium: bytes the search page loads from /pagefind/, then what one query adds and how fast it shows. */
async function measureSearch(dist: string) {
  const server = await serveDist(dist);
  const session = await launchBrowser();
  try {
    const page = await session.context.newPage();
    // Sizes of the /pagefind/ responses (index files are already compressed: body size is what travels).
    let fetched: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) fetched.push(response.body().then((body) => body.length, () => 0));
    });
    const fetchedBytes = async () => {
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(fetched);
      fetched = [];
      return sizes.reduce((sum, size) => sum + size, 0);
    };
    await page.goto(`${server.url}/recherche/`);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('Tapez'));
    const loadBytes = await fetchedBytes();
    const firstResultMs = await page.evaluate(async (word) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
      const list = form.querySelector('[data-results]')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = word;
      const started = performance.now();
      const shown = new Promise<void>((resolve) => new MutationObserver((_, observer) => {
        if (list.children.length > 0) { observer.disconnect(); resolve(); }
      }).observe(list, { childList: true }));
      form.requestSubmit();
      await shown;
      return performance.now() - started;
    }, COMMON_WORD);
    await page.waitForSelector('[data-results-region]:not([aria-busy])');
    const queryBytes = await fetchedBytes();
    const results = await page.locator('[data-status]').textContent();
    return { loadBytes, queryBytes, firstResultMs, results };
  } finally {
    await session.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------

const project = mkdtempSync(join(tmpdir(), 'alliances-bench-'));
try {
  for (const path of PROJECT_FILES) cpSync(join(ROOT, path), join(project, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeCorpus(project);
  console.log(`Corpus synthétique : ${caseCount} cas, ${pioneerCount} pionniers, dans ${project}`);

  const build = await timedBuild(project);
  const indexSeconds = Number(/pages indexed in ([\d.]+) s/.exec(build.output)?.[1] ?? NaN);
  const dist = join(project, 'dist');
  const search = await measureSearch(dist);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const verdict = (ok: boolean) => (ok ? '✓' : '✗ au-dessus de la cible');
  console.log(`
Build complet (astro build + index) : ${build.seconds.toFixed(1)} s  ${verdict(build.seconds < TARGETS.buildSeconds)} (cible < ${TARGETS.buildSeconds} s)
  dont index Pagefind : ${indexSeconds.toFixed(2)} s
Mémoire maximale (build, tous processus) : ${mb(build.peakBytes)}  ${verdict(build.peakBytes < TARGETS.memoryMegabytes * 1024 * 1024)} (cible < ${TARGETS.memoryMegabytes} MB)
Taille de dist/ : ${mb(directorySize(dist))}, dont dist/pagefind/ : ${mb(directorySize(join(dist, 'pagefind')))}
Page de recherche, chargement de Pagefind (bibliothèque, wasm, filtres) : ${kb(search.loadBytes)}
Recherche « ${COMMON_WORD} » : ${kb(search.queryBytes)} téléchargés  ${verdict(search.queryBytes < TARGETS.queryKilobytes * 1024)} (cible < ${TARGETS.queryKilobytes} KB)
  premier résultat affiché en ${search.firstResultMs.toFixed(0)} ms  ${verdict(search.firstResultMs < TARGETS.firstResultMs)} (cible < ${TARGETS.firstResultMs} ms)
  ${search.results}

Étapes du build :
${build.output.split('\n').filter((line) => /Completed in|indexed in|vérifiés en|built in/.test(line)).map((line) => `  ${line.trim()}`).join('\n')}`);
} finally {
  if (options.keep) console.log(`\nProjet gardé : ${project}`);
  else rmSync(project, { recursive: true, force: true });
}
