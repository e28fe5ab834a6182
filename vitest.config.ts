import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, pure Node + real temp SQLite) and `e2e` (real UI in Debian Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'test/analytics/**/*.test.ts',
            'test/sample/**/*.test.ts',
            'test/services/**/*.test.ts',
            'test/db/**/*.test.ts',
            'test/api/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/engine/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/csv/**/*.test.ts',
            'test/crash/**/*.test.ts',
            'test/team/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A loaded CI machine can take seconds to re-run a preview job: polls wait as long as a locator does.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
