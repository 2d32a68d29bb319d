/**
 * `npm run new`, as a contributor runs it, on a copy of the real content: the
 * files it writes pass the content checker (`npm run check`), and what it
 * refuses is said with the key of the draft file or the question to fix.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, emptyPioneerDraft } from '../src/lib/case-draft/draft.ts';
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

/** Each test starts Node once or twice: more than the default 5 s when the machine is busy. */
const SPAWN_TIMEOUT = 30_000;

const written = (stdout: string) => [...stdout.matchAll(/^Écrit : (.+)$/gm)].map((match) => match[1]!);

/** A draft file as a contributor writes it: the keys of the form, ids from the real content. */
const DRAFT = {
  title: 'Une conserverie solidaire au Pays de Morlaix',
  summary: 'Une conserverie transforme les invendus des maraîchers du pays, portée par une association et des entreprises locales.',
  territory: { name: 'Pays de Morlaix', level: 'bassin-de-vie', regions: ['bretagne'], department: '29' },
  startYear: '2018',
  stage: 'experimentation',
  instigator: 'le-rameau',
  themes: ['alimentation', 'economie-circulaire'],
  instruments: ['experimentation-collective'],
  factors: ['confiance'],
  sources: [{ url: 'https://example.org/conserverie', label: 'Le Télégramme, « Une conserverie solidaire », 2019' }],
};

/** Runs `npm run new -- --from <file>` on `draft`, written as JSON (or as the text given). */
async function runFrom(draft: object | string) {
  const file = join(project, 'brouillon.json');
  await writeFile(file, typeof draft === 'string' ? draft : JSON.stringify(draft));
  return runNew(['--from', file]);
}

describe('npm run new -- --from (a draft file, without questions)', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a case file that passes the checker', async () => {
    const result = await runFrom(DRAFT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(written(result.stdout)).toEqual(['content/cas/une-conserverie-solidaire-au-pays-de-morlaix.md']);
    expect(await checkerMessages(written(result.stdout))).toEqual([]);
  });

  it('writes the file of a new organisation, which can be the instigator', async () => {
    const result = await runFrom({
      ...DRAFT,
      instigator: 'conserverie-du-pays-de-morlaix',
      newPioneers: [
        {
          name: 'Conserverie du Pays de Morlaix',
          actorType: 'interet-general',
          region: 'bretagne',
          description: 'Association qui transforme les invendus agricoles du pays de Morlaix.',
          source: { url: 'https://example.org/conserverie-asso', label: 'Site de l’association' },
        },
      ],
    });
    expect(result.code).toBe(0);
    expect(written(result.stdout)).toEqual([
      'content/cas/une-conserverie-solidaire-au-pays-de-morlaix.md',
      'content/pionniers/conserverie-du-pays-de-morlaix.yaml',
    ]);
    expect(await checkerMessages(written(result.stdout))).toEqual([]);
  });

  it('refuses the title of an existing case, naming the key, and writes nothing', async () => {
    const existing = (await readdir(join(project, 'content', 'cas')))[0]!.replace(/\.mdx?$/, '');
    const before = await readdir(join(project, 'content', 'cas'));
    const result = await runFrom({ ...DRAFT, title: existing.replaceAll('-', ' ') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`title : un cas porte déjà l’identifiant « ${existing} »`);
    expect(await readdir(join(project, 'content', 'cas'))).toEqual(before);
  });

  it('names the key of each wrong answer', async () => {
    const result = await runFrom({ title: 'Un cas', territory: { level: 'comune' }, startYear: 'deux mille' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('territory.level : « comune » n’existe pas dans content/taxonomies/echelles.yaml — vouliez-vous dire « commune » ?');
    expect(result.stderr).toContain('startYear : attendu une année en chiffres, par exemple 2016');
    expect(result.stderr).toContain('themes : indiquez au moins 1 thème');
  });

  it('refuses a draft of another shape, naming each key to fix, and writes nothing', async () => {
    const before = await readdir(join(project, 'content', 'cas'));
    const result = await runFrom({ ...DRAFT, titre: 'Un cas', themes: 'alimentation', partners: [{ pioneer: 'le-rameau', rôle: 'accompagne' }] });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('titre : champ inconnu « titre » — vouliez-vous dire « title » ?');
    expect(result.stderr).toContain('themes : attendu une liste entre crochets, par exemple ["bretagne"] — trouvé le texte « alimentation »');
    expect(result.stderr).toContain('partners[0].rôle : champ inconnu « rôle » — vouliez-vous dire « role » ?');
    expect(await readdir(join(project, 'content', 'cas'))).toEqual(before);
  });

  it('says when the draft file is not JSON', async () => {
    const result = await runFrom('{ "title": ');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('brouillon.json n’a pas été lu :\n  JSON non valide');
  });

  it('documents in --help a draft it accepts, with every key of the form', async () => {
    const help = (await runNew(['--help'])).stdout;
    const example = help.slice(help.indexOf('{'), help.lastIndexOf('}') + 1);
    const keys = (value: object): string[] => Object.entries(value).flatMap(([key, inner]) => [key, ...(inner && typeof inner === 'object' && !Array.isArray(inner) ? keys(inner) : [])]);
    const documented = JSON.parse(example);
    expect(keys(documented)).toEqual(expect.arrayContaining(keys(emptyDraft())));
    expect(keys(documented.newPioneers[0])).toEqual(expect.arrayContaining(keys(emptyPioneerDraft())));
    const result = await runFrom(example);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await checkerMessages(written(result.stdout))).toEqual([]);
  });
});

describe('npm run new (questions)', { timeout: SPAWN_TIMEOUT }, () => {
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
