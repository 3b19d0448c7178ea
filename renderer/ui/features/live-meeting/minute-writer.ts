import type { RichText } from '../../../domain/model';
import { shouldKeepRevision } from '../../../domain/minute-history';
import { WriteThrough } from '../../common/write-through';
import { storedKey } from './stored-keys';
import type { SignedCorrection } from '../../../db/repositories/signed-minutes';

export type StoredNotice = {
  minuteId: string;
  /** performance.now() of the latest change this write included. */
  coveredUpTo: number;
  /** performance.now() when the write began, and when IndexedDB reported it committed. */
  startedAt: number;
  committedAt: number;
  /**
   * True when the write was made in the typing worker: committedAt is then the worker's complete event, its
   * clock turned into the page's (the page hears of it a little later, after the frame it is drawing).
   */
  inWorker: boolean;
};

export type SaveMinute = (
  minuteId: string,
  text: RichText,
  keepBefore?: RichText,
  correction?: SignedCorrection,
) => Promise<number | undefined | void>;

type Job = { text: RichText; keepBefore: RichText | undefined; coveredUpTo: number };

/**
 * Stores a minute's text as the clerk types, without ever making typing wait (see WriteThrough), and keeps an
 * earlier version now and then for "Earlier versions": a change that starts one is written with it.
 *
 * Every committed write is announced as a `chamber:minute-stored` window event (the benchmark and the crash
 * test read them).
 */
export class MinuteWriter {
  private current: RichText;
  private lastRevisionAt: number | undefined;
  /** The clerk's reason for correcting signed minutes, once given (minutes-approval/signed-minute-lock.tsx). */
  private correction: SignedCorrection | undefined;
  private readonly through: WriteThrough<Job>;
  /** When the write in flight committed, on the page's clock, when it was made elsewhere (the typing worker). */
  private committedElsewhere: number | undefined;

  constructor(
    private readonly minuteId: string,
    initial: RichText,
    save: SaveMinute,
    onProblem: (message: string | undefined) => void = () => undefined,
  ) {
    this.current = initial;
    this.through = new WriteThrough<Job>(
      (job) =>
        save(minuteId, job.text, job.keepBefore, this.correction).then((committedAt) => {
          this.committedElsewhere = typeof committedAt === 'number' ? committedAt : undefined;
        }),
      onProblem,
      (job, startedAt) =>
        window.dispatchEvent(
          new CustomEvent<StoredNotice>('chamber:minute-stored', {
            detail: {
              minuteId: this.minuteId,
              coveredUpTo: job.coveredUpTo,
              startedAt,
              committedAt: this.committedElsewhere ?? performance.now(),
              inWorker: this.committedElsewhere !== undefined,
            },
          }),
        ),
      storedKey.minute(minuteId),
    );
  }

  change(text: RichText): void {
    const now = performance.now();
    const keep = shouldKeepRevision({
      before: this.current,
      after: text,
      sinceLastRevisionMs: this.lastRevisionAt === undefined ? undefined : now - this.lastRevisionAt,
    });
    if (keep) this.lastRevisionAt = now;
    // Changes that collapse into one write keep the earliest version any of them asked to keep.
    const keepBefore = this.through.waiting?.keepBefore ?? (keep ? this.current : undefined);
    this.current = text;
    this.through.change({ text, keepBefore, coveredUpTo: now });
  }

  /** Every write from now on carries the clerk's reason for correcting signed minutes (or none). */
  correctWith(correction: SignedCorrection | undefined): void {
    this.correction = correction;
  }

  /** Text was replaced from outside (a revision restored): start comparing from it. */
  reset(text: RichText): void {
    this.current = text;
  }

  /** True while something typed is not yet stored. */
  get unsaved(): boolean {
    return this.through.unsaved;
  }
}
