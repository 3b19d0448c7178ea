import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace (the fields this summary reads). */
type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (processor) time, where Chromium recorded it: unlike dur, not stretched by waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
};

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/**
 * The page's main thread between the marks ui-timing.ts leaves ('timeToText start' / 'end'): each task over
 * 0.5 ms with what it spent its time on, the gaps between tasks (waiting: IndexedDB, a frame, another process),
 * and totals. For diagnosis: which part of opening a screen is script, style, layout or waiting.
 */
export function summariseTrace(
  events: TraceEvent[],
): { openMs: number; busyMs: number; cpuMs: number } | undefined {
  const start = events.find((event) => event.name === 'timeToText start');
  const end = events.find((event) => event.name === 'timeToText end');
  if (!start || !end) {
    console.log('No timeToText marks in the trace.');
    return undefined;
  }
  const main = events.find(
    (event) => event.ph === 'M' && event.pid === start.pid && event.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? start.tid;
  const slices = events
    .filter((event) => event.pid === start.pid && event.tid === tid && event.ph === 'X' && event.dur)
    .filter((event) => event.ts + (event.dur ?? 0) >= start.ts && event.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time of each slice (its duration less its children's), by name, per top-level task.
  const selfOf = new Map<TraceEvent, number>();
  const taskOf = new Map<TraceEvent, TraceEvent>();
  const stack: TraceEvent[] = [];
  const tasks: TraceEvent[] = [];
  for (const slice of slices) {
    while (stack.length && (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0) <= slice.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      selfOf.set(parent, (selfOf.get(parent) ?? 0) - (slice.dur ?? 0));
      taskOf.set(slice, taskOf.get(parent) ?? parent);
    } else tasks.push(slice);
    selfOf.set(slice, (selfOf.get(slice) ?? 0) + (slice.dur ?? 0));
    stack.push(slice);
  }
  const label = (slice: TraceEvent) =>
    slice.args?.data?.functionName
      ? `${slice.name}(${slice.args.data.functionName})`
      : slice.args?.data?.url
        ? `${slice.name} ${slice.args.data.url.split('/').pop()}`
        : slice.name;
  const totals = new Map<string, number>();
  const byTask = new Map<TraceEvent, Map<string, number>>();
  for (const [slice, self] of selfOf) {
    const task = taskOf.get(slice) ?? slice;
    const inside = byTask.get(task) ?? new Map<string, number>();
    byTask.set(task, inside);
    inside.set(label(slice), (inside.get(label(slice)) ?? 0) + self);
    totals.set(slice.name, (totals.get(slice.name) ?? 0) + self);
  }
  let busy = 0;
  let cpu = 0;
  let last = start.ts;
  const lines: string[] = [];
  for (const task of tasks) {
    const gap = task.ts - last;
    if (gap > 500) lines.push(`      gap ${(gap / 1000).toFixed(1)} ms`);
    busy += task.dur ?? 0;
    cpu += task.tdur ?? 0;
    last = task.ts + (task.dur ?? 0);
    if ((task.dur ?? 0) < 1000) continue;
    const parts = [...(byTask.get(task) ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
      .join(', ');
    lines.push(
      `${((task.ts - start.ts) / 1000).toFixed(1).padStart(7)} task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${parts}`,
    );
  }
  if (process.env.TRACE_TASKS) console.log(lines.join('\n'));
  const window = (end.ts - start.ts) / 1000;
  const sum = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(
    `  open ${window.toFixed(1)} ms, main thread busy ${(busy / 1000).toFixed(1)} ms (processor ${(cpu / 1000).toFixed(1)} ms): ${sum
      .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
      .join(', ')}`,
  );
  return { openMs: window, busyMs: busy / 1000, cpuMs: cpu / 1000 };
}
