import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // jieba is a process-wide native singleton: forks keep each test file in its own process.
    pool: 'forks',
    // A private TMPDIR for the run, removed at the end: tests leave no temporary folders behind.
    globalSetup: ['tests/global-tmp.ts'],
  },
});
