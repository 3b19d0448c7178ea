import type { TraceEvent } from './trace';
import type { TypingRun } from './long-frames';
import { typingFrames } from './long-frames';

const ms = (micros: number) => `${(micros / 1000).toFixed(1)} ms`;

/**
 * For each frame longer than `overMs` while typing, the trace's longest events on every thread of every
 * process during it (the page's main thread, its compositor, the browser process, IndexedDB's LevelDB work,
 * garbage collection), so a long frame can be put down to what really held it up. Page times are matched to
 * trace times through the first keydown, which both record.
 */
export function traceAroundLongFrames(events: TraceEvent[], run: TypingRun, overMs = 50): string[] {
  const keydown = events
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts)[0];
  const firstKey = run.keys[0];
  if (!keydown || firstKey === undefined) return ['Trace: no keystrokes in it.'];
  const toTrace = (pageMs: number) => keydown.ts + (pageMs - firstKey) * 1000;
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const event of events) {
    if (event.ph !== 'M') continue;
    if (event.name === 'thread_name') threads.set(`${event.pid}/${event.tid}`, event.args?.name ?? '?');
    if (event.name === 'process_name') processes.set(event.pid, event.args?.name ?? '?');
  }
  const where = (event: TraceEvent) =>
    `${processes.get(event.pid) ?? event.pid}/${threads.get(`${event.pid}/${event.tid}`) ?? event.tid}`;
  const spans = events.filter((event) => event.ph === 'X' && (event.dur ?? 0) >= 3000);
  const lines: string[] = [];
  for (const frame of typingFrames(run).filter((entry) => entry.gap > overMs)) {
    const start = toTrace(frame.start);
    const end = toTrace(frame.end);
    lines.push(
      `Trace during the frame of ${frame.gap.toFixed(1)} ms (events of 3 ms or more, longest first):`,
    );
    const during = spans
      .filter((event) => event.ts < end && event.ts + (event.dur ?? 0) > start)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 14);
    if (during.length === 0) lines.push('  none');
    for (const event of during) {
      const offset = (event.ts - start) / 1000;
      lines.push(
        `  ${ms(event.dur ?? 0).padStart(9)} from ${offset.toFixed(1)} ms  ${where(event)}  ${event.name}${event.args?.data?.type ? ` ${event.args.data.type}` : ''}`,
      );
    }
  }
  return lines;
}
