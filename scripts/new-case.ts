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
import { buildCase, unnamedPioneerNotice, type CaseBuild } from '../src/lib/case-draft/build.ts';
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

/** The organisations described but never named, which get no file: the contributor is told. */
const unnamedNotices = (result: CaseBuild) => result.unnamed.map((pioneer) => `${unnamedPioneerNotice(pioneer)}\n`).join('');

async function fromFile(file: string, root: string, choices: CaseChoices): Promise<number> {
  const result = buildCase(await readDraftFile(file), choices, new Date());
  process.stdout.write(unnamedNotices(result));
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
    if (result.unnamed.length > 0) prompter.say(unnamedNotices(result));
    prompter.say(nextSteps(result.files));
    return 0;
  } finally {
    prompter.close();
  }
}

/** `--from -brouillon.json`: a value may start with « - » when it is not one of the options (parseArgs would refuse it, in English). */
function withDashedValues(argv: string[]): string[] {
  const names = Object.entries(OPTIONS).flatMap(([name, option]) => [`--${name}`, ...('short' in option ? [`-${option.short}`] : [])]);
  const takesValue = (arg: string) => Object.entries(OPTIONS).some(([name, option]) => option.type === 'string' && arg === `--${name}`);
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const value = argv[index + 1];
    if (takesValue(arg) && value?.startsWith('-') && !names.includes(value.split('=')[0]!)) {
      joined.push(`${arg}=${value}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: withDashedValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs speaks English: say it in French, with the option at fault.
    const option = /'(--?[\w-]+)/.exec((error as Error).message)?.[1];
    const known = Object.keys(OPTIONS).some((name) => option === `--${name}`);
    const problem = !option ? 'Option mal formée' : known ? `L’option « ${option} » attend une valeur` : `Option inconnue « ${option} »`;
    console.error(`${problem}.\n\n${USAGE}`);
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
