/**
 * What every browser test needs besides the served site and the browser
 * (scripts/lib/browser.ts): one site and one browser per test file, an
 * axe-core scan, the errors a page logs, and keyboard navigation.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveDist, type BrowserSession } from '../../scripts/lib/browser.ts';

/** Collects console errors and failed requests of a page, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cut short by the next navigation (net::ERR_ABORTED) is the browser's doing, not a broken resource.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return errors;
}

/** A `securitypolicyviolation` event, as a page reported it. */
export interface CspViolation { page: string; directive: string; blocked: string; sample: string }

/**
 * Records every Content-Security-Policy violation of every page the context opens
 * (the listener is installed before any script of the page runs); read them with `cspViolations`.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const recorded: unknown[] = [];
    Object.defineProperty(window, '__cspViolations', { value: recorded });
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.push({ page: location.pathname + location.search, directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

/** The violations a page recorded so far (see `recordCspViolations`). */
export const cspViolations = (page: Page): Promise<CspViolation[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/** Runs axe-core with the WCAG 2.1 A and AA rules and returns the violations, each with its failing nodes. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the browser's debugging protocol: an inline <script> would be refused by the page's Content-Security-Policy.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** The built site and a fresh browser for the tests of one file, ready before the first test and closed after the last. */
export interface SiteInBrowser {
  /** The address of the served site, e.g. http://127.0.0.1:40123 */
  url: string;
  context: BrowserContext;
  /** Requests a page tried to send to another site: blocked, and listed here so a test can require none. */
  offsiteRequests: string[];
  /** Closes the browser and opens it again on the same profile, its storage intact, as a reader coming back would; `context` is then the new one. */
  restartBrowser: () => Promise<void>;
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function useSiteInBrowser(): SiteInBrowser {
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  let session: BrowserSession | undefined;
  let profile = '';
  const open = async () => {
    session = await launchBrowser({ profile });
    env.context = session.context;
    // The site promises that no request leaves it: anything else is blocked and recorded.
    await session.context.route((url) => url.protocol.startsWith('http') && !isLoopback(url), (route) => {
      env.offsiteRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
  };
  const env = {
    offsiteRequests: [] as string[],
    restartBrowser: async () => {
      await session?.close();
      await open();
    },
  } as SiteInBrowser;
  beforeAll(async () => {
    site = await serveDist();
    env.url = site.url;
    profile = await mkdtemp(join(tmpdir(), 'alliances-chromium-'));
    await open();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });
  return env;
}

/** Presses Tab until the target (a selector, or one element) has the focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, target: string | Locator, maxPresses = 200): Promise<void> {
  const isFocused = () =>
    typeof target === 'string'
      ? page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target)
      : target.evaluate((element) => element === document.activeElement);
  for (let press = 0; press < maxPresses; press += 1) {
    if (await isFocused()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} was never reached with Tab`);
}

/**
 * The contribution form, in a new page of the context: empty unless `keepDraft`, since the form keeps its
 * draft in the browser and another test may have left one.
 */
export async function openContributionForm(context: BrowserContext, siteUrl: string, { keepDraft = false } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${siteUrl}/contribuer/`);
  if (!keepDraft) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  return { page, errors };
}
