import { Dexie } from 'dexie';
import { db } from '../database';
import { forgetDevice } from '../device';
import { putRecord, updateRecordAgain, WrittenElsewhere } from '../gate';
import type { Minute, MinuteRevision, RichText } from '../../domain/model';
import {
  refuseUnlessCorrecting,
  refuseUnlessCorrectingMinute,
  type SignedCorrection,
} from './signed-minutes';
import { newId, writeTransaction } from './transaction';
import { markTextOnlyCommit } from '../text-only-commits';

/**
 * Store what the clerk has typed in a minute, and, when asked, a copy of the text as it was before (the
 * minute's history). Both commit together. Called for every change in the editor, so it does nothing but
 * database work inside its transaction: any other await would let IndexedDB commit it early. The text goes
 * through updateRecordAgain, which skips a round trip when this window wrote the minute last; if something
 * else wrote in between, that attempt is undone whole and the write is made again, reading first.
 *
 * Signed minutes are refused unless the clerk's reason comes with the text (signed-minutes.ts). The check is
 * sent alongside the write rather than before it, so a keystroke still costs one wait on IndexedDB; when it
 * refuses, the transaction is undone whole. After the first write it reads only the meeting, whose id it
 * remembers from the minute as stored: reading the minute first and the meeting after was a second wait in
 * every keystroke's transaction. The write hands back the minute as stored, so a minute found under another
 * meeting than remembered (never made by Chamber, but possible in a file) is checked against that one too,
 * before the transaction can commit.
 *
 * The page hands this to the typing worker (db/typing-worker) where there is one; this is the write itself, run
 * in whichever context asks (the worker, or the page where no worker can start, as in the unit tests).
 */
/** The meeting each minute typed in this window belongs to, as last stored (see saveTypedMinute). */
const meetingOfMinute = new Map<string, string>();

/**
 * Commits a keystroke's transaction as soon as both of its checks have passed (the minutes are not signed, or a
 * reason came with the text; nothing else wrote the minute since this window did), without waiting for the
 * answers to its writes: IndexedDB finishes them and commits in one go. The answers, like the frame that draws
 * the key, wait for the page's main thread, so this takes the last of them off the time to durable. Nothing
 * may be asked of the transaction after: a write that keeps an earlier version (a second round trip) commits
 * as before, when its last request is answered.
 */
function commitOnceChecked(moreToWrite: boolean): { check: (passed: 'signed' | 'unchanged') => void } {
  const idbtrans = Dexie.currentTransaction?.idbtrans;
  const passed = new Set<string>();
  return {
    check: (which) => {
      passed.add(which);
      if (moreToWrite || !idbtrans || passed.size < 2) return;
      try {
        idbtrans.commit();
      } catch {
        // Already committing or finished (an older browser without commit() is caught here too): it commits itself.
      }
    },
  };
}

export async function saveTypedMinuteHere(
  minuteId: string,
  text: RichText,
  keepBefore?: RichText,
  correction?: SignedCorrection,
  { freshClock = false }: { freshClock?: boolean } = {},
): Promise<void> {
  const revision: MinuteRevision | undefined = keepBefore && {
    id: newId(),
    minuteId,
    savedAt: new Date().toISOString(),
    text: keepBefore,
  };
  const save = () =>
    writeTransaction([db.meetings, db.minutes, db.minuteRevisions], async () => {
      const remembered = meetingOfMinute.get(minuteId);
      const commit = commitOnceChecked(Boolean(revision));
      const [, stored] = await Promise.all([
        (remembered === undefined
          ? refuseUnlessCorrectingMinute(minuteId, correction)
          : refuseUnlessCorrecting(remembered, correction)
        ).then(() => commit.check('signed')),
        (async () => {
          const written = await updateRecordAgain<Minute>(db, 'minutes', minuteId, { text }, (record) => {
            if (remembered !== undefined && record.meetingId === remembered) commit.check('unchanged');
          });
          if (revision) await putRecord(db, 'minuteRevisions', revision);
          return written;
        })(),
      ]);
      // Nothing but the text (its log entry, its kept version) was written: the minute's watchers may skip it.
      markTextOnlyCommit();
      if (!stored) return;
      if (remembered !== undefined && stored.meetingId !== remembered)
        await refuseUnlessCorrecting(stored.meetingId, correction);
      meetingOfMinute.set(minuteId, stored.meetingId);
    });
  try {
    await save();
  } catch (error) {
    if (!(error instanceof WrittenElsewhere)) throw error;
    // A second context writing beside the page's (the typing worker) reloads its clock from the change log
    // before writing afresh: the page, an import or another window has stamped since, and its next stamp must
    // come after theirs.
    if (freshClock) forgetDevice(db);
    await save();
  }
}
