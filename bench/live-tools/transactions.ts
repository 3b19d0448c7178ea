/**
 * Every IndexedDB transaction the page opens while the clerk types (BENCH_TRANSACTIONS=1): which stores, which
 * mode, when it was opened and when it completed. A minute's write waits for every earlier transaction that
 * shares a store with it (IndexedDB runs overlapping read-write scopes in order), so the report says, for the
 * writes, how long they took and which other transactions were still open when they began.
 */

export type RecordedTransaction = {
  database: string;
  stores: string[];
  mode: string;
  openedAt: number;
  doneAt: number | undefined;
};

/** Runs in the page: wraps IDBDatabase.transaction to record every transaction into `__transactions`. */
export function recordTransactions(): void {
  const w = window as unknown as Record<string, unknown>;
  const list: RecordedTransaction[] = [];
  w.__transactions = list;
  const prototype = IDBDatabase.prototype;
  const original = Reflect.get(prototype, 'transaction') as (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) => IDBTransaction;
  prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = original.apply(this, args);
    const entry: RecordedTransaction = {
      database: this.name,
      stores: [...tx.objectStoreNames],
      mode: tx.mode,
      openedAt: performance.now(),
      doneAt: undefined,
    };
    list.push(entry);
    const done = () => (entry.doneAt = performance.now());
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    return tx;
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** What the transactions while typing say about the minute's writes. */
export function describeTransactions(all: RecordedTransaction[], keys: number[]): string[] {
  const from = keys[0] ?? 0;
  const typed = all.filter((tx) => tx.openedAt >= from && tx.database === 'chamber');
  const writes = typed.filter((tx) => tx.mode === 'readwrite' && tx.stores.includes('minutes'));
  const kinds = new Map<string, number>();
  for (const tx of typed) {
    const name = `${tx.mode} ${tx.stores.join('+')}`;
    kinds.set(name, (kinds.get(name) ?? 0) + 1);
  }
  const blocked = writes.filter((write) =>
    typed.some(
      (other) =>
        other !== write &&
        other.openedAt < write.openedAt &&
        (other.doneAt ?? Infinity) > write.openedAt &&
        other.stores.some((store) => write.stores.includes(store)),
    ),
  );
  // From a key to the write that began next, when no write was in flight at the key (so nothing queued it).
  const toWrite = keys.flatMap((key) => {
    const write = writes.find((tx) => tx.openedAt >= key);
    const busy = writes.some((tx) => tx.openedAt < key && (tx.doneAt ?? Infinity) > key);
    return write && !busy ? [write.openedAt - key] : [];
  });
  return [
    `Transactions while typing: ${typed.length} (${writes.length} writes of a minute)`,
    ...[...kinds]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `  ${String(count).padStart(5)}  ${name}`),
    `  a write's transaction, open to complete: median ${ms(median(writes.map((tx) => (tx.doneAt ?? NaN) - tx.openedAt)))}`,
    `  key to its write's transaction opened (keys with no write in flight: ${toWrite.length}): median ${ms(median(toWrite))}`,
    `  writes that began while another transaction on a shared store was open: ${blocked.length}`,
  ];
}
