import type { TraceEvent } from './trace';

const ms = (micros: number) => `${(micros / 1000).toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;

/**
 * Where a stored keystroke's time goes, from a trace: for each write (one IndexedDB transaction), how long
 * IndexedDB itself took to answer the requests, how long the answers then waited for the page's main thread,
 * and what the main thread was doing meanwhile.
 */
export function summariseTrace(events: TraceEvent[]): string[] {
  const keydown = events.find(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  );
  if (!keydown) return ['No keystrokes in the trace.'];
  const onMain = (event: TraceEvent) => event.pid === keydown.pid && event.tid === keydown.tid;
  const spans = events.filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const idb = spans.filter((event) => event.cat.includes('IndexedDB'));
  const starts = idb.filter((event) => event.name === 'IDBDatabase::TransactionCreated');
  const answered: number[] = [];
  const waited: number[] = [];
  const total: number[] = [];
  const busy = new Map<string, number>();
  starts.forEach((start, n) => {
    const next = starts[n + 1]?.ts ?? Infinity;
    const mine = idb.filter((event) => event.ts >= start.ts && event.ts < next);
    const firstAnswer = mine.find((event) => event.name === 'IDBRequest::SendResult');
    // The requests IndexedDB finished before the page took its first answer (the reads, and now the writes).
    const done = mine.filter(
      (event) => !onMain(event) && event.name.endsWith('Operation') && event.ts < (firstAnswer?.ts ?? 0),
    );
    const complete = mine.find((event) => event.name === 'IDBTransaction::onComplete');
    const lastDone = done.at(-1);
    if (!lastDone || !firstAnswer || !complete) return;
    const ready = lastDone.ts + (lastDone.dur ?? 0);
    answered.push(ready - start.ts);
    waited.push(firstAnswer.ts - ready);
    total.push(complete.ts - start.ts);
    for (const event of spans) {
      if (event.ts > firstAnswer.ts) break;
      if (!onMain(event) || event.ts + (event.dur ?? 0) < ready || event.cat.includes('toplevel')) continue;
      if (
        ![
          'Paint',
          'Commit',
          'Layerize',
          'PrePaint',
          'Layout',
          'EventDispatch',
          'FunctionCall',
          'TimerFire',
        ].includes(event.name)
      )
        continue;
      const overlap = Math.min(event.ts + (event.dur ?? 0), firstAnswer.ts) - Math.max(event.ts, ready);
      const name =
        event.name === 'EventDispatch' ? `${event.name} ${event.args?.data?.type ?? ''}` : event.name;
      busy.set(name, (busy.get(name) ?? 0) + overlap);
    }
  });
  return [
    `Writes traced: ${total.length}`,
    `  IndexedDB done with the first requests, from the start           p50 ${ms(median(answered))}, p95 ${ms(p95(answered))}`,
    `  then waiting for the main thread before the first answer         p50 ${ms(median(waited))}, p95 ${ms(p95(waited))}`,
    `  transaction start to its complete event                          p50 ${ms(median(total))}, p95 ${ms(p95(total))}`,
    '  the main thread meanwhile (per write):',
    ...[...busy]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, time]) => `    ${ms(time / Math.max(1, total.length)).padStart(8)}  ${name}`),
  ];
}
