/**
 * A stored keystroke split by a Chromium trace (BENCH_TRACE), on the page's main thread and in IndexedDB's own
 * work in the browser: from the keydown to the input event (the browser and the page's key handlers inserting
 * the character), to the write reaching IndexedDB (the editor reading the change and the app issuing the
 * write), to IndexedDB done with its requests, to the commit asked for (the answers waiting for the page's main
 * thread and the app checking them), to the commit done, to the complete event run on the page. It also says
 * how long the page's thread spent drawing a frame (style, layout, paint, commit) between the write issued and
 * its complete event: the answers and the complete event wait behind it.
 */
import type { TraceEvent } from './trace';

type Traced = TraceEvent & { args?: TraceEvent['args'] & { txn_id?: number } };

const rendering = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/** Per key, each step's time from the keydown (ms), for the page's write begun between this key and the next. */
export function traceKeySteps(events: Traced[]): Record<string, number>[] {
  const spans = events.filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const keydowns = spans.filter(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  );
  const first = keydowns[0];
  if (!first) return [];
  const onMain = (event: TraceEvent) => event.pid === first.pid && event.tid === first.tid;
  const inputs = spans.filter(
    (event) => onMain(event) && event.name === 'EventDispatch' && event.args?.data?.type === 'input',
  );
  const drawing = spans.filter((event) => onMain(event) && rendering.has(event.name));
  const byTransaction = new Map<number, Traced[]>();
  for (const event of spans) {
    const id = event.args?.txn_id;
    if (id !== undefined) byTransaction.set(id, [...(byTransaction.get(id) ?? []), event]);
  }
  // The writes: transactions that put something. Chamber's page may hold the bench's own put at each key too,
  // started in the keydown itself: the page's write is the last one begun before the next key.
  const writes = [...byTransaction.values()]
    .filter((steps) => steps.some((event) => event.name === 'Database::PutOperation'))
    .map((steps) => ({
      steps,
      registered: steps.find((event) => event.name === 'Database::RegisterAndScheduleTransaction')?.ts,
    }))
    .filter((write): write is { steps: Traced[]; registered: number } => write.registered !== undefined)
    .sort((a, b) => a.registered - b.registered);
  return keydowns.flatMap((key, n) => {
    const next = keydowns[n + 1]?.ts ?? Infinity;
    const write = writes.filter((entry) => entry.registered >= key.ts && entry.registered < next).at(-1);
    if (!write) return [];
    const step = (name: string) => write.steps.find((event) => event.name === name);
    const operations = write.steps.filter((event) => event.name.endsWith('Operation'));
    const asked = step('Transaction::DoPendingCommit');
    const committed = step('Transaction::CommitPhaseTwo.TransactionCompleteCallbacks');
    const complete = step('IDBTransaction::onComplete');
    const input = inputs.find((event) => event.ts >= key.ts && event.ts < next);
    if (!asked || !committed || !complete || !input || operations.length === 0) return [];
    const from = (time: number) => (time - key.ts) / 1000;
    const drawn = drawing
      .filter((event) => event.ts >= write.registered && event.ts < complete.ts)
      .reduce((sum, event) => sum + (event.dur ?? 0), 0);
    return [
      {
        input: from(input.ts),
        reached: from(write.registered),
        done: from(Math.max(...operations.map(end))),
        asked: from(asked.ts),
        committed: from(end(committed)),
        complete: from(complete.ts),
        drawing: drawn / 1000,
      },
    ];
  });
}

/** One line of medians for a page's trace: each step from the keydown, then the frame drawn meanwhile. */
export function describeTraceKeys(name: string, events: Traced[]): string[] {
  const steps = traceKeySteps(events);
  if (steps.length === 0) return [`Trace of ${name}: no keystroke with its write found.`];
  const at = (field: string) => `${median(steps.map((entry) => entry[field] ?? NaN)).toFixed(1)}`.padStart(6);
  return [
    `Trace of ${name}, ${steps.length} keys: median ms from the keydown to each step`,
    '  input event  write reaches IndexedDB  its requests done  commit asked  commit done  complete event on the page | frame drawn meanwhile',
    `  ${at('input')}       ${at('reached')}                  ${at('done')}             ${at('asked')}        ${at('committed')}       ${at('complete')}                      | ${at('drawing')} ms`,
  ];
}
