/**
 * Fill a Chamber database with the generated fictional archive (renderer/domain/archive).
 *
 *   npx tsx scripts/generate-archive.ts [--scale full|small] [--profile DIR] [--port 4173]
 *     In Chromium: builds the renderer, serves it on 127.0.0.1:PORT (the address `npm run web` uses), and loads
 *     the archive into the browser profile DIR. Open Chamber afterwards with the same profile and address:
 *     `PORT=4173 npm run web`, then `chromium --user-data-dir=DIR http://127.0.0.1:4173/`.
 *   npx tsx scripts/generate-archive.ts --node [--scale ...]
 *     In Node, into fake-indexeddb (in memory), for Node benchmarks: prints the counts and timings.
 *
 * The archive tools are bundled on their own (bench/archive-tools) and never ship in the app.
 */
// Node mode stores into fake-indexeddb; it only touches this process's globals, never the browser's.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fullArchive, smallArchive } from '../renderer/domain/archive';
import { toIsoDate } from '../renderer/domain/en-gb';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    profile: { type: 'string', default: join(tmpdir(), 'chamber-archive-profile') },
    port: { type: 'string', default: '4173' },
    node: { type: 'boolean', default: false },
  },
});
if (values.scale !== 'full' && values.scale !== 'small') {
  console.error(`--scale must be "full" or "small", not "${values.scale}".`);
  process.exit(2);
}
const options = { ...(values.scale === 'full' ? fullArchive : smallArchive), today: toIsoDate(new Date()) };

async function inNode(): Promise<void> {
  const { loadArchive } = await import('../bench/archive-tools/load-archive');
  const started = Date.now();
  const { counts, indexMs } = await loadArchive(options, (done) => process.stdout.write(`\rbatch ${done}`));
  console.log(
    `\nLoaded into fake-indexeddb in ${((Date.now() - started) / 1000).toFixed(1)} s (index ${indexMs.toFixed(0)} ms):`,
    counts,
  );
}

async function inChromium(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  const { chromiumPath } = await import('./system-deps.mjs');
  const { loadArchiveInBrowser } = await import('../bench/archive-tools/archive-in-browser');
  const profile = resolve(values.profile);
  await mkdir(profile, { recursive: true });
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  const port = Number(values.port);
  const server = await preview({
    configFile: 'vite.config.ts',
    preview: { port, host: '127.0.0.1', strictPort: true },
  });
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const started = Date.now();
    const { counts } = await loadArchiveInBrowser(page, `http://127.0.0.1:${port}/`, options);
    await context.close();
    console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s into ${profile}:`, counts);
  } finally {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

await (values.node ? inNode() : inChromium());
