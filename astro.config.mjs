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
});
