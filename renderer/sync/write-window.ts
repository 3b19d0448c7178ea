/** Bytes of records and papers an import lets IndexedDB hold in flight while it reads the next part. */
const windowBytes = 48 * 1024 * 1024;

/**
 * The writes of an import that IndexedDB has not finished yet. Waiting for each part's writes before reading
 * the next left the page idle while IndexedDB wrote, and IndexedDB idle while the page unpacked and parsed:
 * with a window the two overlap. It is bounded because a part's records (and papers) are held until they are
 * written, and memory must stay under twice the file. A failed write still fails the import: `add` and
 * `drain` hand back the failure, and the one transaction is then aborted whole.
 */
export class WriteWindow {
  private readonly pending: { work: Promise<unknown>; bytes: number }[] = [];
  private inFlight = 0;
  private failure: Error | undefined;

  /**
   * Note a part's writes; returns a promise to await when too much is in flight (the oldest writes), or
   * undefined when the caller may go straight on (awaiting nothing keeps Dexie's hold on the transaction).
   */
  add(work: Promise<unknown>, bytes: number): Promise<void> | undefined {
    // Caught at once, so a write failing before the caller awaits it is not reported as unhandled.
    const entry = { work: work.catch((error: unknown) => void (this.failure ??= asError(error))), bytes };
    this.pending.push(entry);
    this.inFlight += bytes;
    if (this.inFlight <= windowBytes || this.pending.length < 2) return undefined;
    return this.settleOldest();
  }

  /** Every write asked for, done; undefined when there were none. */
  drain(): Promise<void> | undefined {
    if (this.pending.length === 0) return undefined;
    return Promise.all(this.pending.map((entry) => entry.work)).then(() => {
      this.pending.length = 0;
      this.inFlight = 0;
      if (this.failure) throw this.failure;
    });
  }

  private async settleOldest(): Promise<void> {
    while (this.inFlight > windowBytes && this.pending.length > 1) {
      const oldest = this.pending.shift() as { work: Promise<unknown>; bytes: number };
      await oldest.work;
      this.inFlight -= oldest.bytes;
      if (this.failure) throw this.failure;
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
