import { warmUpOnce } from '../../documents/minutes-worker/warm-up';
import { db } from '../database';
import { loadTemplate } from '../repositories/templates';

/**
 * Readies the minutes worker before the clerk's first press: opens the database and reads the minutes template
 * (the press's read would otherwise pay for opening it) while it makes the sample minutes a few times
 * (documents/minutes-worker/warm-up.ts). The opening is mostly the browser's work off this thread, so it runs
 * beside the sample builds rather than before them: put first, it left the first press a colder builder (its
 * build 90-130 ms against 25-30 later at 40 items, in the documents bench). The builds stop as soon as the clerk
 * asks for real minutes (`asked`); the opening goes on, as the press needs it. It only reads, and nothing it makes
 * is kept; a failure here only means the first press is not warmed.
 *
 * @example void warmUpMinutesWorker(() => requestArrived);
 */
export async function warmUpMinutesWorker(asked: () => boolean): Promise<void> {
  const opened = db
    .open()
    .then(() => loadTemplate('minutes'))
    .catch(() => undefined);
  await Promise.all([opened, warmUpOnce(asked)]);
}
