/**
 * Given the built site, the readers of issue 14: a company officer who read
 * the MOOC looks for testimonies by the kind of organisation that speaks and
 * for what « la triple confiance » means in practice; a rural councillor
 * browses alliances by kind of territory; anyone looks for who publishes the
 * site and how to reach the people behind a real alliance. Keyboard and axe
 * on each page they open.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, tabTo, useSiteInBrowser, watchErrors } from './support.ts';

const env = useSiteInBrowser();

describe('a company officer reading testimonies', () => {
  it('filters them by the type of organisation that speaks, without JavaScript, and reads on each card the factors it illustrates', async () => {
    const page = await env.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.url}/temoignages/`);
    const cards = page.locator('.actor-groups .card');
    const all = await cards.count();
    expect(all).toBeGreaterThan(10);
    // Every card names its factors, as the page promises.
    expect(await page.locator('.actor-groups .card:not(:has(.card__terms a[href^="/facteurs/"]))').count()).toBe(0);

    const filter = page.getByRole('navigation', { name: /filtrer par type d’acteur/ });
    const authorities = filter.getByRole('link', { name: /^Collectivités territoriales \(\d+\)$/ });
    const expected = Number(/\((\d+)\)/.exec((await authorities.textContent()) ?? '')?.[1]);
    await tabTo(page, authorities);
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => address.hash === '#acteur-collectivite');
    expect(await page.locator('.actor-groups .card:visible').count()).toBe(expected);
    expect(await page.getByRole('heading', { level: 2, name: /^Collectivités territoriales/ }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: /^Structures d.intérêt général/ }).isVisible()).toBe(false);

    await filter.getByRole('link', { name: /^Tous/ }).click();
    expect(await page.locator('.actor-groups .card:visible').count()).toBe(all);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads who speaks once: a role that names its organisation is not followed by it again', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/temoignages/`);
    const metas = (await page.locator('.actor-groups .card__meta').allTextContents()).map((meta) => meta.replace(/\s+/g, ' ').trim());
    expect(metas.find((meta) => meta.includes('CELAVAR'))).toMatch(/^Brigitte Giraud, présidente du CELAVAR · vers 2016$/);
    for (const meta of metas) {
      const [, who] = /^(?:Exemple fictif )?(.*?) ·/.exec(meta) ?? [];
      const parts = (who ?? '').split(', ').map((part) => part.toLowerCase());
      expect(new Set(parts).size, meta).toBe(parts.length);
    }
    expect(metas.filter((meta) => /vers \d{4}/.test(meta)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('learns what the triple confiance means, where the path teaches it, and how it played out in the real cases first', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/facteurs/confiance/`);
    const lesson = page.getByRole('region', { name: 'Comprendre' });
    expect(await lesson.locator('p').first().textContent()).toMatch(/confiance/);
    expect(await lesson.getByRole('link', { name: /^MOOC/ }).getAttribute('href')).toMatch(/^https:\/\//);
    const path = lesson.getByRole('link', { name: /^Apprendre avec le parcours/ });
    expect(await path.getAttribute('href')).toBe('/parcours/module-3/facteurs-cles-de-succes/');
    const cards = page.locator('#cas-lies ~ ul .card, section[aria-labelledby="cas-lies"] .card');
    const fictional = await cards.evaluateAll((items) => items.map((item) => item.classList.contains('is-fictional')));
    expect(fictional.indexOf(true) === -1 || fictional.slice(fictional.indexOf(true)).every(Boolean)).toBe(true);
    const realNotes = await page.locator('section[aria-labelledby="cas-lies"] .card:not(.is-fictional) .card__note').allTextContents();
    expect(realNotes.length).toBe(fictional.filter((value) => !value).length);
    for (const note of realNotes) expect(note).toMatch(/^Sur le terrain : \S/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a rural councillor browsing by kind of territory', () => {
  it('finds the rural alliances on their page, each sheet saying its kind of territory', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/types-de-territoire/`);
    // The term list and the chart's bar both lead to the term's page.
    const rural = page.getByRole('link', { name: 'Rural', exact: true });
    expect(await rural.count()).toBeGreaterThan(0);
    await rural.first().click();
    await page.waitForURL('**/types-de-territoire/rural/');
    expect(await page.locator('.lead').textContent()).toMatch(/peu dense/);
    expect(await page.locator('p.muted', { hasText: 'Source de cette catégorie' }).textContent()).toMatch(/Insee/);
    const first = page.locator('section[aria-labelledby="cas-lies"] .card__title a').first();
    await first.click();
    expect(await page.locator('.facts dt', { hasText: 'Type de territoire' }).count()).toBe(1);
    expect(await page.locator('.facts dd a[href="/types-de-territoire/rural/"]').count()).toBe(1);
    await page.close();
  });
});

describe('a reader who wants to know who is behind the site and the alliances', () => {
  it('finds the publisher, a way to write that needs no server, the licences and the legal notice', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/a-propos/`);
    for (const heading of ['Qui publie ce site', 'Nous écrire', 'Licences', 'Mentions légales']) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).count()).toBe(1);
    }
    const contact = page.getByRole('link', { name: /formulaire « Nous écrire »/ }).first();
    expect(await contact.getAttribute('href')).toMatch(/^https:\/\/github\.com\/.+\/issues\/new\?template=nous-ecrire\.yml$/);
    expect(await page.locator('.legal').textContent()).toMatch(/Hébergement.*GitHub/s);
    expect(await page.getByRole('link', { name: /CC BY-SA 4\.0/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /Licence Ouverte/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reaches the people behind a real alliance from its sheet, and an organisation from its page', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/cas/mauleon-territoire-zero-chomeur/`);
    const contacts = page.locator('.facts dd', { has: page.locator('a', { hasText: 'Site officiel' }) });
    expect(await page.locator('.facts dt', { hasText: 'Contacter les porteurs' }).count()).toBe(1);
    for (const href of await contacts.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) expect(href).toMatch(/^https:\/\//);
    await page.goto(`${env.url}/pionniers/le-rameau/`);
    expect(await page.getByRole('link', { name: 'Site officiel de Le RAMEAU' }).getAttribute('href')).toBe('https://www.lerameau.fr');
    // An invented alliance offers no way to reach anyone.
    await page.goto(`${env.url}/cas/argoat-et-landes-mobilite-vers-l-emploi/`);
    expect(await page.locator('.facts dt', { hasText: 'Contacter les porteurs' }).count()).toBe(0);
    await page.close();
  });

  it('reads « État » with its capital where an alliance was launched by the State or a public operator', async () => {
    const page = await env.context.newPage();
    await page.goto(`${env.url}/cas/creuse-aidants-numeriques-de-proximite/`);
    expect(await page.locator('.facts').textContent()).toContain('(État et opérateurs publics)');
    expect(await page.locator('body').textContent()).not.toMatch(/\bétat et opérateurs publics/);
    await page.close();
  });
});
