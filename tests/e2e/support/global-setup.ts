import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { chromiumPath } from '../../../scripts/system-deps.mjs';

let server: PreviewServer | undefined;
let outDir: string | undefined;

/**
 * Build the renderer once and serve it on localhost, as `npm run web` does, for every end-to-end test. The build
 * goes to a folder of this run's own, so two runs at once (a second `npm test` for a load check, or a bench)
 * never empty each other's build mid-test.
 */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${chromiumPath()}: apt-get install -y chromium`,
    );
  }
  outDir = mkdtempSync(join(tmpdir(), 'chamber-e2e-build-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn', '--outDir', outDir],
    { stdio: 'inherit' },
  );
  server = await preview({
    configFile: 'vite.config.ts',
    build: { outDir: resolve(outDir) },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not start.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((done) => (server ? server.httpServer.close(() => done()) : done()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}
