import { defineConfig } from 'vitest/config';

// The packaging check: electron-builder makes the unpacked Linux app offline (a stub stands in for the Electron
// binary) and the tests look inside its app.asar. Slow-ish (a real renderer build), so a suite of its own.
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
