import { messageOf } from './error-message';

/**
 * Stores a value as it changes, without ever making typing wait: each change starts a write at once; while one
 * write is in flight, later changes collapse into the next one, so the store is never more than one write
 * behind the keyboard (a few milliseconds) however fast the typing. This is what makes a power cut cost the
 * clerk nothing typed more than a moment before it: no field waits for a pause in typing.
 *
 * A failed write keeps the value, reports the failure for the screen to show, and is tried again a second
 * later (with newer text, if the clerk has typed on).
 *
 * @example
 *   const writer = new WriteThrough((text: string) => saveConclusions(minuteId, text));
 *   writer.change('i. The Board noted the report'); // stored in a few milliseconds
 */
export class WriteThrough<T> {
  private pending: { value: T } | undefined;

  private writing = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private idle: (() => void)[] = [];

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onProblem: (message: string | undefined) => void = () => undefined,
    private readonly onStored: (value: T, startedAt: number) => void = () => undefined,
    /** What the writes are to (e.g. "minutes/<id>"): a field that reads it first waits for them (writesSettled). */
    private readonly key?: string,
  ) {}

  change(value: T): void {
    this.pending = { value };
    this.write();
  }

  /** The value waiting for the next write, if any: a writer may fold a new change into it. */
  get waiting(): T | undefined {
    return this.pending?.value;
  }

  /** True while something handed over is not yet stored. */
  get unsaved(): boolean {
    return this.writing || this.pending !== undefined;
  }

  /** Resolves once everything handed over so far is stored (or has failed and waits for its retry). */
  settled(): Promise<void> {
    if (!this.writing && !this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private write(): void {
    if (this.writing || !this.pending) return;
    clearTimeout(this.retry);
    const job = this.pending.value;
    this.pending = undefined;
    this.writing = true;
    if (this.key) unsettledWriters(this.key).add(this);
    const startedAt = performance.now();
    this.save(job).then(
      () => {
        this.writing = false;
        this.onProblem(undefined);
        this.onStored(job, startedAt);
        this.next();
      },
      (error: unknown) => {
        this.writing = false;
        // Keep what failed unless newer text is already waiting; it goes with the next change or the retry.
        this.pending ??= { value: job };
        this.onProblem(
          `The last words typed are not stored yet (${messageOf(error)}). Keep typing: Chamber keeps trying.`,
        );
        this.retry = setTimeout(() => this.write(), 1000);
        this.wake();
      },
    );
  }

  private next(): void {
    if (this.pending) this.write();
    else this.wake();
  }

  private wake(): void {
    if (this.key && !this.pending) unsettled.get(this.key)?.delete(this);
    const waiting = this.idle;
    this.idle = [];
    for (const resolve of waiting) resolve();
  }
}

/** Writers with writes on their way, by what they write to. */
const unsettled = new Map<string, Set<{ settled(): Promise<void> }>>();

function unsettledWriters(key: string): Set<{ settled(): Promise<void> }> {
  const writers = unsettled.get(key) ?? new Set();
  unsettled.set(key, writers);
  return writers;
}

/**
 * Resolves once every write this window has on its way to `key` is stored. A field that opens reads what is
 * stored only after this: the clerk who typed, moved to the next item and straight back saw the words of a
 * moment before (a write still on its way), and typing on wrote over the newest ones.
 */
export async function writesSettled(key: string): Promise<void> {
  for (const writer of [...(unsettled.get(key) ?? [])]) await writer.settled();
}

/**
 * Resolves once every write this window has on its way, to anything, is stored (or has failed and waits for its
 * retry). A document read elsewhere (the minutes worker reads the meeting itself) starts after this, so the
 * minute typed just before the press is in it, not still on its way to the typing worker.
 */
export async function everyWriteSettled(): Promise<void> {
  for (const writers of [...unsettled.values()]) for (const writer of [...writers]) await writer.settled();
}
