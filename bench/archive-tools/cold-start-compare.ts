/**
 * Cold start, build against build, on the kept archive profile:
 * `npx tsx bench/archive-tools/cold-start-compare.ts PROFILE_DIR BUILD_DIR... [raw]`
 * Each run restarts Chromium and times navigation to the first frame drawn with a meeting row, exactly as the
 * archive benchmark does; the builds (made with `vite build --outDir DIR`) and `raw` (the raw IndexedDB
 * baseline page) take turns, so a busy machine slows each alike. Prints every figure, the medians and the load.
 * RUNS=n (5), WARM=1 opens each build twice first so its starts use the V8 code cache as a clerk's do,
 * KEEP_ASSETS=0 serves the scripts as Vite's preview does (checked again on every load, so never from the
 * code cache), SETTLE=0 navigates as soon as Chromium has started, CODE_CACHE=off starts Chromium with the code
 * cache off, TRACE=1 prints where each start's time went (bench/archive-tools/cold-start-trace.ts).
 * Run it under the benchmark lock: `flock /tmp/chamber-bench.lock npx tsx ...`.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import {
  keptAssetsPlugin,
  launchOn,
  openedBefore,
  rawBaselinePath,
  rawBaselinePlugin,
  timeColdStart,
  whenBrowserSettled,
} from './cold-start';
import { traceColdStart } from './cold-start-trace';

const [profile, ...targets] = process.argv.slice(2);
if (!profile || targets.length === 0)
  throw new Error('Give the kept archive profile, then one or more build folders (or "raw").');
const runs = Number(process.env.RUNS ?? 5);
const extraArgs = process.env.CODE_CACHE === 'off' ? ['--v8-cache-options=none'] : [];
// The archive's IndexedDB belongs to the origin it was made on, port included.
const { port } = JSON.parse(await readFile(join(profile, 'chamber-archive.json'), 'utf8')) as {
  port: number;
};
const origin = `http://127.0.0.1:${port}/`;
const anyBuild = targets.find((target) => target !== 'raw') ?? 'dist/renderer';
// Filled in once found (below); the raw page is made from it.
const chosen: { committeeId?: string } = {};

async function serving<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const server = await preview({
    configFile: 'vite.config.ts',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    plugins: [
      rawBaselinePlugin(() => chosen.committeeId),
      ...(process.env.KEEP_ASSETS === '0' ? [] : [keptAssetsPlugin()]),
    ],
    logLevel: 'warn',
  });
  try {
    return await work();
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

const load = () => loadavg()[0]?.toFixed(1) ?? '?';

// Which committee to open, found in a browser session of its own so no timed start finds IndexedDB open.
chosen.committeeId = await serving(anyBuild, async () => {
  const { context, page } = await launchOn(profile, extraArgs);
  try {
    await page.goto(`${origin}${rawBaselinePath}`);
    return await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('chamber');
          open.onsuccess = () => {
            const get = open.result.transaction('committees').objectStore('committees').getAll(null, 1);
            get.onsuccess = () => resolve((get.result[0] as { id: string }).id);
          };
        }),
    );
  } finally {
    await context.close();
  }
});
const url = (target: string) =>
  target === 'raw' ? `${origin}${rawBaselinePath}` : `${origin}#/committees/${chosen.committeeId}`;

if (process.env.WARM === '1')
  for (const target of targets.filter((each) => each !== 'raw'))
    await serving(target, async () => {
      const { context, page } = await launchOn(profile, extraArgs);
      await openedBefore(page, url(target), 'table[aria-label="Meetings"] tbody tr');
      await context.close();
    });

const figures = new Map<string, number[]>(targets.map((target) => [target, []]));
for (let run = 1; run <= runs; run += 1)
  for (const target of targets)
    await serving(target === 'raw' ? anyBuild : target, async () => {
      const { context, page } = await launchOn(profile, extraArgs);
      try {
        const settledMs = process.env.SETTLE === '0' ? 0 : await whenBrowserSettled(profile);
        const trace = process.env.TRACE === '1' ? await traceColdStart(page) : undefined;
        const ms = await timeColdStart(page, url(target));
        figures.get(target)?.push(ms);
        console.log(
          `run ${run} ${target}: ${ms.toFixed(0)} ms (1-minute load ${load()}; browser settled after ${settledMs} ms)`,
        );
        if (trace) console.log((await trace()).map((line) => `    ${line}`).join('\n'));
      } finally {
        await context.close();
      }
    });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
for (const [target, values] of figures)
  console.log(
    `${target}: median ${median(values).toFixed(0)} ms, ${values.map((value) => value.toFixed(0)).join(' / ')}`,
  );
console.log(
  `Load at the end: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')}`,
);
