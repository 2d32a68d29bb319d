/**
 * `npm run new`, as a contributor runs it, on a copy of the real content: the
 * files it writes pass the content checker (`npm run check`), and what it
 * refuses is said with the flag or the question to fix.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/index.ts';
import { errorsOf } from '../src/lib/checks/engine/problem.ts';
import { formatText } from '../src/lib/checks/engine/format.ts';
import { readChoices } from '../scripts/lib/read-choices.ts';

const ROOT = join(import.meta.dirname, '..');
const NEW_CASE = join(ROOT, 'scripts', 'new-case.ts');

let project: string;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'alliances-new-case-'));
  await cp(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

function runNew(args: string[], answers?: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEW_CASE, ...args, '--root', project], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(answers ? `${answers.join('\n')}\n` : '');
  });
}

/** The checker's messages about the given files (the rest of the content is another test's business). */
/** The checker's errors on the written files; its warnings (a factor without its line on how it played out) do not stop a contribution. */
async function checkerMessages(files: string[]): Promise<string[]> {
  const { problems } = await checkContent({ root: project, only: files });
  return errorsOf(problems).map(formatText);
}

const written = (stdout: string) => [...stdout.matchAll(/^Écrit : (.+)$/gm)].map((match) => match[1]!);

const CASE_FLAGS = [
  'case',
  '--title', 'Une conserverie solidaire au Pays de Morlaix',
  '--territory', 'Pays de Morlaix',
  '--level', 'bassin-de-vie',
  '--region', 'bretagne',
  '--department', '29',
  '--start-year', '2018',
  '--stage', 'experimentation',
  '--instigator', 'le-rameau',
  '--theme', 'alimentation',
  '--theme', 'economie-circulaire',
  '--instrument', 'experimentation-collective',
  '--factor', 'confiance',
  '--source', 'https://example.org/conserverie Le Télégramme, « Une conserverie solidaire », 2019',
  '--summary', 'Une conserverie transforme les invendus des maraîchers du pays, portée par une association et des entreprises locales.',
];

/** The flags without `flag` and its value. */
const without = (flags: string[], flag: string) => flags.filter((value, index) => value !== flag && flags[index - 1] !== flag);

/** The flags with `flag` set to `value`. */
const withValue = (flags: string[], flag: string, value: string) => flags.map((current, index) => (flags[index - 1] === flag ? value : current));

describe('npm run new -- case (without questions)', () => {
  it('writes a case file that passes the checker', async () => {
    const result = await runNew(CASE_FLAGS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(written(result.stdout)).toEqual(['content/cas/une-conserverie-solidaire-au-pays-de-morlaix.md']);
    expect(await checkerMessages(written(result.stdout))).toEqual([]);
  });

  it('writes the file of a new organisation, which becomes the instigator', async () => {
    const result = await runNew([
      ...without(CASE_FLAGS, '--instigator'),
      '--new-pioneer-name', 'Conserverie du Pays de Morlaix',
      '--new-pioneer-type', 'interet-general',
      '--new-pioneer-region', 'bretagne',
      '--new-pioneer-description', 'Association qui transforme les invendus agricoles du pays de Morlaix.',
      '--new-pioneer-source', 'https://example.org/conserverie-asso Site de l’association',
    ]);
    expect(result.code).toBe(0);
    expect(written(result.stdout)).toEqual([
      'content/cas/une-conserverie-solidaire-au-pays-de-morlaix.md',
      'content/pionniers/conserverie-du-pays-de-morlaix.yaml',
    ]);
    expect(await checkerMessages(written(result.stdout))).toEqual([]);
  });

  it('refuses the title of an existing case, naming the flag, and writes nothing', async () => {
    const existing = (await readdir(join(project, 'content', 'cas')))[0]!.replace(/\.mdx?$/, '');
    const before = await readdir(join(project, 'content', 'cas'));
    const result = await runNew(withValue(CASE_FLAGS, '--title', existing.replaceAll('-', ' ')));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--title : un cas porte déjà l’identifiant « ${existing} »`);
    expect(await readdir(join(project, 'content', 'cas'))).toEqual(before);
  });

  it('names the flag of each wrong answer', async () => {
    const result = await runNew(['case', '--title', 'Un cas', '--level', 'comune', '--start-year', 'deux mille']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--level : « comune » n’existe pas dans content/taxonomies/echelles.yaml — vouliez-vous dire « commune » ?');
    expect(result.stderr).toContain('--start-year : attendu une année en chiffres, par exemple 2016');
    expect(result.stderr).toContain('--theme : indiquez au moins 1 thème');
  });
});

describe('npm run new (questions)', () => {
  it('asks again a wrong answer, then writes a case that passes the checker', async () => {
    const { lists } = await readChoices(project);
    const number = (list: keyof typeof lists, id: string) => String(lists[list].findIndex((choice) => choice.id === id) + 1);
    const answers = [
      'Un jardin partagé entre voisins à Brest', // title
      'Brest', // territory
      number('territoryLevels', 'commune'),
      number('regions', 'bretagne'),
      '29', // department
      String(new Date().getFullYear() + 1), // a year to come: refused
      '2018',
      number('stages', 'emergence'),
      '0', // instigator: an organisation not in the list
      'Jardiniers du Bas de Siam',
      number('actorTypes', 'habitants'),
      number('regions', 'bretagne'),
      'Collectif d’habitants qui cultive des parcelles partagées au pied des immeubles.',
      'https://example.org/jardiniers',
      'Page du collectif',
      '', // website
      'o', // a partner
      number('pioneers', 'le-rameau'),
      'accompagne la démarche',
      'n',
      number('themes', 'alimentation'),
      number('instruments', 'dialogue-territorial'),
      '', // factors
      '', // partnership forms
      'https://example.org/jardin',
      'Ouest-France, « Un jardin entre voisins », 2019',
      'n',
      'Des habitants et une association cultivent ensemble des parcelles au pied de leurs immeubles.',
    ];
    const result = await runNew([], answers);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✗ Année de démarrage : cette année est dans le futur');
    expect(written(result.stdout)).toEqual([
      'content/cas/un-jardin-partage-entre-voisins-a-brest.md',
      'content/pionniers/jardiniers-du-bas-de-siam.yaml',
    ]);
    expect(await checkerMessages(written(result.stdout))).toEqual([]);
  });

  it('stops with a message when the answers end early', async () => {
    const result = await runNew([], ['Un titre']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('la saisie s’est arrêtée avant la fin des questions');
  });
});
