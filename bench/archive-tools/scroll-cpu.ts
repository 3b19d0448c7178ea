import type { CDPSession, Page } from 'playwright-core';
import { scrollFrames, type ScrollFrames } from './ui-timing';

/**
 * The page's own work while it scrolls, by its main thread's CPU time (Chromium's trace `tdur`), not the
 * clock: on a 2-core machine at a load of 15-25 a frame waits 100-300 ms for a core whatever the page does,
 * and the longest frame by the clock (scrollFrames) measures the machine. `longestTaskMs` is the most CPU
 * one task of the main thread took (a scroll's React render, a style and layout, a paint): what a frame
 * cannot split however quiet the machine; `perFrameMs` is the whole thread's CPU over the frames.
 */
export type ScrollCpu = ScrollFrames & { longestTaskMs: number; perFrameMs: number };

type TraceEvent = {
  name: string;
  ph: string;
  tid: number;
  tdur?: number;
  args?: { name?: string };
};

/** scrollFrames, traced: its frames by the clock and the main thread's CPU (see ScrollCpu). */
export async function scrollFramesWithCpu(page: Page, cdp: CDPSession, selector: string): Promise<ScrollCpu> {
  const events: TraceEvent[] = [];
  // The protocol types a trace event as strings only; its numbers are numbers.
  const collect = (data: { value: unknown[] }) => void events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const frames = await scrollFrames(page, selector);
  const ended = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await ended;
  cdp.off('Tracing.dataCollected', collect);
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  let longest = 0;
  let total = 0;
  for (const event of events) {
    // Top-level tasks only: the events nested in them count their CPU again.
    if (event.tid !== main?.tid || event.ph !== 'X' || event.name !== 'RunTask') continue;
    const ms = (event.tdur ?? 0) / 1000;
    total += ms;
    longest = Math.max(longest, ms);
  }
  return {
    ...frames,
    longestTaskMs: longest,
    perFrameMs: total / Math.max(1, frames.count),
  };
}
