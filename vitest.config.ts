import { configDefaults, defineConfig } from 'vitest/config';

// Unit and content tests; browser tests run apart (vitest.browser.config.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    // Some tests run the CLIs in a child Node process: a busy 2-core machine takes seconds to start one.
    testTimeout: 30_000,
  },
});
