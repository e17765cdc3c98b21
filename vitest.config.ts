import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three projects:
 * - unit: pure code, Dexie over fake-indexeddb, fakeBrowser, React components (happy-dom);
 * - server: the sync endpoint and sync engine against the real server (PGlite / Postgres);
 * - e2e: the built extension in real headless Chromium (see tests/e2e/harness).
 */
/**
 * Vitest's default is one worker fewer than the cores: a single worker on the 2-core machines
 * `npm test` runs on, which leaves a core idle while tests wait on IndexedDB, PGlite,
 * PostgreSQL or child processes. Two workers there: unit 152 s → 99 s and server 175 s →
 * 117 s, measured on a quiet machine.
 */
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'entrypoints/**/*.test.ts',
            'components/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'tests/integration/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup/unit.ts'],
          environment: 'node',
          // Worker threads start faster than forks: 116 s instead of 175 s for this project on
          // the 2-core machine, which keeps `npm test` inside its 10 minutes.
          pool: 'threads',
          maxWorkers: workers,
          testTimeout: 20_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'tests/sync/**/*.test.ts'],
          setupFiles: ['tests/setup/unit.ts'],
          environment: 'node',
          maxWorkers: workers,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
