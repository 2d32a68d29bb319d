import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the checker's property tests, long (tests/checks/fuzz/settings.ts), from a new seed each time.
export default defineConfig({
  test: {
    include: ['tests/checks/fuzz/**/*.test.ts'],
    environment: 'node',
    env: { FUZZ: 'long' },
  },
});
