/**
 * The Content-Security-Policy of every page. Astro's `security.csp`
 * (astro.config.mjs) writes it in a <meta> at the top of each page's <head>,
 * with `script-src` and `style-src` limited to the site's own files and the
 * hashes of the inline scripts and styles Astro emits: a <script> or an
 * `on…=` attribute slipped into a page past the content checker does not run.
 * These are the directives it adds, for every page and for the search page.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';
import { repositoryUrl } from './site-config.ts';

/** GitHub's "create a file" page of the content repository, where the contribution form proposes a case. */
export const newFilePageSource = `${repositoryUrl}/new/`;

/** On every page: nothing from another site, no plugin, no <base> to divert links, forms only to the site and to GitHub's new-file page. */
export const siteDirectives = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self' ${newFilePageSource}`,
] as const;

/**
 * The only style attributes a page may carry: Markdown tables align their
 * columns with them (`|:--|--:|` → style="text-align: left" in a .md page,
 * style="text-align:left" in an .mdx page, which Astro's JSX writes). The
 * policy allows these by their hash ('unsafe-hashes' in style-src-attr), and
 * no other style attribute.
 */
export const TABLE_ALIGNMENT_STYLES: readonly string[] = ['left', 'center', 'right'].flatMap((side) => [`text-align: ${side}`, `text-align:${side}`]);

/** The style-src-attr of every page (astro.config.mjs): those hashes, and 'unsafe-hashes' to let them apply to attributes. */
export const styleAttributePolicy = {
  resources: [{ resource: "'unsafe-hashes'", kind: 'attribute' }],
  hashes: TABLE_ALIGNMENT_STYLES.map((style) => ({ hash: `sha256-${createHash('sha256').update(style).digest('base64')}` as const, kind: 'attribute' })),
} as const;

/**
 * What Pagefind needs, on the search page only: compiling its WebAssembly
 * (`'wasm-unsafe-eval'`, with the site's own scripts, which Astro stops
 * allowing once a page names its script sources) and its worker, a file of
 * the site (/pagefind/pagefind-worker.js).
 */
const searchScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Workers: the search page's, and none anywhere else. */
const workerDirective = (runsSearch: boolean) => (runsSearch ? "worker-src 'self'" : "worker-src 'none'");

/** Adds a page's own directives to the policy Astro writes (undefined in `astro dev`, which writes none). */
export function addPageDirectives(csp: AstroGlobal['csp'], { runsSearch }: { runsSearch: boolean }): void {
  if (!csp) return;
  csp.insertDirective(workerDirective(runsSearch));
  if (runsSearch) for (const source of searchScriptSources) csp.insertScriptResource(source);
}
