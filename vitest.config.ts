import { configDefaults, defineConfig } from 'vitest/config';

// Unit and content tests; browser tests run apart (vitest.browser.config.ts), and so do
// the long tests of the fuzzed checker (*.long.test.ts, vitest.fuzz.config.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/browser/**', 'tests/**/*.long.test.ts'],
  },
});
