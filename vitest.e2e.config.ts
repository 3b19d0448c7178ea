import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built renderer served on localhost.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/e2e/support/close-after-each.ts'],
    // A test is a clerk's whole errand: its steps wait for what the clerk sees, and this is only the cap. Beside
    // other work (CI at a load of 12 on 2 cores) the longest took 100-111 s, so the cap is well clear of that.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two files at once, each with its own Chromium, profiles and LibreOffice profile (nothing is shared but the
    // preview server). One at a time left a third of two cores idle while a test waited on its browser: the suite
    // took 1120 s alone, 700 s two at a time, every test passing (7 Dec, 2 x Xeon).
    fileParallelism: true,
    maxWorkers: 2,
    // expect.poll waits this long by default (vitest's own default is one second): CI runs beside other work.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
