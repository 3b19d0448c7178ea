import { defineConfig } from 'vitest/config';

// `npm run screenshots`: every screen in Debian's Chromium at two window sizes, into docs/screens. Not a test
// run (it asserts nothing but that each screen appears); the README shows the main pictures.
export default defineConfig({
  test: {
    include: ['tests/screenshots/**/*.screens.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
