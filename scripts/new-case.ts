/**
 * `npm run new`: asks the questions of a case sheet in French and writes a
 * valid content/cas/<id>.md, with every section of the body ready to fill
 * (and content/pionniers/<id>.yaml for an organisation not listed yet).
 *
 * `npm run new -- --from brouillon.json` does the same from a draft file, for
 * scripts and tests. Answers go through src/lib/case-draft/, shared with the
 * form of /contribuer/: same checks, same files.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCase } from '../src/lib/case-draft/build.ts';
import type { CaseChoices } from '../src/lib/case-draft/choices.ts';
import { formatPath } from '../src/lib/validation/data-path.ts';
import { nextSteps, writeFiles } from './lib/case-files.ts';
import { DRAFT_FILE_HELP, readDraftFile } from './lib/draft-file.ts';
import { interview } from './lib/interview.ts';
import { Prompter } from './lib/prompts.ts';
import { readChoices } from './lib/read-choices.ts';

const USAGE = `Écrire une nouvelle fiche de cas.

  npm run new
      pose les questions une à une.

  npm run new -- --from brouillon.json
      écrit la fiche d’après un brouillon, sans poser de questions.

  --from <fichier>   le brouillon (JSON, décrit ci-dessous)
  --root <dossier>   projet dont le dossier content/ est lu et complété (par défaut : le dossier courant)
  -h, --help         affiche cette aide

${DRAFT_FILE_HELP}`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  root: { type: 'string', default: '.' },
  from: { type: 'string' },
} as const;

async function fromFile(file: string, root: string, choices: CaseChoices): Promise<number> {
  const result = buildCase(await readDraftFile(file), choices, new Date());
  if (!result.ok) {
    console.error('La fiche n’a pas été écrite :');
    for (const issue of result.issues) console.error(`  ${formatPath(issue.path)} : ${issue.message}`);
    return 1;
  }
  await writeFiles(root, result.files);
  console.log(nextSteps(result.files));
  return 0;
}

async function interactive(root: string, choices: CaseChoices): Promise<number> {
  const prompter = new Prompter(process.stdin, process.stdout);
  try {
    const draft = await interview(prompter, choices, new Date());
    const result = buildCase(draft, choices, new Date());
    if (!result.ok) throw new Error('réponses incohérentes après vérification');
    await writeFiles(root, result.files);
    prompter.say();
    prompter.say(nextSteps(result.files));
    return 0;
  } finally {
    prompter.close();
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(--?[\w-]+)/.exec((error as Error).message)?.[1];
    console.error(`${option ? `Option inconnue ou sans valeur « ${option} »` : (error as Error).message}.\n\n${USAGE}`);
    return 2;
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 0) {
    console.error(`Commande inconnue « ${positionals.join(' ')} ».\n\n${USAGE}`);
    return 2;
  }
  const root = resolve(flags.root);
  const choices = await readChoices(root);
  return flags.from === undefined ? interactive(root, choices) : fromFile(resolve(flags.from), root, choices);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nnpm run new : ${message}`);
    process.exit(1);
  },
);
