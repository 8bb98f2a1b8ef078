import { defineConfig } from 'vitest/config';

/**
 * The tests of what commands do on a given day. They run a second and a third
 * time with the clock of every process moved years back and ahead
 * (`test/helpers/shifted-clock.mjs`): they pass only if no test depends on the
 * day the suite is run.
 */
const DATE_DEPENDENT = ['test/clock.test.ts', 'test/cycle.test.ts', 'test/scaffold.test.ts', 'test/status.test.ts', 'test/history.test.ts', 'test/demo.test.ts'];
/** Around a new year and a summer-time change, far from the dates of the fixtures. */
const SHIFTED_CLOCKS = ['2020-01-01T23:30:00Z', '2040-03-25T01:30:00Z'];

export default defineConfig({
  test: {
    setupFiles: ['test/helpers/setup.ts'],
    // End-to-end tests spawn the built CLI and git; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // `vitest run --coverage` (npm test): v8 coverage of src/ as the test process runs it. The
    // end-to-end tests run the built CLI in child processes, which this does not see.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      reportsDirectory: 'coverage',
      // The summary is printed even when a test fails, so a red run still says what it covered.
      reportOnFailure: true,
    },
    projects: [
      { extends: true, test: { name: 'etat', include: ['test/**/*.test.ts'] } },
      ...SHIFTED_CLOCKS.map((now) => ({
        extends: true as const,
        test: { name: `clock-${now.slice(0, 4)}`, include: DATE_DEPENDENT, env: { ETAT_TEST_NOW: now } },
      })),
    ],
  },
});
