import { defineConfig } from 'vitest/config';

// every project's scratch directories live in one temporary directory removed after the run
const SCRATCH = 'test/support/scratch-tmpdir.ts';

// One project per kind of test, so `vitest run --project unit` stays fast while the
// full run also starts the real Neo4j and the real Chromium.
export default defineConfig({
  test: {
    // the skip summary comes last: its line ends `npm test` (which suites were skipped, and why)
    reporters: ['default', './test/support/skip-summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: [SCRATCH],
          include: ['packages/*/src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup: [SCRATCH],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'neo4j',
          include: ['test/neo4j/**/*.test.ts'],
          globalSetup: [SCRATCH, 'test/neo4j/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'viewer',
          globalSetup: [SCRATCH],
          include: ['test/viewer/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'exports',
          globalSetup: [SCRATCH],
          include: ['test/exports/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
