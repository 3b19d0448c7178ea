import { defineConfig } from 'vitest/config';

// Document tests build real .docx files and read them back through LibreOffice (PDF) and poppler (text).
export default defineConfig({
  test: {
    include: ['tests/documents/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/documents/support/global-setup.ts'],
    // Only a cap: at a load of 12 on 2 cores the longest (every published Word file through LibreOffice) took 68 s.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
});
