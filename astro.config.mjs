import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: 'https://alliances-en-territoires.example.org',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between tags written on separate lines:
  // « Marcilly-les-Brandes(collectivité » on screen, « TerritoireFranche-Comté » in the search index.
  compressHTML: true,
  integrations: [contentGuard(), searchIndex()],
  // Astro's cache (content store, pages of the previous build) belongs to this copy of the site, not to
  // node_modules, which the bench and the tests share between copies by a link; CI and deploy keep it.
  cacheDir: './.cache/astro/',
  experimental: {
    // A page whose code and cacheKey (src/lib/page-keys.ts) are those of the previous build is copied
    // from Astro's cache instead of rendered again.
    incrementalBuild: true,
  },
});
