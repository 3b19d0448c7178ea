/**
 * What the live-minuting bench prints about keystroke to durable: Chamber's figures, the three raw baselines
 * measured in the same run (each saying what it is and why), the split of a key's time, and the ratios.
 */
import { describeSplit, keystrokeLatencies, percentile, type KeyedRun } from './keystroke-latency';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (value: number) => (value < 3 ? 'MET' : 'MISSED');

/** Where Chamber's writes were made, and so whose complete event stopped the clock. */
function whereWritten(run: KeyedRun): string {
  const inWorker = run.stored.filter((notice) => notice.inWorker).length;
  if (inWorker === 0) return "the page (the clock stops at the complete event on the page's thread)";
  return (
    `the typing worker, ${inWorker} of ${run.stored.length} writes: the clock stops at the worker's complete ` +
    "event, its performance.timeOrigin + now() turned into the page's clock (the page hears of it later)"
  );
}

export function describeKeystrokes({
  chamber,
  bare,
  idle,
  beside,
}: {
  /** Chamber's page while the clerk types. */
  chamber: KeyedRun;
  /** The bare page typed into the same way (bare-page.ts). */
  bare: KeyedRun;
  /** Raw puts of the same record with the page idle after typing, ms each. */
  idle: number[];
  /** Chamber's page typed into again, a raw put of the same record started by a keydown listener at each key. */
  beside: KeyedRun & { rawAtKeys: number[] };
}): string[] {
  const atKeys = beside.rawAtKeys;
  const latencies = keystrokeLatencies(chamber);
  const fromEvent = keystrokeLatencies(chamber, 'event');
  const bareLatencies = keystrokeLatencies(bare);
  const bareFromEvent = keystrokeLatencies(bare, 'event');
  const writes = chamber.stored.map((notice) => notice.committedAt - notice.startedAt);
  const both = (values: number[]) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
  const ratio = (baseline: number[], p: number, own = latencies) =>
    percentile(own, p) / percentile(baseline, p);
  const ratioLine = (name: string, baseline: number[], own = latencies) =>
    `  ${name.padEnd(52)} p50 ${ratio(baseline, 50, own).toFixed(1)}x ${verdict(ratio(baseline, 50, own))}, p95 ${ratio(baseline, 95, own).toFixed(1)}x`;
  return [
    'Live minuting: keystroke to durable in IndexedDB (from the keydown listener to the complete event)',
    `  keystrokes      ${latencies.length}   (writes committed: ${chamber.stored.length})`,
    `  p50             ${ms(percentile(latencies, 50))}`,
    `  p95             ${ms(percentile(latencies, 95))}   (target under 25 ms)`,
    `  max             ${ms(Math.max(...latencies))}   (target none over 250 ms)`,
    `  from the keydown event's own timeStamp: ${both(fromEvent)}`,
    `  one write       ${both(writes)} (record, change log and clocks in one transaction)`,
    `  made in         ${whereWritten(chamber)}`,
    'Raw baselines, the same minute record, same browser, same run',
    `  bare page, same keys, put at each input   ${both(bareLatencies)}   (from the event's timeStamp: ${both(bareFromEvent)})`,
    '    the fair "same work" baseline: a page with one contenteditable box and nothing else, typed into by the',
    '    same Playwright call at the same pace, its input listener putting the record with the typed text in one',
    '    transaction (committed at once), timed as Chamber is: what any page must pay for a key made durable.',
    `  put at each key in Chamber's page          ${both(atKeys)}   (${atKeys.length} puts; Chamber beside it: ${both(keystrokeLatencies(beside))})`,
    "    a second typing into Chamber's minute, a keydown listener starting this put beside Chamber's write: it",
    "    waits behind Chamber's own work for the key, so it shows the machine's load, not Chamber's cost.",
    `  idle put, after typing                     ${both(idle)}`,
    '    no key at all, nothing else running: the floor for a write, leaving out what a key costs any page.',
    ...describeSplit([
      { name: 'Chamber', run: chamber },
      { name: 'bare page', run: bare },
    ]),
    'Keystroke to durable / raw baseline, same run (target under 3x)',
    ratioLine('against the bare page (same work; the target):', bareLatencies),
    ratioLine('  the same, both from the event timeStamp:', bareFromEvent, fromEvent),
    ratioLine("against the put at each key in Chamber's page:", atKeys, keystrokeLatencies(beside)),
    ratioLine('against the idle put:', idle),
  ];
}
