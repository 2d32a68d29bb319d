/**
 * npm run bench [-- --cases 1000 --mdx-share 1 --pioneers 200 --testimonies 500 --rebuild --keep]
 *
 * Builds the site on a synthetic corpus (scripts/lib/bench-corpus.ts) added to
 * the real content, in a temporary copy of the project (never in content/),
 * and prints what it costs: each phase of the build (content check, content
 * sync, bundling, rendering, indexing), the peak memory of the whole process
 * tree, the size of dist/, and what the search page costs a reader.
 *
 * `--mdx-share` is the share of synthetic cases and testimonies written in
 * MDX; by default the share of .mdx pages in content/ today. `--rebuild`
 * then changes the title of one case and builds again with the cache of the
 * first build, as an author's edit would (src/lib/page-keys.ts).
 *
 * Figures to read, not a test: nothing fails when a target is missed. The
 * machine is shared: compare builds measured in the same run, not across days
 * (../shared/bench-anchors/ builds the same words with Starlight and Hugo).
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { collectionPath } from '../src/lib/collections.ts';
import { generateCorpus, readTaxonomyIds } from './lib/bench-corpus.ts';
import { measureSearch } from './lib/bench-search.ts';

const ROOT = join(import.meta.dirname, '..');
const COMMON_WORD = 'territoire';
/** Issue 10: what the search page may cost, at 1,000 and 5,000 cases. */
const TARGETS = { readyKilobytes: 200, queryKilobytes: 60, firstResultMs: 300, layoutShift: 0.05, memoryMegabytes: 2500, rebuildShare: 0.4 };

/** The share of .mdx among the Markdown pages of content/ today. */
function mdxShareToday(): number {
  const pages = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' }).filter((path) => /\.mdx?$/.test(path));
  return pages.filter((path) => path.endsWith('.mdx')).length / pages.length;
}

const { values: options } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    'mdx-share': { type: 'string' },
    pioneers: { type: 'string', default: '200' },
    testimonies: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const cases = Number(options.cases);
const corpusOptions = {
  cases,
  testimonies: options.testimonies === undefined ? Math.round(cases / 2) : Number(options.testimonies),
  pioneers: Number(options.pioneers),
  mdxShare: options['mdx-share'] === undefined ? mdxShareToday() : Number(options['mdx-share']),
};
for (const [name, value] of Object.entries(corpusOptions)) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: expected a number, got ${value}`);
}
if (corpusOptions.mdxShare > 1) throw new Error('--mdx-share: a share between 0 and 1');

// ---------------------------------------------------------------------------

/** The project as git sees it (tracked and new files, not ignored ones), with its node_modules linked. */
function copyProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'alliances-bench-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    cpSync(join(ROOT, file), join(project, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

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

interface Phases {
  /** The check's own time, on its thread beside the sync; `checkWait`, what the build waited for it after. */
  check: number;
  checkWait: number;
  sync: number;
  bundling: number;
  rendering: number;
  indexing: number;
  previews: number;
}

/**
 * Seconds of each phase: Astro's own timer (ASTRO_TIMER_PATH) for the content
 * sync, the bundles and the rendering; the lines our integrations log for the
 * content check (which runs beside the sync), the index and the link-preview
 * images (src/integrations/), which start with the rendering and add only what
 * is left of them.
 */
function readPhases(timerFile: string, output: string): Phases {
  const timer: Record<string, { elapsedTime: number }> = JSON.parse(readFileSync(timerFile, 'utf8'));
  const seconds = (name: string) => {
    const stat = timer[name];
    if (!stat) throw new Error(`Astro's timer has no « ${name} » (found: ${Object.keys(timer).join(', ')})`);
    return stat.elapsedTime / 1000;
  };
  const logged = (pattern: RegExp, what: string) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`the build did not log ${what}`);
    return Number(match[1]!.replace(',', '.'));
  };
  return {
    check: logged(/vérifiés en ([\d,.]+) s/, 'the content check'),
    checkWait: logged(/attendu le contrôle ([\d.]+) s/, 'the wait for the content check'),
    sync: seconds('Sync content layer'),
    bundling: seconds('Prerender build') + seconds('Client build'),
    rendering: seconds('Static generate'),
    indexing: logged(/pages indexed in ([\d.]+) s/, 'the search index'),
    previews: logged(/([\d.]+) s d’attente après le rendu/, 'the link-preview images'),
  };
}

async function timedBuild(project: string) {
  const timerFile = join(project, 'astro-timer.json');
  const started = performance.now();
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TIMER_PATH: timerFile },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeMemory(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`);
  const copied = output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
  return { seconds: (performance.now() - started) / 1000, peakBytes: peak, phases: readPhases(timerFile, output), copied };
}

function directorySize(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + directorySize(join(path, name)), 0);
}

// ---------------------------------------------------------------------------

const project = copyProject();
try {
  const started = performance.now();
  const corpus = generateCorpus(corpusOptions, readTaxonomyIds(project));
  for (const file of corpus) {
    mkdirSync(dirname(join(project, 'content', file.path)), { recursive: true });
    writeFileSync(join(project, 'content', file.path), file.text);
  }
  const words = corpus.filter((file) => file.path.startsWith(`${collectionPath('cases')}/`)).reduce((sum, file) => sum + file.text.split('\n---\n')[1]!.split(/\s+/).length, 0);
  console.log(`Corpus synthétique : ${corpusOptions.cases} cas (${Math.round(words / Math.max(1, corpusOptions.cases))} mots en moyenne), ${corpusOptions.testimonies} témoignages, ${corpusOptions.pioneers} organisations, ${Math.round(corpusOptions.mdxShare * 100)} % en MDX, ajoutés au contenu réel dans ${project} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const build = await timedBuild(project);
  const dist = join(project, 'dist');
  const search = await measureSearch(dist, COMMON_WORD);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  /** The middle value of sorted figures. */
  const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
  const verdict = (ok: boolean, target: string) => `${ok ? '✓' : '✗'} (cible ${target})`;
  const phaseLines = ({ phases }: typeof build) => `  contrôle du contenu  ${s(phases.check)} (à côté de la synchronisation ; attendu ${s(phases.checkWait)} de plus)
  synchronisation      ${s(phases.sync)}
  bundles              ${s(phases.bundling)}
  rendu des pages      ${s(phases.rendering)}
  index Pagefind       ${s(phases.indexing)} (après le rendu, pendant lequel il a commencé)
  images d’aperçu      ${s(phases.previews)} (après l’index ; dessinées à côté du rendu)`;
  console.log(`
Build complet (astro build + index) : ${s(build.seconds)}
${phaseLines(build)}
Mémoire maximale (tous les processus du build) : ${mb(build.peakBytes)}  ${verdict(build.peakBytes < TARGETS.memoryMegabytes * 1024 * 1024, `< ${TARGETS.memoryMegabytes} MB à 5 000 cas`)}
Taille de dist/ : ${mb(directorySize(dist))}, dont dist/pagefind/ : ${mb(directorySize(join(dist, 'pagefind')))}

Page de recherche (octets compressés, comme un hébergeur les envoie) :
  prête, avec ses comptes par filtre : ${kb(search.readyBytes)}  ${verdict(search.readyBytes <= TARGETS.readyKilobytes * 1024, `≤ ${TARGETS.readyKilobytes} KB`)}
  première recherche « ${COMMON_WORD} » : ${kb(search.queryBytes)} de plus  ${verdict(search.queryBytes <= TARGETS.queryKilobytes * 1024, `≤ ${TARGETS.queryKilobytes} KB`)}
  premiers résultats ${median(search.firstResultMs).toFixed(0)} ms après la dernière touche (médiane de ${search.firstResultMs.length} essais : ${search.firstResultMs.map((ms) => ms.toFixed(0)).join(', ')})  ${verdict(median(search.firstResultMs) <= TARGETS.firstResultMs, `≤ ${TARGETS.firstResultMs} ms`)}
  ${search.status}
  décalage de mise en page (CLS, téléphone lent) : ${search.layoutShift.empty.toFixed(3)} sans requête, ${search.layoutShift.withQuery.toFixed(3)} avec  ${verdict(Math.max(search.layoutShift.empty, search.layoutShift.withQuery) < TARGETS.layoutShift, `< ${TARGETS.layoutShift}`)}`);

  if (options.rebuild) {
    const edited = corpus.find((file) => file.path.startsWith(`${collectionPath('cases')}/`))!;
    const path = join(project, 'content', edited.path);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (modifié)"'));
    const rebuild = await timedBuild(project);
    console.log(`
Reconstruction après la modification d’un cas, avec le cache : ${s(rebuild.seconds)}, ${((rebuild.seconds / build.seconds) * 100).toFixed(0)} % du build complet  ${verdict(rebuild.seconds <= TARGETS.rebuildShare * build.seconds, `≤ ${TARGETS.rebuildShare * 100} %`)}
  ${rebuild.copied} pages recopiées du cache
${phaseLines(rebuild)}`);
  }
} finally {
  if (options.keep) console.log(`\nProjet gardé : ${project}`);
  else rmSync(project, { recursive: true, force: true });
}
