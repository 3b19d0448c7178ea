import { defineConfig } from 'vitest/config';

// Document tests build real .docx files and read them back through LibreOffice (PDF) and poppler (text).
export default defineConfig({
  test: {
    include: ['tests/documents/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/documents/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
