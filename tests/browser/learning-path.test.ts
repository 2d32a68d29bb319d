/**
 * Given the built site, a learner follows module 3 of the path: opens the
 * path, the module, its first sequence, answers the quiz with the keyboard
 * only, reads the score and the explanations, comes back later to find the
 * progress kept, then erases it. Also: the quiz without JavaScript, with
 * storage blocked, axe on an answered quiz, and the JavaScript budget.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { axeViolations, tabTo, useSiteInBrowser, watchErrors } from './support.ts';

/** A sequence page's JavaScript, gzip-compressed, must stay under this. */
const JS_BUDGET_BYTES = 10 * 1024;
const FIRST_SEQUENCE = '/parcours/module-3/roles-des-acteurs/';

const env = useSiteInBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return { tag: element?.tagName.toLowerCase(), name: element?.name, text: element?.textContent?.trim() };
  });

/** For each question of the quiz, the index of its first right answer (read from the page, not hard-coded). */
const rightAnswers = (page: Page) =>
  page.$$eval('form[data-quiz] fieldset', (fieldsets) =>
    fieldsets.map((fieldset) => [...fieldset.querySelectorAll('input[type="radio"]')].findIndex((radio) => radio.hasAttribute('data-correct'))),
  );

/** Every sequence of the path: the progress panel counts them all. */
const SEQUENCE_COUNT = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'sequences'), { recursive: true }).filter((name) => /\.mdx?$/.test(String(name))).length;

const quizResult = (page: Page) => page.locator('[data-quiz-result]');

describe('a learner following module 3', () => {
  it('opens the path, answers the first quiz with the keyboard, finds the progress kept, then erases it', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);

    // The path: four modules in order, all written.
    await page.goto(`${env.url}/parcours/`);
    const modules = page.locator('.path > li');
    expect(await modules.count()).toBe(4);
    expect(await modules.locator('h2').allTextContents()).toHaveLength(4);
    for (const index of [0, 1, 2, 3]) {
      expect(await modules.nth(index).textContent()).not.toContain('À venir');
      expect(await modules.nth(index).textContent()).toMatch(/Durée : environ \d/);
    }
    expect(await page.locator('[data-progress-panel] [data-progress-module]').textContent()).toBe(`Aucune séquence terminée sur ${SEQUENCE_COUNT}`);

    // The module, then its first sequence.
    await page.getByRole('link', { name: 'Le comment : construire une alliance territoriale' }).click();
    await page.waitForURL('**/parcours/module-3/');
    await page.getByRole('link', { name: 'Commencer par la séquence 1' }).click();
    await page.waitForURL(`**${FIRST_SEQUENCE}`);
    expect(await page.locator('.sequence header').textContent()).toContain('Séquence 1 sur 5');
    expect(await page.locator('nav[aria-labelledby="dans-ce-module"] [aria-current="page"]').getAttribute('href')).toBe(FIRST_SEQUENCE);

    // The quiz, keyboard only: Tab into each group, Space picks the first choice, arrows move the choice.
    const answers = await rightAnswers(page);
    const wrongOnSecond = answers[1] === 0 ? 1 : 0;
    const chosen = answers.map((right, index) => (index === 1 ? wrongOnSecond : right));
    for (const [index, choice] of chosen.entries()) {
      await tabTo(page, `input[name="question-${index + 1}"]`);
      await page.keyboard.press('Space');
      for (let step = 0; step < choice; step += 1) await page.keyboard.press('ArrowDown');
      expect(await page.locator(`input[name="question-${index + 1}"]:checked`).getAttribute('value')).toBe(String(choice));
    }
    // Nothing tells the answer before the check, not even to a screen reader.
    expect(await page.locator('form[data-quiz] input[aria-describedby], form[data-quiz] [data-explanation]:visible').count()).toBe(0);
    await tabTo(page, 'form[data-quiz] button[type="submit"]');
    await page.keyboard.press('Enter');

    // The score is announced; every question shows its explanations and the marks of the choices.
    const total = answers.length;
    await quizResult(page).filter({ hasText: `${total - 1} bonnes réponses sur ${total}` }).waitFor();
    expect(await quizResult(page).getAttribute('role')).toBe('status');
    expect(await quizResult(page).textContent()).toContain('Séquence marquée comme terminée');
    // Each answer reads « Bonne réponse » or « Pas tout à fait », with its explanation under it, and the right one's under it.
    const second = page.locator('form[data-quiz] fieldset').nth(1);
    const wrong = second.locator('.quiz__choice', { has: page.locator('[data-verdict="chosen-incorrect"]') });
    expect(await wrong.locator('[data-verdict]').textContent()).toBe('Pas tout à fait');
    expect(await wrong.locator('[data-explanation]').isVisible()).toBe(true);
    const right = second.locator('.quiz__choice', { has: page.locator('[data-verdict="missed-correct"]') });
    expect(await right.locator('[data-verdict]').textContent()).toBe('La bonne réponse');
    expect(await right.locator('[data-explanation]').isVisible()).toBe(true);
    expect(await second.locator('[data-explanation]:visible').count()).toBe(2);
    expect(await wrong.locator('input').getAttribute('aria-describedby')).toBe(await wrong.locator('[data-explanation]').getAttribute('id'));
    const first = page.locator('form[data-quiz] fieldset').first();
    expect(await first.locator('[data-verdict="chosen-correct"]').textContent()).toBe('Bonne réponse');
    expect(await second.locator('details').textContent()).toContain('Bonne réponse :');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Vérifier mes réponses' });

    // Later: the sequence is marked done in the module's navigation, and on the path.
    await page.reload();
    expect(await page.locator(`nav [data-progress-sequence="module-3/roles-des-acteurs"]`).textContent()).toBe(`Terminée, quiz\u00a0: ${total - 1} sur ${total}`);
    await page.goto(`${env.url}/parcours/`);
    expect(await page.locator('[data-progress-panel] [data-progress-module]').textContent()).toBe(`1 séquence terminée sur ${SEQUENCE_COUNT}`);
    expect(await page.locator('.path [data-progress-sequence="module-3/roles-des-acteurs"]').isVisible()).toBe(true);

    // Erasing asks first; cancelling keeps everything.
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer votre progression ?' });
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('[data-progress-panel] [data-progress-module]').textContent()).toBe(`1 séquence terminée sur ${SEQUENCE_COUNT}`);

    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await dialog.getByRole('button', { name: 'Effacer', exact: true }).click();
    // The dialog's close event comes in a later task: wait for the confirmation it triggers.
    await page.locator('[data-progress-reset-status]').filter({ hasText: 'Votre progression a été effacée.' }).waitFor();
    expect(await page.locator('[data-progress-panel] [data-progress-module]').textContent()).toBe(`Aucune séquence terminée sur ${SEQUENCE_COUNT}`);
    expect(await page.locator('.path [data-progress-sequence="module-3/roles-des-acteurs"]').isVisible()).toBe(false);
    await page.reload();
    expect(await page.locator('[data-progress-panel] [data-progress-module]').textContent()).toBe(`Aucune séquence terminée sur ${SEQUENCE_COUNT}`);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells a learner who skipped a question which one, and takes them there', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url + FIRST_SEQUENCE);
    await page.locator('input[name="question-1"]').first().check();
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await quizResult(page).filter({ hasText: 'Les questions 2 et 3 sont sans réponse' }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'question-2' });
    await page.close();
  });
});

describe('a learner following module 3 over two days, from a phone to the office computer', () => {
  const SECOND = '/parcours/module-3/trois-instruments/';
  const SECOND_ID = 'module-3/trois-instruments';

  it('finds the sequence and the answers of the day before, carries them to another browser by a link and by a file, and prints them', async () => {
    const origin = new URL(env.url).origin;
    await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await env.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = watchErrors(page);

    // Day one, on the phone, in a browser that kept nothing yet: the sequence opens with its outline and a way to its quiz.
    await page.goto(env.url + SECOND);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const outline = page.getByRole('navigation', { name: 'Sommaire de la séquence' });
    expect(await outline.isVisible()).toBe(true);
    const targets = await outline.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(targets).toContain('#testez-vous');
    for (const target of targets) expect(await page.locator(target).count()).toBe(1);
    const toQuiz = outline.getByRole('link', { name: 'Aller au quiz' });
    expect((await toQuiz.boundingBox())!.y).toBeLessThan(844);
    await toQuiz.click();
    await page.waitForURL((address) => address.hash === '#testez-vous');

    // One answer given, nothing checked yet, then the learner leaves.
    const answers = await rightAnswers(page);
    await page.locator('input[name="question-1"]').nth(answers[0]!).check();
    await page.close();

    // Day two: home, the path and the module offer to resume where the learner was.
    const later = await env.context.newPage();
    const resumeLabel = /^Reprendre\u00a0: module 3, séquence 2 — Les trois instruments/;
    await later.goto(env.url + '/');
    expect(await later.locator('resume-link a').textContent()).toMatch(resumeLabel);
    await later.goto(`${env.url}/parcours/`);
    expect(await later.locator('resume-link a').textContent()).toMatch(resumeLabel);
    await later.goto(`${env.url}/parcours/module-3/`);
    const resume = later.getByRole('link', { name: /^Reprendre\s: séquence 2 — Les trois instruments/ });
    expect(await later.getByRole('link', { name: 'Commencer par la séquence 1' }).count()).toBe(0);
    await resume.click();
    await later.waitForURL(`**${SECOND}`);
    expect(await later.locator('input[name="question-1"]').nth(answers[0]!).isChecked()).toBe(true);
    expect(await later.locator('[data-quiz-restored]').textContent()).toMatch(/^Vos réponses du \d+ \S+ \d{4} sont reprises/);

    // The rest of the quiz, checked: the sequence is done, and its answers print on the module sheet.
    for (const [index, choice] of answers.entries()) await later.locator(`input[name="question-${index + 1}"]`).nth(choice).check();
    await later.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await quizResult(later).filter({ hasText: 'bravo' }).waitFor();
    await later.goto(`${env.url}/parcours/module-3/fiche/`);
    const printed = later.locator(`sheet-quiz-results[sequence="${SECOND_ID}"] .sheet-quiz`);
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.locator('[data-score]').textContent()).toMatch(new RegExp(`${answers.length}\\sbonnes réponses sur ${answers.length}\\.$`));
    expect(await printed.locator('li strong').allTextContents()).toEqual(answers.map(() => 'Bonne réponse\u00a0:'));
    expect(await later.locator('sheet-quiz-results .sheet-quiz:visible').count()).toBe(1);
    expect(await axeViolations(later)).toEqual([]);

    // Carried as a link: copied on the phone, opened in another browser, added after a confirmation.
    await later.goto(`${env.url}/parcours/`);
    await later.getByRole('button', { name: 'Copier le lien de ma progression' }).click();
    await later.locator('[data-progress-carry-status]').filter({ hasText: 'Lien copié' }).waitFor();
    const link = await later.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe('/parcours/');
    const download = later.waitForEvent('download');
    await later.getByRole('button', { name: 'Télécharger le fichier' }).click();
    const file = await (await download).path();

    const office = await launchBrowser();
    try {
      const desk = await office.context.newPage();
      await desk.goto(link);
      const offer = desk.locator('[data-progress-import]');
      expect(await offer.textContent()).toContain('Ce lien apporte une progression\u00a0: 1 séquence terminée');
      await desk.getByRole('button', { name: 'Ajouter à ma progression' }).click();
      await desk.locator('[data-progress-carry-status]').filter({ hasText: 'Progression ajoutée' }).waitFor();
      expect(new URL(desk.url()).hash).toBe('');
      await desk.goto(`${env.url}/parcours/module-3/`);
      expect(await desk.locator('resume-link a').textContent()).toMatch(/^Reprendre\u00a0: séquence 3 — /);
      expect(await desk.locator(`[data-progress-sequence="${SECOND_ID}"]`).textContent()).toMatch(/^Terminée, quiz/);
      await desk.close();
    } finally {
      await office.close();
    }

    // Carried as a file: read back in a third browser.
    const laptop = await launchBrowser();
    try {
      const other = await laptop.context.newPage();
      await other.goto(`${env.url}/parcours/`);
      await other.getByLabel('Reprendre une progression téléchargée').setInputFiles(file!);
      await other.locator('[data-progress-carry-status]').filter({ hasText: 'Progression ajoutée' }).waitFor();
      expect(await other.locator('[data-progress-panel] [data-progress-module]').textContent()).toBe(`1 séquence terminée sur ${SEQUENCE_COUNT}`);
      await other.close();
    } finally {
      await laptop.close();
    }

    expect(errors).toEqual([]);
    await later.close();
  });

  it('prints the blank canvas the last exercise of module 3 asks to draw, on a landscape page of its own', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/parcours/module-3/fiche/`);
    const canvas = page.locator('.alliance-canvas');
    expect(await canvas.count()).toBe(1);
    expect(await canvas.locator('.alliance-canvas__cell').count()).toBe(10);
    expect(await canvas.locator('.alliance-canvas__name').allTextContents()).toEqual(expect.arrayContaining(['Gouvernance', 'Acteurs et leurs rôles', 'Ce que vous évaluerez']));
    await page.emulateMedia({ media: 'print' });
    expect(await canvas.evaluate((element) => getComputedStyle(element).page)).toBe('canevas');
    await page.goto(`${env.url}/parcours/module-1/fiche/`);
    expect(await page.locator('.alliance-canvas').count()).toBe(0);
    await page.close();
  });
});

describe('a sequence page without JavaScript', () => {
  it('still gives every answer and its explanation, in a disclosure, and says nothing of progress', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const page = await noScript.context.newPage();
    await page.goto(env.url + FIRST_SEQUENCE);
    const questions = page.locator('form[data-quiz] fieldset');
    expect(await questions.count()).toBeGreaterThan(0);
    expect(await page.locator('form[data-quiz] fieldset legend').count()).toBe(await questions.count());
    expect(await page.getByRole('button', { name: 'Vérifier mes réponses' }).isVisible()).toBe(false);

    const first = questions.first();
    expect(await first.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await first.locator('details').innerText()).toMatch(/Bonne réponse :/);

    await page.goto(`${env.url}/parcours/`);
    expect(await page.locator('[data-progress-panel]').isVisible()).toBe(false);
    expect(await page.locator('[data-progress-sequence]:visible').count()).toBe(0);
    await noScript.close();
  });
});

describe('a sequence page when the browser blocks storage', () => {
  it('scores the quiz and says the progress could not be kept, without any error', async () => {
    const blocked = await launchBrowser();
    await blocked.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    const page = await blocked.context.newPage();
    const errors = watchErrors(page);
    await page.goto(env.url + FIRST_SEQUENCE);
    for (const [index, choice] of (await rightAnswers(page)).entries()) {
      await page.locator(`input[name="question-${index + 1}"]`).nth(choice).check();
    }
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await quizResult(page).filter({ hasText: 'bravo' }).waitFor();
    expect(await quizResult(page).textContent()).toContain('n’a pas permis d’enregistrer votre progression');

    await page.goto(`${env.url}/parcours/`);
    expect(await page.locator('[data-progress-panel]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await blocked.close();
  });
});

describe('accessibility', () => {
  it('finds no WCAG 2.1 AA violation on a sequence page with its quiz answered', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url + FIRST_SEQUENCE);
    for (const [index] of (await rightAnswers(page)).entries()) {
      await page.locator(`input[name="question-${index + 1}"]`).first().check();
    }
    await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await quizResult(page).filter({ hasText: 'sur' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['/parcours/', '/parcours/module-3/', '/parcours/module-1/', '/parcours/module-3/fiche/'])('finds no violation on %s', async (path) => {
    const page = await env.context.newPage();
    await page.goto(env.url + path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the JavaScript budget', () => {
  /** Every script the page runs, inline or loaded (with the modules they import), gzip-compressed. */
  async function gzippedScriptBytes(path: string) {
    const page = await env.context.newPage();
    const loaded: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') loaded.push(response.body());
    });
    await page.goto(env.url + path, { waitUntil: 'networkidle' });
    // JSON-LD is data for search engines, not JavaScript: it does not count.
    const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (scripts) => scripts.map((script) => script.textContent ?? ''));
    const bodies = [...(await Promise.all(loaded)), ...inline.filter(Boolean).map((text) => Buffer.from(text))];
    await page.close();
    return bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  }

  it(`keeps a sequence page's JavaScript under ${JS_BUDGET_BYTES / 1024} KB compressed`, async () => {
    const bytes = await gzippedScriptBytes(FIRST_SEQUENCE);
    console.info(`JavaScript of ${FIRST_SEQUENCE}: ${bytes} bytes gzip`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(JS_BUDGET_BYTES);
  });

  it('ships no JavaScript on a case page', async () => {
    expect(await gzippedScriptBytes('/cas/agir-ensemble-charenton-saint-maurice/')).toBe(0);
  });
});
