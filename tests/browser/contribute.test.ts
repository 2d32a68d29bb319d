/**
 * Given the built site, a contributor proposes a case on /contribuer/ with the
 * keyboard only: the form says what is missing (next to each field and in a
 * summary), shows the file as it is typed, and gives a file that passes the
 * content checker. Once that file is in the content, the site built from it
 * lists the case under its theme and on its pioneer's page.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChoices } from '../../scripts/lib/read-choices.ts';
import type { CaseChoices, ChoiceCollection } from '../../src/lib/case-draft/choices.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import { errorsOf } from '../../src/lib/checks/engine/problem.ts';
import { formatText } from '../../src/lib/checks/engine/format.ts';
import { repositoryUrl } from '../../src/lib/site-config.ts';
import { DIST } from '../../scripts/lib/browser.ts';
import { axeViolations, openContributionForm, useSiteInBrowser, watchErrors } from './support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TITLE = 'Des paniers de légumes pour les étudiants de Lannion';
const SLUG = 'des-paniers-de-legumes-pour-les-etudiants-de-lannion';
const NEW_PIONEER = 'Paniers solidaires du Trégor';
const NEW_PIONEER_ID = 'paniers-solidaires-du-tregor';

const env = useSiteInBrowser();
let choices: CaseChoices;
let workspace: string;

beforeAll(async () => {
  choices = await readChoices(ROOT);
  workspace = await mkdtemp(join(tmpdir(), 'alliances-contribute-'));
});

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

const labelOf = (collection: ChoiceCollection, id: string) => choices.lists[collection].find((choice) => choice.id === id)!.label;

/** The form, empty: the draft another test left in this browser is cleared first. */
const openForm = () => openContributionForm(env.context, env.url);

/** Focuses a field by its label and types, as a keyboard user would. */
async function type(page: Page, label: string, text: string, nth = 0) {
  await page.getByLabel(label).nth(nth).focus();
  await page.keyboard.type(text);
}

/** Picks an option of a list with the arrow keys. */
async function choose(page: Page, label: string, optionLabel: string, nth = 0) {
  const select = page.getByLabel(label).nth(nth);
  const index = await select.evaluate((element, wanted) => [...(element as HTMLSelectElement).options].findIndex((option) => option.label.startsWith(wanted)), optionLabel);
  expect(index, `option « ${optionLabel} » of « ${label} »`).toBeGreaterThan(0);
  await select.focus();
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
}

async function tick(page: Page, group: string, optionLabel: string) {
  await page.getByRole('group', { name: group }).getByRole('checkbox', { name: optionLabel, exact: true }).focus();
  await page.keyboard.press('Space');
}

async function pressButton(page: Page, name: string) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('a contributor on /contribuer/', () => {
  it('loads the form script on this page only', async () => {
    const pagesWithForm: string[] = [];
    for (const entry of await readdir(DIST, { recursive: true })) {
      if (!entry.endsWith('.html')) continue;
      if ((await readFile(join(DIST, entry), 'utf8')).includes('CaseForm.astro_astro_type_script')) pagesWithForm.push(entry);
    }
    expect(pagesWithForm).toEqual(['contribuer/index.html']);
  });

  it('is told what is missing, in a summary that leads to each field, even on a small screen', async () => {
    const { page, errors } = await openForm();
    await pressButton(page, 'Vérifier la fiche');

    expect(await activeElementId(page)).toBe('erreurs');
    const summary = page.locator('#erreurs');
    await expect(summary.locator('h2').textContent()).resolves.toMatch(/^La fiche contient \d+ erreurs$/);
    const title = page.getByLabel('Titre du cas');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby'))!.split(' ');
    await expect(page.locator(`#${describedBy.at(-1)}`).textContent()).resolves.toBe('ce champ ne peut pas être vide');

    await summary.getByRole('link', { name: /^Thèmes : indiquez au moins 1 thème/ }).focus();
    await page.keyboard.press('Enter');
    expect(await activeElementId(page)).toMatch(/^champ-themes-/);

    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fills the form with the keyboard, sees the preview and downloads files that pass the checker', async () => {
    const { page, errors } = await openForm();

    await type(page, 'Titre du cas', TITLE);
    await type(page, 'Résumé', 'Une association de producteurs et l’université livrent chaque semaine des paniers de légumes à prix réduit aux étudiants.');
    await type(page, 'Nom du territoire', 'Lannion-Trégor');
    await choose(page, 'Échelle du territoire', labelOf('territoryLevels', 'intercommunalite'));
    await tick(page, 'Régions concernées', labelOf('regions', 'bretagne'));
    await type(page, 'Département', '22');
    await type(page, 'Année de démarrage', '2019');
    await choose(page, 'Stade atteint', labelOf('stages', 'experimentation'));

    await pressButton(page, 'Décrire une organisation absente de la liste');
    expect(await activeElementId(page)).toBe('champ-newPioneers-0-name');
    await page.keyboard.type(NEW_PIONEER);
    await choose(page, 'Type d’acteur', labelOf('actorTypes', 'interet-general'));
    await choose(page, 'Région', labelOf('regions', 'bretagne'));
    await type(page, 'Présentation', 'Association de producteurs du Trégor qui organise des paniers de légumes solidaires.');
    await type(page, 'Adresse d’une page publique qui la présente', 'https://example.org/paniers-du-tregor');
    await type(page, 'Titre de cette page', 'Paniers solidaires du Trégor, « Qui sommes-nous ? »');
    await choose(page, 'Organisation à l’initiative de l’alliance', NEW_PIONEER);

    await pressButton(page, 'Ajouter un partenaire');
    expect(await activeElementId(page)).toBe('champ-partners-0-pioneer');
    await choose(page, 'Organisation partenaire', labelOf('pioneers', 'le-rameau'));
    await type(page, 'Son rôle dans l’alliance', 'partage sa méthode d’évaluation partenariale');

    await tick(page, 'Thèmes', labelOf('themes', 'alimentation'));
    await tick(page, 'Instruments mobilisés', labelOf('instruments', 'experimentation-collective'));
    await tick(page, 'Facteurs clés de succès', labelOf('factors', 'confiance'));
    await type(page, 'Adresse de la source', 'https://example.org/paniers-lannion');
    await type(page, 'Titre de la source', 'Le Trégor, « Des paniers pour les étudiants », 2020');
    await type(page, 'Contexte', 'À Lannion, des étudiants renonçaient aux légumes frais.');

    const facts = page.locator('#apercu-faits');
    await expect(facts.textContent()).resolves.toContain('Lannion-Trégor');
    await expect(facts.textContent()).resolves.toContain('depuis 2019');
    await expect(facts.textContent()).resolves.toContain(`${labelOf('pioneers', 'le-rameau')} : partage sa méthode`);
    await expect(page.locator('#apercu-fichiers').textContent()).resolves.toContain(`content/cas/${SLUG}.md`);
    await expect(page.locator('#apercu-fichiers').textContent()).resolves.toContain(`title: ${TITLE}`);

    await pressButton(page, 'Vérifier la fiche');
    expect(await page.locator('#erreurs').isHidden()).toBe(true);
    expect(await activeElementId(page)).toBe('resultat-titre');

    const downloaded: string[] = [];
    for (const name of [`${SLUG}.md`, `${NEW_PIONEER_ID}.yaml`]) {
      await page.getByRole('button', { name: `Télécharger ${name}` }).focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe(name);
      const folder = name.endsWith('.md') ? 'cas' : 'pionniers';
      await download.saveAs(join(workspace, 'downloads', folder, name));
      downloaded.push(`content/${folder}/${name}`);
    }

    const caseFile = await readFile(join(workspace, 'downloads', 'cas', `${SLUG}.md`), 'utf8');
    const proposeLink = new URL((await page.getByRole('link', { name: `Proposer sur GitHub : content/cas/${SLUG}.md (nouvel onglet)` }).getAttribute('href'))!);
    expect(`${proposeLink.origin}${proposeLink.pathname}`).toBe(`${repositoryUrl}/new/main/content/cas`);
    expect(proposeLink.searchParams.get('filename')).toBe(`${SLUG}.md`);
    expect(proposeLink.searchParams.get('value')).toBe(caseFile);

    // The downloaded files, added to a copy of the content, pass the checker (its warnings only ask for more: a line per factor).
    await cp(join(ROOT, 'content'), join(workspace, 'project', 'content'), { recursive: true });
    await cp(join(workspace, 'downloads'), join(workspace, 'project', 'content'), { recursive: true });
    const { problems } = await checkContent({ root: join(workspace, 'project'), only: downloaded });
    expect(errorsOf(problems).map(formatText)).toEqual([]);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Builds a copy of the project with the files downloaded above: one full build (5 to 10 s), done once for the suite.
  it('once merged, the case is listed under its theme and on its pioneer’s page', async () => {
    const project = join(workspace, 'project');
    for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      await cp(join(ROOT, path), join(project, path), { recursive: true });
    }
    await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: project, maxBuffer: 64 * 1024 * 1024 });

    const built = (path: string) => readFile(join(project, 'dist', path, 'index.html'), 'utf8');
    await expect(built(`cas/${SLUG}`)).resolves.toContain(TITLE);
    for (const page of ['themes/alimentation', `pionniers/${NEW_PIONEER_ID}`, 'pionniers/le-rameau']) {
      await expect(built(page), page).resolves.toContain(`href="/cas/${SLUG}/"`);
    }
  }, 180_000);
});
