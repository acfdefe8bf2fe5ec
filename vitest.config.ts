import { defineConfig } from 'vitest/config';

// Unit, database and connector tests run on Node. Browser tests live in tests/e2e and run under
// Playwright (playwright.config.ts), never under vitest.
export default defineConfig({
  test: {
    include: ['tests/{unit,db,connectors}/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
