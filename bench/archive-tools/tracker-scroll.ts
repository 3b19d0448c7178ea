/**
 * The action tracker's scroll alone, for diagnosis (the archive bench measures it among everything else):
 * `ARCHIVE_BENCH_PROFILE=DIR npx tsx bench/archive-tools/tracker-scroll.ts` in a worktree whose renderer is built
 * (`npx vite build`), against a COPY of a kept full archive. Prints the scroll's frames and the main thread's CPU
 * (as the archive bench does), then where that CPU went: each kind of trace event's own CPU summed over the scroll,
 * and the longest task's largest events. RUNS=n scrolls n times, each on a freshly loaded tracker. SHOT=FILE.png
 * then keeps a picture of the tracker with an action open and a cell of the next row focused by keyboard.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumPath } from '../../scripts/system-deps.mjs';
import { benchBrowserArgs } from './cold-start';
import { scrollFrames } from './ui-timing';

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

const profile = process.env.ARCHIVE_BENCH_PROFILE;
if (!profile) throw new Error('Set ARCHIVE_BENCH_PROFILE to a copy of a kept archive profile.');
const runs = Number(process.env.RUNS ?? 1);
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Each event's CPU less that of the events nested in it, summed by name (one thread's complete events). */
function selfByName(events: TraceEvent[]): Map<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const open: { end: number; event: TraceEvent; childCpu: number }[] = [];
  const close = (until: number) => {
    while (open.length && (open.at(-1)?.end ?? 0) <= until) {
      const done = open.pop();
      if (!done) break;
      const own = (done.event.tdur ?? 0) / 1000;
      totals.set(done.event.name, (totals.get(done.event.name) ?? 0) + own - done.childCpu);
      const parent = open.at(-1);
      if (parent) parent.childCpu += own;
    }
  };
  for (const event of sorted) {
    close(event.ts);
    open.push({ end: event.ts + (event.dur ?? 0), event, childCpu: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** PROFILE=1: the functions the page spent most samples in (build with --minify false for readable names). */
function printProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, at) => {
    const frame = byId.get(id);
    const name = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop() ?? ''}:${frame?.lineNumber ?? 0}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[at] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`  self time: ${top.map(([name, total]) => `${name} ${total.toFixed(0)}`).join('; ')}`);
}

async function main(): Promise<void> {
  const kept = JSON.parse(await readFile(join(profile ?? '', 'chamber-archive.json'), 'utf8')) as {
    port: number;
  };
  const server = await preview({
    configFile: 'vite.config.ts',
    preview: { port: kept.port, strictPort: true, host: '127.0.0.1' },
  });
  const origin = `http://127.0.0.1:${kept.port}/`;
  const context = await chromium.launchPersistentContext(profile ?? '', {
    executablePath: chromiumPath(),
    headless: true,
    args: benchBrowserArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (let run = 0; run < runs; run += 1) {
      // A fresh document each run: a second go to the same address would only keep the scrolled screen.
      await page.goto('about:blank');
      await page.goto(`${origin}#/actions`);
      await page.getByTestId('action-scroller').waitFor();
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on(
        'Tracing.dataCollected',
        (data: { value: unknown[] }) => void events.push(...(data.value as TraceEvent[])),
      );
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing',
        transferMode: 'ReportEvents',
      });
      if (process.env.PROFILE) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const frames = await scrollFrames(page, '[data-testid="action-scroller"]');
      if (process.env.PROFILE) printProfile((await cdp.send('Profiler.stop')).profile);
      const ended = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await ended;
      await cdp.detach();
      const main = events.find(
        (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      );
      const thread = events.filter(
        (event) => event.tid === main?.tid && event.pid === main?.pid && event.ph === 'X',
      );
      const tasks = thread.filter((event) => event.name === 'RunTask');
      const cpu = tasks.reduce((sum, task) => sum + (task.tdur ?? 0) / 1000, 0);
      const longest = tasks.reduce<TraceEvent | undefined>(
        (top, task) => ((task.tdur ?? 0) > (top?.tdur ?? -1) ? task : top),
        undefined,
      );
      console.log(
        `run ${run + 1}: longest frame ${ms(frames.longest)} (frame ${frames.at + 1} of ${frames.count}); main thread CPU: longest task ${ms((longest?.tdur ?? 0) / 1000)}, ${ms(cpu / frames.count)} a frame`,
      );
      const top = [...selfByName(thread)].sort((a, b) => b[1] - a[1]).slice(0, 12);
      console.log(
        `  own CPU by event, a frame: ${top.map(([name, total]) => `${name} ${(total / frames.count).toFixed(2)}`).join(', ')}`,
      );
      if (longest) {
        const inside = thread.filter(
          (event) => event.ts >= longest.ts && event.ts + (event.dur ?? 0) <= longest.ts + (longest.dur ?? 0),
        );
        const own = [...selfByName(inside)].sort((a, b) => b[1] - a[1]).slice(0, 10);
        console.log(
          `  longest task's own CPU by event: ${own.map(([name, total]) => `${name} ${total.toFixed(1)}`).join(', ')}`,
        );
      }
    }
    if (process.env.SHOT) {
      await page.goto('about:blank');
      await page.goto(`${origin}#/actions`);
      const rows = page.getByRole('grid', { name: 'Actions' }).getByRole('row');
      await rows.nth(2).click();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('region', { name: 'Action details' }).waitFor();
      await page.screenshot({ path: process.env.SHOT });
    }
  } finally {
    await context.close();
    await server.close();
  }
}

await main();
