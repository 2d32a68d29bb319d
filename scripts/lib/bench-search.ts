/**
 * What the search page costs a reader, measured in Chromium on a built site:
 * bytes until the page is ready with its filter counts, bytes and time of a
 * first query typed in the field, and how much the layout shifts on load.
 *
 * Bytes are what a static host sends: text (HTML, CSS, JS, JSON, SVG)
 * gzip-compressed at level 6, Pagefind's index files as they are (Pagefind
 * compresses them itself).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser, serveDist } from './browser.ts';
import { staticPaths } from '../../src/lib/routes.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;

export interface SearchFigures {
  /** Compressed bytes until the page shows its filter counts. */
  readyBytes: number;
  /** Compressed bytes the first query adds. */
  queryBytes: number;
  /**
   * From the last keystroke to the first result on screen, for each of `FIRST_RESULT_RUNS`
   * pages that type the query, sorted: one run on these shared machines varies by half.
   */
  firstResultMs: number[];
  /** What the status line said after the query. */
  status: string;
  /** Cumulative layout shift of the page loading, without and with a query in its URL (slow phone: CPU ÷4, slow 4G). */
  layoutShift: { empty: number; withQuery: number };
}

async function transferredBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = (await response.headerValue('content-type')) ?? '';
  return COMPRESSIBLE.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
}

/** Counts the bytes of every response from now on; `take()` waits for the network to settle and returns the sum so far. */
function byteCounter(page: Page) {
  let pending: Promise<number>[] = [];
  page.on('response', (response) => pending.push(transferredBytes(response)));
  return {
    async take(): Promise<number> {
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(pending);
      pending = [];
      return sizes.reduce((sum, size) => sum + size, 0);
    },
  };
}

/** Resolves once the search has settled: counts written, results region no longer busy. */
const searchSettled = (page: Page) => page.waitForSelector('[data-results-region]:not([aria-busy])', { state: 'attached' });

/** Layout shifts of a page load on a slow phone, as Lighthouse's mobile run sees them. */
async function layoutShiftOf(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await searchSettled(page);
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  await cdp.detach();
  return shifts;
}

/** How many times the first query is typed, each in a page of its own. */
const FIRST_RESULT_RUNS = 7;

/** Types the query as a reader types it; resolves with the time from the last keystroke to the first result on screen. */
async function typeQuery(page: Page, word: string): Promise<number> {
  const firstResult = page.evaluate(() => new Promise<number>((resolve) => {
    let lastKey = 0;
    document.querySelector('form[data-search] input[name="q"]')!.addEventListener('input', () => (lastKey = performance.now()));
    const list = document.querySelector('[data-results]')!;
    new MutationObserver((_, observer) => {
      if (list.children.length > 0) {
        observer.disconnect();
        resolve(performance.now() - lastKey);
      }
    }).observe(list, { childList: true });
  }));
  // Settled below; if typing fails first, its error is the one to report.
  firstResult.catch(() => undefined);
  await page.locator('form[data-search] input[name="q"]').pressSequentially(word);
  return firstResult;
}

export async function measureSearch(dist: string, word: string): Promise<SearchFigures> {
  const server = await serveDist(dist);
  const session = await launchBrowser();
  try {
    const page = await session.context.newPage();
    const bytes = byteCounter(page);
    await page.goto(`${server.url}${staticPaths.search}`);
    await searchSettled(page);
    const readyBytes = await bytes.take();

    const firstResultMs = [await typeQuery(page, word)];
    await page.waitForFunction(() => new URLSearchParams(location.search).has('q'));
    await searchSettled(page);
    const queryBytes = await bytes.take();
    const status = (await page.locator('[data-status]').textContent())?.trim() ?? '';
    // The same query again, each time in a new page, for a median rather than one draw.
    for (let run = 1; run < FIRST_RESULT_RUNS; run++) {
      const again = await session.context.newPage();
      await again.goto(`${server.url}${staticPaths.search}`);
      await searchSettled(again);
      await again.waitForLoadState('networkidle');
      firstResultMs.push(await typeQuery(again, word));
      await again.close();
    }
    firstResultMs.sort((a, b) => a - b);

    const layoutShift = {
      empty: await layoutShiftOf(await session.context.newPage(), `${server.url}${staticPaths.search}`),
      withQuery: await layoutShiftOf(await session.context.newPage(), `${server.url}${staticPaths.search}?q=${encodeURIComponent(word)}`),
    };
    return { readyBytes, queryBytes, firstResultMs, status, layoutShift };
  } finally {
    await session.close();
    await server.close();
  }
}
