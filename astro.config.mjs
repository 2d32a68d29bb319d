import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { basePathLinks } from './src/integrations/base-path-links.ts';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { RENDERER_FEATURES } from './src/lib/checks/engine/markdown-body.ts';
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
  integrations: [contentGuard(), mdx(), sitemap(), searchIndex()],
  // A Content-Security-Policy <meta> on every page: the hashes of the scripts and styles Astro emits, our directives,
  // and the style attributes of Markdown tables (src/lib/content-security-policy.ts; the search page adds what Pagefind needs).
  security: { csp: { directives: [...siteDirectives], styleDirective: styleAttributePolicy } },
  // Shiki colours code blocks with style attributes, which that policy refuses: code blocks stay plain.
  // Parsing is untouched (GFM and smart punctuation stay Astro's defaults, as the content checker reads them).
  markdown: {
    syntaxHighlight: false,
    // Content links from the site's root; under a base path they move under it. At `/`, Astro's default pipeline is left as it is.
    ...(base !== '/' && { processor: satteri({ features: RENDERER_FEATURES, hastPlugins: [basePathLinks(base)] }) }),
  },
});
