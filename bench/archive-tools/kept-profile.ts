import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export type KeptProfileServer = { server: PreviewServer; origin: string; close: () => Promise<void> };

/**
 * Serve the built renderer for a kept archive profile, on the port the archive was made on: its IndexedDB
 * belongs to that origin, port included (bench/archive.ts notes it). RENDERER_OUT serves a build made elsewhere
 * (`vite build --outDir DIR`), so profiling never disturbs the dist/renderer the end-to-end tests use.
 */
export async function serveKeptProfile(profileDir: string): Promise<KeptProfileServer> {
  const { port } = JSON.parse(await readFile(join(profileDir, 'chamber-archive.json'), 'utf8')) as {
    port: number;
  };
  const outDir = process.env.RENDERER_OUT;
  const server = await preview({
    configFile: 'vite.config.ts',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return {
    server,
    origin: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
