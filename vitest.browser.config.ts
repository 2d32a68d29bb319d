import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's chromium against the built site (dist/); run through `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
