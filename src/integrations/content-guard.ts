/**
 * Runs the content checker (src/lib/checks/) with Astro: `astro build` stops
 * on any problem, listing them all; `astro dev` logs them at start and again
 * whenever a content file changes. Astro itself only logs unknown references,
 * and reports schema errors one file at a time.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/checks/engine/content-files.ts';
import { formatSummary, formatText } from '../lib/checks/engine/format.ts';
import { checkContent, type CheckReport } from '../lib/checks/index.ts';
import { errorsOf } from '../lib/checks/engine/problem.ts';

async function timedCheck(root: string, logger: AstroIntegrationLogger): Promise<CheckReport> {
  const started = performance.now();
  const report = await checkContent({ root });
  logger.info(formatSummary(report.problems, report.files.length, performance.now() - started));
  return report;
}

/** Stops the build with every problem found, one line each; warnings are logged and the build goes on. */
async function guardBuild(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const { problems } = await timedCheck(root, logger);
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
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') await guardBuild(root, logger);
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
