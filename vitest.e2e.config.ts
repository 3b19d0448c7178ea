import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built renderer served on localhost.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/e2e/support/close-after-each.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits this long by default (vitest's own default is one second): CI runs beside other work.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
