import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { largestRendererRss, renderersCpuMs, samplePeakRenderer } from './memory';
import { startWorkerProfile } from './worker-profile';

export type ClickRun = {
  /** From the click on the button (the event's own time in the page) to the file complete on disk. */
  ms: number;
  bytes: number;
  /** The longest wait between two frames the page drew while the document was made. */
  longestFrameMs: number;
  /**
   * The longest task the page's own thread ran meanwhile (Chromium's long tasks: 50 ms or more; 0 when none).
   * A frame can wait on a loaded machine with no long task on the page's thread: the processes scheduled in its
   * place are not the app's.
   */
  longestTaskMs: number;
  /** How long the progress bar showed its last step before the file was on disk (0 when it never did). */
  lastStepMs: number;
  /** The page's renderer process at its largest during the run (resident memory, MB). */
  rendererPeakMb: number;
  /** The CPU the app's renderers (page and workers) used from just before the click to the file on disk, ms. */
  rendererCpuMs: number;
};

type Probe = { clickAt: number; longest: number; longestTask: number; lastStepAt: number; stop: boolean };

/**
 * Watches the page from the click: the click's time (epoch ms, from the event), the longest gap between frames
 * and when the progress text first said "step N of N". Installed before each click, read after the download.
 */
function installProbe(): void {
  const w = window as unknown as { __clickProbe?: Probe };
  const probe: Probe = { clickAt: 0, longest: 0, longestTask: 0, lastStepAt: 0, stop: false };
  w.__clickProbe = probe;
  document.addEventListener(
    'click',
    (event) => {
      probe.clickAt = performance.timeOrigin + event.timeStamp;
      new PerformanceObserver((list) => {
        if (probe.stop) return;
        for (const entry of list.getEntries())
          probe.longestTask = Math.max(probe.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const frame = (now: number): void => {
        if (probe.stop) return;
        probe.longest = Math.max(probe.longest, now - last);
        last = now;
        if (!probe.lastStepAt) {
          const status = [...document.querySelectorAll('[role="status"]')].map(
            (node) => node.textContent ?? '',
          );
          const step = status.map((text) => /step (\d+) of (\d+)/.exec(text)).find(Boolean);
          if (step && step[1] === step[2]) probe.lastStepAt = performance.timeOrigin + now;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { capture: true, once: true },
  );
}

/**
 * BENCH_PROFILE=folder writes, for each click, a CPU profile of the page's thread (click-*.cpuprofile) and a trace of
 * its tasks (trace-*.json, open both in Chromium's DevTools, Performance panel), to see what holds a long frame:
 * a task's `dur` against its `tdur` (the thread's own CPU time) tells work from waiting for a core.
 */
async function startProfile(page: Page): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  const events: unknown[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return async () => {
    await session.send('Tracing.end');
    await traced;
    const { profile } = await session.send('Profiler.stop');
    const folder = process.env.BENCH_PROFILE as string;
    const at = Date.now();
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `trace-${at}.json`), JSON.stringify(events));
    await writeFile(join(folder, `click-${at}.cpuprofile`), JSON.stringify(profile));
    await session.detach();
  };
}

/** Click a save button on the Papers tab and time it until the browser has written the whole file. */
export async function clickToFile(
  page: Page,
  button: string,
  browserPid: number,
  otherRenderers: ReadonlySet<number>,
): Promise<ClickRun> {
  // The clerk's window is in front: a page behind another draws no frames and has its timers slowed.
  await page.bringToFront();
  const control = page.getByRole('button', { name: button, exact: true });
  await control.waitFor();
  await page.waitForFunction((name) => {
    const found = [...document.querySelectorAll('button')].find((node) => node.textContent === name);
    return found && !found.disabled;
  }, button);
  // tsx keeps function names with a helper the page does not have; give it one.
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
  await page.evaluate(installProbe);
  const beforeMb = largestRendererRss(browserPid, otherRenderers) / 1024 ** 2;
  const peak = samplePeakRenderer(browserPid, otherRenderers);
  const cpuBefore = renderersCpuMs(browserPid, otherRenderers);
  const profiler = process.env.BENCH_PROFILE ? await startProfile(page) : undefined;
  const workerProfiler = process.env.BENCH_WORKER_PROFILE ? await startWorkerProfile(page) : undefined;
  const downloaded = page.waitForEvent('download', { timeout: 15 * 60_000 });
  await control.click();
  const download = await downloaded;
  await profiler?.();
  await workerProfiler?.();
  const path = await download.path();
  const doneAt = Date.now();
  const rendererCpuMs = renderersCpuMs(browserPid, otherRenderers) - cpuBefore;
  const rendererPeakMb = peak();
  const probe = await page.evaluate(() => {
    const found = (window as unknown as { __clickProbe: Probe }).__clickProbe;
    found.stop = true;
    return { ...found };
  });
  if (process.env.BENCH_DEBUG)
    console.log({ ...probe, rendererBeforeMb: beforeMb, rendererPeakMb, rendererCpuMs });
  // BENCH_KEEP=folder keeps the last file of each button, to open in LibreOffice or Word.
  const keep = process.env.BENCH_KEEP;
  if (keep) {
    await mkdir(keep, { recursive: true });
    await copyFile(path, join(keep, download.suggestedFilename()));
  }
  return {
    ms: doneAt - probe.clickAt,
    bytes: (await stat(path)).size,
    longestFrameMs: probe.longest,
    longestTaskMs: probe.longestTask,
    lastStepMs: probe.lastStepAt ? doneAt - probe.lastStepAt : 0,
    rendererPeakMb,
    rendererCpuMs,
  };
}
