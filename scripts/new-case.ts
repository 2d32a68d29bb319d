/**
 * `npm run new`: asks the questions of a case sheet in French and writes a
 * valid content/cas/<id>.md, with every section of the body ready to fill
 * (and content/pionniers/<id>.yaml for an organisation not listed yet).
 *
 * `npm run new -- case --title … --theme …` does the same without questions,
 * for scripts and tests. Answers go through src/lib/case-draft/, shared
 * with the form of /contribuer/: same checks, same file.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCase } from '../src/lib/case-draft/build.ts';
import type { CaseChoices } from '../src/lib/case-draft/choices.ts';
import { emptyDraft, fieldKey, type CaseDraft, type PioneerDraft } from '../src/lib/case-draft/draft.ts';
import type { GeneratedFile } from '../src/lib/case-draft/files.ts';
import { CASE_QUESTIONS, fieldLabel, PARTNER_QUESTIONS, PIONEER_QUESTIONS, SOURCE_QUESTIONS, type Question } from '../src/lib/case-draft/questions.ts';
import { draftIssues, type FieldIssue } from '../src/lib/case-draft/validation.ts';
import { slugify } from '../src/lib/slug.ts';
import { Prompter } from './lib/prompts.ts';
import { readChoices } from './lib/read-choices.ts';

const USAGE = `Écrire une nouvelle fiche de cas.

  npm run new
      pose les questions une à une.

  npm run new -- case --title "…" --territory "…" --level commune --region bretagne
                      --start-year 2019 --stage emergence --instigator <pionnier>
                      --theme <thème> --instrument <instrument> --source "https://… Titre de la source"
                      --summary "…" [options]
      écrit la fiche sans poser de questions. Options répétables : --region, --partner "<pionnier>:<rôle>",
      --theme, --instrument, --factor, --partnership-form, --source.
      --department <code>        code du département (35, 2A, 974…)
      --new-pioneer-name "…"     décrit une organisation absente de content/pionniers/, avec
      --new-pioneer-type <type>  --new-pioneer-region <région> --new-pioneer-description "…"
      --new-pioneer-source "https://… Titre" [--new-pioneer-website https://…] ;
                                 elle devient l’instigatrice si --instigator est absent.
      --root <dossier>           projet dont le dossier content/ est lu et complété (par défaut : le dossier courant)`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  root: { type: 'string', default: '.' },
  title: { type: 'string', default: '' },
  summary: { type: 'string', default: '' },
  territory: { type: 'string', default: '' },
  level: { type: 'string', default: '' },
  region: { type: 'string', multiple: true, default: [] as string[] },
  department: { type: 'string', default: '' },
  'start-year': { type: 'string', default: '' },
  stage: { type: 'string', default: '' },
  instigator: { type: 'string', default: '' },
  partner: { type: 'string', multiple: true, default: [] as string[] },
  theme: { type: 'string', multiple: true, default: [] as string[] },
  instrument: { type: 'string', multiple: true, default: [] as string[] },
  factor: { type: 'string', multiple: true, default: [] as string[] },
  'partnership-form': { type: 'string', multiple: true, default: [] as string[] },
  source: { type: 'string', multiple: true, default: [] as string[] },
  'new-pioneer-name': { type: 'string' },
  'new-pioneer-type': { type: 'string', default: '' },
  'new-pioneer-region': { type: 'string', default: '' },
  'new-pioneer-description': { type: 'string', default: '' },
  'new-pioneer-source': { type: 'string', default: '' },
  'new-pioneer-website': { type: 'string', default: '' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The flag that answers each field, to name it in messages. */
const FLAG_OF_FIELD: Record<string, string> = {
  title: '--title',
  summary: '--summary',
  'territory.name': '--territory',
  'territory.level': '--level',
  'territory.regions': '--region',
  'territory.department': '--department',
  startYear: '--start-year',
  stage: '--stage',
  instigator: '--instigator',
  partners: '--partner',
  themes: '--theme',
  instruments: '--instrument',
  factors: '--factor',
  partnershipForms: '--partnership-form',
  sources: '--source',
  'newPioneers.0.name': '--new-pioneer-name',
  'newPioneers.0.actorType': '--new-pioneer-type',
  'newPioneers.0.region': '--new-pioneer-region',
  'newPioneers.0.description': '--new-pioneer-description',
  'newPioneers.0.source': '--new-pioneer-source',
  'newPioneers.0.website': '--new-pioneer-website',
};

/** Whether a problem at field `key` is about `field` or something inside it. */
const covers = (field: string, key: string) => key === field || key.startsWith(`${field}.`);

const flagOf = (issue: FieldIssue) => {
  const key = fieldKey(issue.path);
  const field = Object.keys(FLAG_OF_FIELD).filter((candidate) => covers(candidate, key)).sort((a, b) => b.length - a.length)[0];
  return field ? FLAG_OF_FIELD[field] : key;
};

/** `https://exemple.fr/page Titre de la page`: an address cannot hold a space, so the first one ends it. */
const parseSource = (text: string) => {
  const [url = '', ...label] = text.trim().split(/\s+/);
  return { url, label: label.join(' ') };
};

/** `pionnier:rôle` */
const parsePartner = (text: string) => {
  const colon = text.indexOf(':');
  return colon === -1 ? { pioneer: text.trim(), role: '' } : { pioneer: text.slice(0, colon).trim(), role: text.slice(colon + 1).trim() };
};

function draftFromFlags(flags: Flags): CaseDraft {
  const newPioneers: PioneerDraft[] =
    flags['new-pioneer-name'] === undefined
      ? []
      : [
          {
            name: flags['new-pioneer-name'],
            actorType: flags['new-pioneer-type'],
            region: flags['new-pioneer-region'],
            description: flags['new-pioneer-description'],
            website: flags['new-pioneer-website'],
            source: parseSource(flags['new-pioneer-source']),
          },
        ];
  return {
    ...emptyDraft(),
    title: flags.title,
    summary: flags.summary,
    territory: { name: flags.territory, level: flags.level, regions: flags.region, department: flags.department },
    startYear: flags['start-year'],
    stage: flags.stage,
    instigator: flags.instigator || (newPioneers[0] ? slugify(newPioneers[0].name) : ''),
    partners: flags.partner.map(parsePartner),
    themes: flags.theme,
    instruments: flags.instrument,
    factors: flags.factor,
    partnershipForms: flags['partnership-form'],
    sources: flags.source.map(parseSource),
    newPioneers,
  };
}

/** Writes every file, or none if one of them exists already. */
async function writeFiles(root: string, files: GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const exists = await access(join(root, file.path)).then(() => true, () => false);
    if (exists) throw new Error(`${file.path} existe déjà : rien n’a été écrit`);
  }
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.content, { flag: 'wx' });
  }
}

function nextSteps(files: GeneratedFile[]): string {
  return [
    ...files.map((file) => `Écrit : ${file.path}`),
    '',
    'Ensuite :',
    `  1. ouvrez ${files[0]!.path} et écrivez chaque partie à la place de son commentaire ;`,
    '  2. lancez « npm run check » et corrigez ce qu’il signale ;',
    '  3. proposez vos fichiers dans une pull request (voir CONTRIBUTING.md).',
  ].join('\n');
}

async function fromFlags(flags: Flags, root: string, choices: CaseChoices): Promise<number> {
  const result = buildCase(draftFromFlags(flags), choices, new Date());
  if (!result.ok) {
    console.error('La fiche n’a pas été écrite :');
    for (const issue of result.issues) console.error(`  ${flagOf(issue)} : ${issue.message}`);
    return 1;
  }
  await writeFiles(root, result.files);
  console.log(nextSteps(result.files));
  return 0;
}

// ---------------------------------------------------------------------------
// The interview: one question per field, each answer checked by the model at once.
// ---------------------------------------------------------------------------

/** Stands for "an organisation that is not in the list" among the answers to a pick. */
const NEW_PIONEER = ':nouvelle-organisation';

async function interview(prompter: Prompter, choices: CaseChoices, today: Date): Promise<CaseDraft> {
  const draft = emptyDraft();
  const { lists } = choices;
  const issuesAt = (fields: string[]) =>
    draftIssues(draft, choices, today).filter((issue) => fields.some((field) => covers(field, fieldKey(issue.path))));
  const report = (issues: FieldIssue[]) => {
    for (const issue of issues) prompter.say(`  ✗ ${fieldLabel(issue.path)} : ${issue.message}`);
  };
  /** Asks until the answers to `fields` satisfy the model. */
  const askValid = async (fields: string[], ask: () => Promise<void>) => {
    for (;;) {
      await ask();
      const issues = issuesAt(fields);
      if (issues.length === 0) return;
      report(issues);
    }
  };
  const text = (question: Question) => prompter.text(question.label, question.hint);

  async function newPioneer(): Promise<string> {
    const index = draft.newPioneers.length;
    const pioneer: PioneerDraft = { name: '', actorType: '', region: '', website: '', description: '', source: { label: '', url: '' } };
    draft.newPioneers.push(pioneer);
    const field = (name: string) => [`newPioneers.${index}.${name}`];
    prompter.say('Décrivez cette organisation : son fichier sera écrit dans content/pionniers/.');
    await askValid(field('name'), async () => { pioneer.name = await text(PIONEER_QUESTIONS.name); });
    await askValid(field('actorType'), async () => { pioneer.actorType = await prompter.pick(PIONEER_QUESTIONS.actorType.label, lists.actorTypes); });
    await askValid(field('region'), async () => { pioneer.region = await prompter.pick(PIONEER_QUESTIONS.region.label, lists.regions, { optional: true }); });
    await askValid(field('description'), async () => { pioneer.description = await text(PIONEER_QUESTIONS.description); });
    await askValid(field('source'), async () => {
      pioneer.source.url = await text(PIONEER_QUESTIONS['source.url']);
      pioneer.source.label = await text(PIONEER_QUESTIONS['source.label']);
    });
    await askValid(field('website'), async () => { pioneer.website = await text(PIONEER_QUESTIONS.website); });
    return slugify(pioneer.name);
  }

  /** A pioneer of the list, one described earlier in this interview, or a new one described now. */
  async function pioneer(label: string): Promise<string> {
    const described = draft.newPioneers.map((item) => ({ id: slugify(item.name), label: item.name, hint: 'décrite plus haut' }));
    const answer = await prompter.pick(label, [...lists.pioneers, ...described], {
      extra: { label: 'Une organisation absente de la liste (vous la décrirez)', value: NEW_PIONEER },
    });
    return answer === NEW_PIONEER ? newPioneer() : answer;
  }

  const questions: { fields: string[]; ask: () => Promise<void> }[] = [
    { fields: ['title'], ask: async () => { draft.title = await text(CASE_QUESTIONS.title); } },
    { fields: ['territory.name'], ask: async () => { draft.territory.name = await text(CASE_QUESTIONS['territory.name']); } },
    { fields: ['territory.level'], ask: async () => { draft.territory.level = await prompter.pick(CASE_QUESTIONS['territory.level'].label, lists.territoryLevels); } },
    { fields: ['territory.regions'], ask: async () => { draft.territory.regions = await prompter.pickMany(CASE_QUESTIONS['territory.regions'].label, lists.regions); } },
    { fields: ['territory.department'], ask: async () => { draft.territory.department = await text(CASE_QUESTIONS['territory.department']); } },
    { fields: ['startYear'], ask: async () => { draft.startYear = await text(CASE_QUESTIONS.startYear); } },
    { fields: ['stage'], ask: async () => { draft.stage = await prompter.pick(CASE_QUESTIONS.stage.label, lists.stages); } },
    { fields: ['instigator'], ask: async () => { draft.instigator = await pioneer(CASE_QUESTIONS.instigator.label); } },
    {
      fields: ['partners'],
      ask: async () => {
        draft.partners = [];
        prompter.say(`${CASE_QUESTIONS.partners.label} (${CASE_QUESTIONS.partners.hint}).`);
        while (await prompter.confirm(draft.partners.length === 0 ? 'Ajouter un partenaire ?' : 'Ajouter un autre partenaire ?')) {
          const id = await pioneer(PARTNER_QUESTIONS.pioneer.label);
          draft.partners.push({ pioneer: id, role: await text(PARTNER_QUESTIONS.role) });
        }
      },
    },
    { fields: ['themes'], ask: async () => { draft.themes = await prompter.pickMany(CASE_QUESTIONS.themes.label, lists.themes); } },
    { fields: ['instruments'], ask: async () => { draft.instruments = await prompter.pickMany(CASE_QUESTIONS.instruments.label, lists.instruments); } },
    { fields: ['factors'], ask: async () => { draft.factors = await prompter.pickMany(CASE_QUESTIONS.factors.label, lists.factors); } },
    { fields: ['partnershipForms'], ask: async () => { draft.partnershipForms = await prompter.pickMany(CASE_QUESTIONS.partnershipForms.label, lists.partnershipForms); } },
    {
      fields: ['sources'],
      ask: async () => {
        draft.sources = [];
        prompter.say(`${CASE_QUESTIONS.sources.label} (${CASE_QUESTIONS.sources.hint}).`);
        do {
          const url = await text(SOURCE_QUESTIONS.url);
          draft.sources.push({ url, label: await text(SOURCE_QUESTIONS.label) });
        } while (await prompter.confirm('Ajouter une autre source ?'));
      },
    },
    { fields: ['summary'], ask: async () => { draft.summary = await text(CASE_QUESTIONS.summary); } },
  ];

  prompter.say('Nouvelle fiche de cas. Répondez aux questions ; chaque réponse est vérifiée aussitôt.');
  for (const question of questions) await askValid(question.fields, question.ask);

  // Some rules link several answers (an instigator repeated among partners…): ask again what they point at.
  for (let issues = draftIssues(draft, choices, today); issues.length > 0; issues = draftIssues(draft, choices, today)) {
    report(issues);
    const again = questions.filter((question) => issues.some((issue) => question.fields.some((field) => covers(field, fieldKey(issue.path)))));
    if (again.length === 0) throw new Error('ces réponses ne peuvent pas être corrigées ici ; relancez « npm run new »');
    for (const question of again) await askValid(question.fields, question.ask);
  }

  // An organisation described, then replaced by another answer, gets no file.
  const used = new Set([draft.instigator, ...draft.partners.map((partner) => partner.pioneer)]);
  return { ...draft, newPioneers: draft.newPioneers.filter((item) => used.has(slugify(item.name))) };
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
  const { values: flags, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'case')) {
    console.error(`Commande inconnue « ${positionals.join(' ')} ».\n\n${USAGE}`);
    return 2;
  }
  const root = resolve(flags.root);
  const choices = await readChoices(root);
  return positionals[0] === 'case' ? fromFlags(flags, root, choices) : interactive(root, choices);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nnpm run new : ${message}`);
    process.exit(1);
  },
);
