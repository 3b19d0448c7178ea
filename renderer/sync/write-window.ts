/**
 * Bytes of records and papers an import lets IndexedDB hold in flight while it reads the next part. Small on
 * purpose: a window of 48 MB (most tables of a council's archive in flight at once) took the page's memory at
 * full scale from +191 MB to +1,088 MB (24 November, 09:31 run; the target is under twice the file, 455 MB),
 * since each part's records are held until written. With this one, the small tables overlap and each big
 * table or batch of papers is written before the next is read, as before.
 */
const windowBytes = 8 * 1024 * 1024;

/**
 * The writes of an import that IndexedDB has not finished yet. Parts that are small together are asked for
 * one after another without waiting, so the page reads the next while IndexedDB writes; once more than the
 * window is in flight, everything asked for is waited for before the next part is read. A failed write still
 * fails the import: `add` and `drain` hand back the failure, and the one transaction is then aborted whole.
 */
export class WriteWindow {
  private pending: Promise<unknown>[] = [];
  private inFlight = 0;
  private failure: Error | undefined;

  /**
   * Note a part's writes; returns a promise to await when too much is in flight, or undefined when the
   * caller may go straight on (awaiting nothing keeps Dexie's hold on the transaction).
   */
  add(work: Promise<unknown>, bytes: number): Promise<void> | undefined {
    // Caught at once, so a write failing before the caller awaits it is not reported as unhandled.
    this.pending.push(work.catch((error: unknown) => void (this.failure ??= asError(error))));
    this.inFlight += bytes;
    if (this.inFlight <= windowBytes) return undefined;
    return this.settle();
  }

  /** Every write asked for, done; undefined when there were none. */
  drain(): Promise<void> | undefined {
    return this.pending.length === 0 ? undefined : this.settle();
  }

  private async settle(): Promise<void> {
    const waiting = this.pending;
    this.pending = [];
    this.inFlight = 0;
    await Promise.all(waiting);
    if (this.failure) throw this.failure;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
