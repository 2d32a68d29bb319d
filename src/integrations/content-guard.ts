/**
 * Runs the content checker (src/lib/checks/) with Astro: `astro build` stops
 * on any problem, listing them all; `astro dev` logs them at start and again
 * whenever a content file changes. Astro itself only logs unknown references,
 * and reports schema errors one file at a time.
 *
 * In a build the checker runs in a worker thread from the first hook, beside
 * Astro's startup and its reading of the collections (it takes 1.5 s at 1,000
 * cases, 8 s at 5,000, 15 s at 10,000; the build used to wait for all of it
 * first), and the build waits for its verdict before any page is bundled or
 * rendered. A collection that fails to load meanwhile waits for it too
 * (src/lib/checks/verdict.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CONTENT_DIR } from '../lib/checks/engine/content-files.ts';
import { formatSummary, formatText } from '../lib/checks/engine/format.ts';
import { checkContent, type CheckReport } from '../lib/checks/index.ts';
import { errorsOf } from '../lib/checks/engine/problem.ts';
import { setContentVerdict } from '../lib/checks/verdict.ts';
import { workerAnswer } from '../lib/worker-answer.ts';
import type { CheckAnswer } from '../lib/checks/worker.ts';

const CHECK_WORKER = new URL('../lib/checks/worker.ts', import.meta.url);

async function timedCheck(root: string, logger: AstroIntegrationLogger): Promise<CheckReport> {
  const started = performance.now();
  const report = await checkContent({ root });
  logger.info(formatSummary(report.problems, report.files.length, performance.now() - started));
  return report;
}

/** The same check as `timedCheck`, on a thread of its own. */
async function checkInWorker(root: string, logger: AstroIntegrationLogger): Promise<CheckReport> {
  const { report, milliseconds } = await workerAnswer<CheckAnswer>(new Worker(CHECK_WORKER, { workerData: { root } }), 'the content checker');
  logger.info(formatSummary(report.problems, report.files.length, milliseconds));
  return report;
}

/** Stops the build with every problem found, one line each; warnings are logged and the build goes on. */
function guardBuild({ problems }: CheckReport, logger: AstroIntegrationLogger): void {
  const errors = errorsOf(problems);
  for (const warning of problems.filter((problem) => problem.severity === 'warning')) logger.warn(formatText(warning));
  if (errors.length === 0) return;
  throw new AstroError(
    `Le contenu a ${errors.length} problème${errors.length > 1 ? 's' : ''} ; le site n’est pas construit.\n\n${errors.map(formatText).join('\n')}\n`,
    'Corrigez ces lignes puis relancez ; « npm run check » les revérifie en quelques secondes, sans construire le site.',
  );
}

export function contentGuard(): AstroIntegration {
  let root = '';
  let verdict: Promise<void> | undefined;
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const checked = checkInWorker(root, logger).then((report) => guardBuild(report, logger));
        // Awaited at astro:build:start, or by a collection that fails to load before it.
        checked.catch(() => undefined);
        verdict = checked;
        setContentVerdict(() => checked);
      },
      'astro:build:start': async ({ logger }) => {
        setContentVerdict(undefined);
        const started = performance.now();
        await verdict;
        // bench.ts reads this line: keep its wording.
        logger.info(`le build a attendu le contrôle ${((performance.now() - started) / 1000).toFixed(2)} s après la lecture des collections`);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const log = async (changed?: string) => {
          const { problems } = await timedCheck(root, logger);
          for (const problem of problems) if (!changed || problem.file === changed) logger.warn(formatText(problem));
        };
        await log();
        const contentDir = `${root}${root.endsWith(sep) ? '' : sep}${CONTENT_DIR}${sep}`;
        server.watcher.on('all', (_event, path) => {
          // A file can vanish while it is read (an editor's rename): report it, keep the server up.
          if (path.startsWith(contentDir)) log(relative(root, path).split(sep).join('/')).catch((error: unknown) => logger.error(String(error)));
        });
      },
    },
  };
}
