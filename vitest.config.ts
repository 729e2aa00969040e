import { configDefaults, defineConfig } from 'vitest/config';

// Two projects in one `vitest run` (npm test sums them into one "N passed, N failed" line):
// unit — everything under test/ except the browser suites;
// e2e  — test/e2e: builds the site once (global setup), serves it on 127.0.0.1, drives Chromium.
//        One file at a time: each file runs one Chromium, and CI has two cores.
export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
