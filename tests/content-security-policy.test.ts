/**
 * The Content-Security-Policy as the built pages carry it (src/lib/content-security-policy.ts,
 * written by Astro's security.csp): on every page, before anything it governs,
 * with no inline script allowed but the hashed ones Astro emits, and what
 * Pagefind needs on the search page only. tests/browser/content-security-policy.test.ts
 * proves in Chromium that the pages work under it and that an injected script does not run.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newFilePageSource, TABLE_ALIGNMENT_STYLES } from '../src/lib/content-security-policy.ts';
import { staticPaths } from '../src/lib/routes.ts';
import { htmlPages, urlOf } from './built-site.ts';

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

interface BuiltPage {
  url: string;
  html: string;
  /** Each directive's sources, by directive name. */
  policy: Map<string, string[]>;
}

const pages: BuiltPage[] = htmlPages.map((file) => {
  const html = readFileSync(file, 'utf8');
  const [meta] = [...html.matchAll(POLICY_META)];
  const directives = (meta?.[1] ?? '').split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name);
  return { url: urlOf(file), html, policy: new Map(directives.map(([name, ...sources]) => [name!, sources])) };
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Inline scripts the browser runs: a data block (type="application/json") is not one. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes!) && /^(?:\s+type="module")?\s*$/.test(attributes!))
    .map((match) => match[2]!);
const inlineStyles = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);

const isSearchPage = (page: BuiltPage) => page.url === staticPaths.search;
const problems = (check: (page: BuiltPage) => string | undefined) => pages.flatMap((page) => check(page) ?? []);

describe('the Content-Security-Policy of the built pages', () => {
  it('is on every page, once, before any script, style or stylesheet', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(problems((page) => {
      const metas = [...page.html.matchAll(POLICY_META)];
      if (metas.length !== 1) return `${page.url}: ${metas.length} policies`;
      // JSON-LD is data, not a script the policy governs: it may come first.
      const firstGoverned = page.html.search(/<script\b(?![^>]*type="application\/ld\+json")|<style\b|<link\b[^>]*rel="stylesheet"/);
      return firstGoverned !== -1 && firstGoverned < metas[0]!.index ? `${page.url}: a script or a style comes before the policy` : undefined;
    })).toEqual([]);
  });

  it('allows nothing from another site, no plugin, no <base>, and forms only to the site and GitHub’s new-file page', () => {
    expect(problems((page) => {
      const expected = { 'default-src': ["'self'"], 'object-src': ["'none'"], 'base-uri': ["'self'"], 'form-action': ["'self'", newFilePageSource] };
      const found = Object.fromEntries(Object.keys(expected).map((name) => [name, page.policy.get(name)]));
      return JSON.stringify(found) === JSON.stringify(expected) ? undefined : `${page.url}: ${JSON.stringify(found)}`;
    })).toEqual([]);
  });

  it('runs no inline script nor style but those of the build, each allowed by its hash', () => {
    const unsafe = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:'];
    expect(problems((page) => {
      const scriptSources = page.policy.get('script-src') ?? [];
      const styleSources = page.policy.get('style-src') ?? [];
      if (scriptSources[0] !== "'self'" || styleSources[0] !== "'self'") return `${page.url}: script-src ${scriptSources.join(' ')}; style-src ${styleSources.join(' ')}`;
      const allowedUnsafe = [...scriptSources, ...styleSources].filter((source) => unsafe.includes(source));
      if (allowedUnsafe.length > 0) return `${page.url}: allows ${allowedUnsafe.join(' ')}`;
      const unhashed = [...inlineScripts(page.html).filter((script) => !scriptSources.includes(sha256(script))), ...inlineStyles(page.html).filter((style) => !styleSources.includes(sha256(style)))];
      return unhashed.length > 0 ? `${page.url}: ${unhashed.length} inline script(s) or style(s) without their hash` : undefined;
    })).toEqual([]);
    // The check above has something to check: the module sheets print with an inline script, pages have inline styles.
    expect(pages.filter((page) => inlineScripts(page.html).length > 0).length).toBeGreaterThan(0);
    expect(pages.filter((page) => inlineStyles(page.html).length > 0).length).toBeGreaterThan(0);
  });

  it('allows no style attribute but the alignments of table columns, by their hash; code blocks are not coloured with them', () => {
    const alignments = TABLE_ALIGNMENT_STYLES.map(sha256);
    expect(problems((page) => {
      const attributeSources = page.policy.get('style-src-attr');
      if (JSON.stringify(attributeSources) !== JSON.stringify(["'unsafe-hashes'", ...alignments])) return `${page.url}: style-src-attr ${attributeSources?.join(' ')}`;
      const styles = [...page.html.matchAll(/<[a-z][^>]*\sstyle="([^"]*)"/gi)].map((match) => match[1]!).filter((style) => !TABLE_ALIGNMENT_STYLES.includes(style));
      return styles.length > 0 ? `${page.url}: style="${styles.join('", "')}"` : undefined;
    })).toEqual([]);
  });

  it('allows WebAssembly and a worker on the search page only', () => {
    const search = pages.find(isSearchPage)!;
    expect(search.policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(search.policy.get('worker-src')).toEqual(["'self'"]);
    expect(problems((page) => {
      if (isSearchPage(page)) return undefined;
      const workers = page.policy.get('worker-src')?.join(' ');
      const wasm = page.policy.get('script-src')?.includes("'wasm-unsafe-eval'");
      return workers === "'none'" && !wasm ? undefined : `${page.url}: worker-src ${workers}, wasm ${wasm}`;
    })).toEqual([]);
  });
});
