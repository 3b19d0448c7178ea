import { db } from '../database';
import { putRecord, updateRecord, updateRecordAgain, WrittenElsewhere } from '../gate';
import type { Minute, MinuteRevision, RichText } from '../../domain/model';
import { refuseUnlessCorrectingMinute, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';

/**
 * Store what the clerk has typed in a minute, and, when asked, a copy of the text as it was before (the
 * minute's history). Both commit together. Called for every change in the editor, so it does nothing but
 * database work inside its transaction: any other await would let IndexedDB commit it early. The text goes
 * through updateRecordAgain, which skips a round trip when this window wrote the minute last; if something
 * else wrote in between, that attempt is undone whole and the write is made again, reading first.
 *
 * Signed minutes are refused unless the clerk's reason comes with the text (signed-minutes.ts). The check is
 * sent alongside the write rather than before it, so a keystroke still costs one wait on IndexedDB; when it
 * refuses, the transaction is undone whole.
 */
export async function saveTypedMinute(
  minuteId: string,
  text: RichText,
  keepBefore?: RichText,
  correction?: SignedCorrection,
): Promise<void> {
  const revision: MinuteRevision | undefined = keepBefore && {
    id: newId(),
    minuteId,
    savedAt: new Date().toISOString(),
    text: keepBefore,
  };
  const save = () =>
    writeTransaction([db.meetings, db.minutes, db.minuteRevisions], async () => {
      await Promise.all([
        refuseUnlessCorrectingMinute(minuteId, correction),
        (async () => {
          await updateRecordAgain<Minute>(db, 'minutes', minuteId, { text });
          if (revision) await putRecord(db, 'minuteRevisions', revision);
        })(),
      ]);
    });
  try {
    await save();
  } catch (error) {
    if (!(error instanceof WrittenElsewhere)) throw error;
    await save();
  }
}

/**
 * Put an earlier version of a minute back. The text being replaced is kept as a revision first, so restoring
 * the wrong version loses nothing either.
 */
export async function restoreRevision(revisionId: string, correction?: SignedCorrection): Promise<RichText> {
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
