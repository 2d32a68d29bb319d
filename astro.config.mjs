import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentMarkdownProcessor } from './src/integrations/base-path-links.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteDirectives, styleAttributePolicy } from './src/lib/content-security-policy.ts';
import { siteConfig } from './src/lib/site-config.ts';

// Where the site is published: src/lib/site-config.ts (or PUBLIC_SITE_ORIGIN and PUBLIC_SITE_BASE at build time).
const { origin, base } = siteConfig;

export default defineConfig({
  site: origin,
  base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between tags written on separate lines:
  // « Marcilly-les-Brandes(collectivité » on screen, « TerritoireFranche-Comté » in the search index.
  compressHTML: true,
  // The sitemap lists every page (404 excluded by the integration); robots.txt (src/pages/robots.txt.ts) points to it.
  // No MDX integration: pages render their MDX text without compiling it (src/lib/mdx-render.ts).
  integrations: [contentGuard(), sitemap(), searchIndex(), previewImages()],
  // A Content-Security-Policy <meta> on every page: the hashes of the scripts and styles Astro emits, our directives,
  // and the style attributes of Markdown tables (src/lib/content-security-policy.ts; the search page adds what Pagefind needs).
  security: { csp: { directives: [...siteDirectives], styleDirective: styleAttributePolicy } },
  // Shiki colours code blocks with style attributes, which that policy refuses: code blocks stay plain.
  // Parsing is untouched (GFM and smart punctuation stay Astro's defaults, as the content checker reads them).
  markdown: {
    syntaxHighlight: false,
    // Content links from the site's root; under a base path they move under it. At `/`, Astro's default pipeline is left as it is.
    // Pages render their text with the same processor (src/lib/page-body.ts).
    ...(base !== '/' && { processor: contentMarkdownProcessor(base) }),
  },
  // Astro's cache (content store, pages of the previous build) belongs to this copy of the site, not to
  // node_modules, which the bench and the tests share between copies by a link; CI and deploy keep it.
  cacheDir: './.cache/astro/',
  // Several pages at once: while one page waits for its file to be written, the next one renders.
  build: { concurrency: 4 },
  experimental: {
    // A page whose code and cacheKey (src/lib/page-keys.ts) are those of the previous build is copied
    // from Astro's cache instead of rendered again.
    incrementalBuild: true,
  },
});
