import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteDirectives, styleAttributePolicy } from './src/lib/content-security-policy.ts';

export default defineConfig({
  site: 'https://alliances-en-territoires.example.org',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between tags written on separate lines:
  // « Marcilly-les-Brandes(collectivité » on screen, « TerritoireFranche-Comté » in the search index.
  compressHTML: true,
  integrations: [contentGuard(), mdx(), searchIndex()],
  // A Content-Security-Policy <meta> on every page: the hashes of the scripts and styles Astro emits, our directives,
  // and the style attributes of Markdown tables (src/lib/content-security-policy.ts; the search page adds what Pagefind needs).
  security: { csp: { directives: [...siteDirectives], styleDirective: styleAttributePolicy } },
  // Shiki colours code blocks with style attributes, which that policy refuses: code blocks stay plain.
  // Parsing is untouched (GFM and smart punctuation stay Astro's defaults, as the content checker reads them).
  markdown: { syntaxHighlight: false },
});
