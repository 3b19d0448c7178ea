import { warmUpOnce } from '../../documents/minutes-worker/warm-up';
import { db } from '../database';
import { loadTemplate } from '../repositories/templates';

/** A task boundary: a request the page has already posted is read before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Readies the minutes worker before the clerk's first press: opens the database and reads the minutes template
 * (the first read after a start paid for opening it: 83 ms against 20-30 later), then makes the sample minutes a
 * few times (documents/minutes-worker/warm-up.ts). Each step is a task of its own and it stops as soon as the
 * clerk asks for real minutes (`asked`). It only reads, and nothing it makes is kept; a failure here only means
 * the first press is not warmed.
 *
 * @example void warmUpMinutesWorker(() => requestArrived);
 */
export async function warmUpMinutesWorker(asked: () => boolean): Promise<void> {
  try {
    await nextTask();
    if (asked()) return;
    await db.open();
    await nextTask();
    if (asked()) return;
    await loadTemplate('minutes');
  } catch {
    return;
  }
  await warmUpOnce(asked);
}
