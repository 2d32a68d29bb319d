/**
 * Given the built site, a contributor on /contribuer/ never loses work and is
 * never offered a file `npm run check` refuses: the whole draft, added rows
 * included, comes back after a reload and after the browser is restarted, and
 * goes when they ask; a summary too long is counted, never cut; « Le récit »
 * is checked as Markdown before anything is « prête »; an organisation named
 * in Arabic gets a file of its own; one the case never names gets none.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChoices } from '../../scripts/lib/read-choices.ts';
import { countText } from '../../src/client/contribute/counter.ts';
import { unnamedPioneerNotice } from '../../src/lib/case-draft/build.ts';
import type { CaseChoices } from '../../src/lib/case-draft/choices.ts';
import { emptyPioneerDraft } from '../../src/lib/case-draft/draft.ts';
import { slugify } from '../../src/lib/slug.ts';
import { axeViolations, openContributionForm, useSiteInBrowser, watchErrors } from './support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARABIC_NAME = 'جمعية الأمل';

const env = useSiteInBrowser();
let choices: CaseChoices;

beforeAll(async () => {
  choices = await readChoices(ROOT);
});

/** The form, empty unless `keepDraft`: each test starts from no draft, but the one that finds its draft again. */
const openForm = (options: { keepDraft?: boolean } = {}) => openContributionForm(env.context, env.url, options);

const value = (page: Page, label: string, nth = 0) => page.getByLabel(label).nth(nth).inputValue();
const selectedText = (page: Page, label: string) =>
  page.getByLabel(label).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.label ?? '');

/** What the draft below must bring back, field by field. */
async function expectDraftBack(page: Page) {
  expect(await value(page, 'Titre du cas')).toBe('Une cantine partagée à Roubaix');
  expect(await value(page, 'Nom de l’organisation')).toBe(ARABIC_NAME);
  expect(await selectedText(page, 'Organisation à l’initiative de l’alliance')).toBe(ARABIC_NAME);
  expect(await value(page, 'Organisation partenaire')).toBe(choices.lists.pioneers[0]!.id);
  expect(await value(page, 'Son rôle dans l’alliance')).toBe('prête\tses cuisines');
  expect(await page.locator('[data-rows="sources"] > [data-row]').count()).toBe(2);
  expect(await value(page, 'Titre de la source', 1)).toBe('Deuxième source');
  expect(await value(page, 'Contexte')).toBe('Premier paragraphe.\n\nSecond paragraphe.');
  expect(await page.getByRole('group', { name: 'Thèmes' }).getByRole('checkbox', { name: choices.lists.themes[0]!.label, exact: true }).isChecked()).toBe(true);
}

describe('the draft of a contributor', () => {
  it('says it is kept in this browser only, and offers to clear it', async () => {
    const { page, errors } = await openForm();
    await expect(page.locator('#brouillon-etat').textContent()).resolves.toMatch(/gardé dans ce navigateur seulement/);
    expect(await page.getByRole('button', { name: 'Effacer le brouillon' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('comes back whole, added rows included, after a reload and after the browser restarts; goes when cleared', async () => {
    let { page, errors } = await openForm();
    await page.getByLabel('Titre du cas').fill('Une cantine partagée à Roubaix');
    await page.getByRole('button', { name: 'Décrire une organisation absente de la liste' }).click();
    await page.getByLabel('Nom de l’organisation').fill(ARABIC_NAME);
    await page.getByLabel('Organisation à l’initiative de l’alliance').selectOption({ label: ARABIC_NAME });
    await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
    await page.getByLabel('Organisation partenaire').selectOption(choices.lists.pioneers[0]!.id);
    await page.getByLabel('Son rôle dans l’alliance').fill('prête\tses cuisines');
    await page.getByRole('button', { name: 'Ajouter une source' }).click();
    await page.getByLabel('Titre de la source').nth(1).fill('Deuxième source');
    await page.getByLabel('Contexte').fill('Premier paragraphe.\n\nSecond paragraphe.');
    await page.getByRole('group', { name: 'Thèmes' }).getByRole('checkbox', { name: choices.lists.themes[0]!.label, exact: true }).check();
    // The organisation named in Arabic has a file of its own, under its transliterated name.
    await expect(page.locator('#apercu-fichiers').textContent()).resolves.toContain(`content/pionniers/${slugify(ARABIC_NAME)}.yaml`);

    await page.reload();
    await expectDraftBack(page);
    await expect(page.locator('#brouillon-annonce').textContent()).resolves.toMatch(/Votre brouillon est revenu/);
    expect(errors).toEqual([]);

    await env.restartBrowser();
    ({ page, errors } = await openForm({ keepDraft: true }));
    await expectDraftBack(page);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Effacer le brouillon' }).click();
    await expect(page.locator('#brouillon-annonce').textContent()).resolves.toMatch(/^Brouillon effacé\s: le formulaire est vide\.$/);
    expect(await value(page, 'Titre du cas')).toBe('');
    expect(await page.locator('[data-rows="newPioneers"] > [data-row]').count()).toBe(0);
    await page.reload();
    expect(await value(page, 'Titre du cas')).toBe('');
    expect(await page.locator('[data-rows="partners"] > [data-row]').count()).toBe(0);
    expect(await page.locator('[data-rows="sources"] > [data-row]').count()).toBe(1);
    await expect(page.locator('#brouillon-annonce').textContent()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the draft will be lost when the browser refuses to keep it', async () => {
    const page = await env.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('bloqué', 'SecurityError'); } });
    });
    const errors = watchErrors(page);
    await page.goto(`${env.url}/contribuer/`);
    await expect(page.locator('#brouillon-etat').textContent()).resolves.toMatch(/ne laisse pas cette page garder un brouillon .* perdues si vous rechargez ou fermez la page/);
    await page.getByLabel('Titre du cas').fill('Un titre');
    await expect(page.locator('#apercu-fichiers').textContent()).resolves.toContain('title: Un titre');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('what the form refuses, and says', () => {
  it('counts a long summary as it is typed, keeps it whole, and refuses it with its length', async () => {
    const { page, errors } = await openForm();
    const summary = `${'Une alliance qui nourrit tout un quartier. '.repeat(8)}Et bien plus encore.`.trim();
    await page.getByLabel('Résumé').fill(summary);
    expect(await value(page, 'Résumé')).toBe(summary);
    const count = page.locator('#champ-summary-compte');
    await expect(count.textContent()).resolves.toBe(countText(summary, 320));
    expect(countText(summary, 320)).toMatch(new RegExp(`^${summary.length} / 320 caractères\\s: ${summary.length - 320} de trop$`));
    // Screen readers hear the count once the typing pauses, from a polite live region.
    const announced = page.locator('[data-count-announce="champ-summary"]');
    expect(await announced.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-count-announce="champ-summary"]')?.textContent !== '');
    await expect(announced.textContent()).resolves.toBe(await count.textContent());
    expect((await page.getByLabel('Résumé').getAttribute('aria-describedby'))!.split(' ')).toContain('champ-summary-compte');

    await page.getByRole('button', { name: 'Vérifier la fiche' }).click();
    await expect(page.locator('#champ-summary-erreur').textContent()).resolves.toBe(`le résumé doit tenir en 320 caractères — il en fait ${summary.length}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the récit is Markdown, and never offers a file whose récit npm run check refuses', async () => {
    const { page, errors } = await openForm();
    await expect(page.getByRole('heading', { name: 'Le récit s’écrit en Markdown' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Contexte').fill('Un début.\n<img src=x onerror=alert(1)>');
    await page.getByLabel('Ce qui a été difficile').fill('[ici](javascript:alert(1))');
    await page.getByRole('button', { name: 'Vérifier la fiche' }).click();
    await expect(page.locator('#champ-sections-contexte-erreur').textContent()).resolves.toMatch(/^ligne 2\s: HTML interdit .*écrivez en Markdown/);
    await expect(page.locator('#erreurs').textContent()).resolves.toMatch(/Le récit — Ce qui a été difficile\s: ligne 1\s: adresse javascript: interdite/);
    expect(await page.locator('#resultat').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says which described organisation gets no file, because the case never names it', async () => {
    const { page, errors } = await openForm();
    await page.getByRole('button', { name: 'Décrire une organisation absente de la liste' }).click();
    await page.getByLabel('Nom de l’organisation').fill('Amicale du Port');
    await expect(page.locator('#apercu-ecartees').textContent()).resolves.toBe(unnamedPioneerNotice({ ...emptyPioneerDraft(), name: 'Amicale du Port' }));
    await expect(page.locator('#apercu-fichiers').textContent()).resolves.not.toContain('content/pionniers/');
    await page.getByLabel('Organisation à l’initiative de l’alliance').selectOption({ label: 'Amicale du Port' });
    expect(await page.locator('#apercu-ecartees').isHidden()).toBe(true);
    await expect(page.locator('#apercu-fichiers').textContent()).resolves.toContain('content/pionniers/amicale-du-port.yaml');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
