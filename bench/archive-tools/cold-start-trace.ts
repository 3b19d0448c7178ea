import type { CDPSession, Page } from 'playwright-core';

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
};

// devtools.timeline names more (scripts, layout, paint) but makes V8 collect source positions, which slows
// the scripts being traced: TRACE_CATEGORIES chooses.
const categories = (
  process.env.TRACE_CATEGORIES ?? 'toplevel,v8,blink.user_timing,loading,IndexedDB,blink'
).split(',');

/**
 * Record a Chromium trace of one cold start; the function returned stops it and says where the page's main
 * thread went (each task over 3 ms and what it ran, from navigation), when IndexedDB answered, and how much
 * processor time Chromium's other processes took meanwhile (they share the machine's two cores).
 */
export async function traceColdStart(page: Page): Promise<() => Promise<string[]>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories },
  });
  return async () => summarise(await readTrace(cdp));
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
}

const file = (data: Record<string, unknown> = {}) =>
  String((data.url as string | undefined) ?? (data.fileName as string | undefined) ?? '')
    .split('/')
    .pop() ?? '';

function summarise(events: TraceEvent[]): string[] {
  const names = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name')
      names.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const processes = new Map<number, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'process_name') processes.set(event.pid, event.args?.name ?? '');
  const start = events.find((event) => event.name === 'navigationStart');
  if (!start) return ['(no navigationStart in the trace)'];
  const main = `${start.pid}:${start.tid}`;
  const at = (ts: number) => `${((ts - start.ts) / 1000).toFixed(0).padStart(6)} ms`;
  const lines: string[] = [];
  // The page's main thread: complete events over 3 ms, nested ones indented, after navigation.
  const mine = events
    .filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X' && event.ts >= start.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const open: TraceEvent[] = [];
  for (const event of mine) {
    while (open.length && (open.at(-1) as TraceEvent).ts + ((open.at(-1) as TraceEvent).dur ?? 0) <= event.ts)
      open.pop();
    open.push(event);
    const compiling = /module|cache|streaming/i.test(event.name);
    if (((event.dur ?? 0) < 3000 && !compiling) || open.length > 4) continue;
    const data = event.args?.data;
    const extra = data
      ? Object.entries(data)
          .filter(([key, value]) => /Cache|streamed|notEligible/i.test(key) && value !== undefined)
          .map(([key, value]) => ` ${key}=${JSON.stringify(value)}`)
          .join('')
      : '';
    lines.push(
      `${at(event.ts)} ${'  '.repeat(open.length - 1)}${event.name} ${((event.dur ?? 0) / 1000).toFixed(1)} ms ${file(data)}${extra}`,
    );
  }
  for (const event of events)
    if (event.cat.includes('user_timing') && event.name === 'meetings shown')
      lines.push(`${at(event.ts)} meetings shown`);
  // IndexedDB's own work, wherever it ran.
  for (const event of events)
    if (
      event.cat.includes('IndexedDB') &&
      event.ph === 'X' &&
      (event.dur ?? 0) > 2000 &&
      event.ts >= start.ts
    )
      lines.push(
        `${at(event.ts)} [${names.get(`${event.pid}:${event.tid}`)}] ${event.name} ${((event.dur ?? 0) / 1000).toFixed(1)} ms`,
      );
  // Other processes' busy time from navigation on (top-level tasks only).
  const busy = new Map<string, number>();
  for (const event of events)
    if (
      event.ph === 'X' &&
      event.cat.includes('toplevel') &&
      event.ts >= start.ts &&
      `${event.pid}:${event.tid}` !== main
    ) {
      const where = `${processes.get(event.pid) ?? event.pid} / ${names.get(`${event.pid}:${event.tid}`) ?? event.tid}`;
      busy.set(where, (busy.get(where) ?? 0) + (event.dur ?? 0) / 1000);
    }
  for (const [where, ms] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 6))
    if (ms > 20) lines.push(`  elsewhere: ${ms.toFixed(0)} ms busy in ${where}`);
  return lines;
}
