import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type { Minute, RichText } from '../../domain/model';
import { refuseUnlessCorrectingMinute, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';
import { saveTypedMinuteHere } from './typed-minute';
import { saveTypedMinuteInWorker, typedKeysStored, typingWorkerCanStart } from '../typing-worker/in-worker';

/** Start the typing worker when a minute is opened for typing, so the first key does not wait for it to load. */
export { preloadTypingWorker } from '../typing-worker/in-worker';

/**
 * Store what the clerk has typed in a minute (and, when asked, the text as it was before, for its history):
 * typed-minute.ts says how. The write is made in the typing worker where one can start: there the answers to
 * the write's checks (minutes not signed, nothing else wrote the minute) are not queued behind the frame that
 * draws the key on the page, so the transaction commits a frame sooner. Resolves to when it committed, on the
 * page's clock (performance.now()), when it was made in the worker.
 */
export function saveTypedMinute(
  minuteId: string,
  text: RichText,
  keepBefore?: RichText,
  correction?: SignedCorrection,
): Promise<number | undefined> {
  if (typingWorkerCanStart()) return saveTypedMinuteInWorker({ minuteId, text, keepBefore, correction });
  return saveTypedMinuteHere(minuteId, text, keepBefore, correction).then(() => undefined);
}

/**
 * Put an earlier version of a minute back. The text being replaced is kept as a revision first, so restoring
 * the wrong version loses nothing either.
 */
export async function restoreRevision(revisionId: string, correction?: SignedCorrection): Promise<RichText> {
  // After the last keys typed: restored, the minute's text is stamped later than every one of them.
  await typedKeysStored();
  const savedAt = new Date().toISOString();
  const id = newId();
  return writeTransaction([db.meetings, db.minutes, db.minuteRevisions], async () => {
    const revision = await db.minuteRevisions.get(revisionId);
    const minute = revision && (await db.minutes.get(revision.minuteId));
    if (!revision || !minute) throw new Error('That version of the minute is no longer kept.');
    await refuseUnlessCorrectingMinute(minute.id, correction);
    await putRecord(db, 'minuteRevisions', { id, minuteId: minute.id, savedAt, text: minute.text });
    await updateRecord<Minute>(db, 'minutes', minute.id, { text: revision.text });
    return revision.text;
  });
}
