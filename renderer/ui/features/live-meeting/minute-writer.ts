import type { RichText } from '../../../domain/model';
import { shouldKeepRevision } from '../../../domain/minute-history';

export type StoredNotice = {
  minuteId: string;
  /** performance.now() of the latest change this write included. */
  coveredUpTo: number;
  /** performance.now() when the write began, and when IndexedDB reported it committed. */
  startedAt: number;
  committedAt: number;
};

export type SaveMinute = (minuteId: string, text: RichText, keepBefore?: RichText) => Promise<void>;

/**
 * Stores a minute's text as the clerk types, without ever making typing wait. Each change starts a write at
 * once; while one write is in flight, later changes collapse into the next one, so the store is never more
 * than one write behind the keyboard (a few milliseconds) however fast the typing. A failed write keeps the
 * text and retries with the next change, and reports the failure for the screen to show.
 *
 * Every committed write is announced as a `chamber:minute-stored` window event (the benchmark and the crash
 * test read them).
 */
export class MinuteWriter {
  private current: RichText;
  private pending: { text: RichText; keepBefore: RichText | undefined; coveredUpTo: number } | undefined;
  private writing = false;
  private lastRevisionAt: number | undefined;

  constructor(
    private readonly minuteId: string,
    initial: RichText,
    private readonly save: SaveMinute,
    private readonly onProblem: (message: string | undefined) => void = () => undefined,
  ) {
    this.current = initial;
  }

  change(text: RichText): void {
    const now = performance.now();
    const keep = shouldKeepRevision({
      before: this.current,
      after: text,
      sinceLastRevisionMs: this.lastRevisionAt === undefined ? undefined : now - this.lastRevisionAt,
    });
    if (keep) this.lastRevisionAt = now;
    const keepBefore = this.pending?.keepBefore ?? (keep ? this.current : undefined);
    this.current = text;
    this.pending = { text, keepBefore, coveredUpTo: now };
    this.write();
  }

  /** Text was replaced from outside (a revision restored): start comparing from it. */
  reset(text: RichText): void {
    this.current = text;
  }

  /** True while something typed is not yet stored. */
  get unsaved(): boolean {
    return this.writing || this.pending !== undefined;
  }

  private write(): void {
    if (this.writing || !this.pending) return;
    const job = this.pending;
    this.pending = undefined;
    this.writing = true;
    const startedAt = performance.now();
    this.save(this.minuteId, job.text, job.keepBefore).then(
      () => {
        this.writing = false;
        this.onProblem(undefined);
        window.dispatchEvent(
          new CustomEvent<StoredNotice>('chamber:minute-stored', {
            detail: {
              minuteId: this.minuteId,
              coveredUpTo: job.coveredUpTo,
              startedAt,
              committedAt: performance.now(),
            },
          }),
        );
        this.write();
      },
      (error: unknown) => {
        this.writing = false;
        // Keep what failed unless newer text is already waiting; it goes with the next change.
        this.pending ??= job;
        this.onProblem(
          `The last words typed are not stored yet (${error instanceof Error ? error.message : String(error)}). Keep typing: Chamber keeps trying.`,
        );
        setTimeout(() => this.write(), 1000);
      },
    );
  }
}
