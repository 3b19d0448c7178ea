import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { chromiumPath } from '../../../scripts/system-deps.mjs';

let server: PreviewServer | undefined;

/** Build the renderer once and serve it on localhost, as `npm run web` does, for every end-to-end test. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${chromiumPath()}: apt-get install -y chromium`,
    );
  }
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  server = await preview({
    configFile: 'vite.config.ts',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not start.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
}

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}
