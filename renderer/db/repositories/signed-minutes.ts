import { db, type SyncedTableName } from '../database';
import { deleteRecord, updateRecord } from '../gate';
import { formatLongDate } from '../../domain/en-gb';
import { minutesSigned } from '../../domain/minutes-presented';
import { writeTransaction } from './transaction';

/**
 * The reason the clerk gave for changing signed minutes. The screens ask for it first ("Correct minute 45",
 * which keeps it in the minutes' history through correctSignedMinute) and then hand it to every write they make
 * to those minutes; a write without one is refused (see refuseUnlessCorrecting).
 */
export type SignedCorrection = { reason: string };

/** A write to approved and signed minutes that did not carry a reason. The message is the clerk's. */
export class SignedMinutesRefused extends Error {
  constructor(meetingDate: string) {
    super(
      `The minutes of the meeting on ${formatLongDate(meetingDate)} are approved and signed, so they cannot ` +
        'be changed as they stand. Give a reason for the correction first (it prints in the minutes’ history), ' +
        'or undo the approval if the wrong minutes were approved.',
    );
    this.name = 'SignedMinutesRefused';
  }
}

/**
 * Refuse a write to a meeting's minutes, motions, votes, attendance, declarations, events or actions once those
 * minutes are signed, unless the write carries the clerk's reason. Runs inside the caller's transaction, which
 * must include db.meetings. A meeting that no longer exists is left to the caller to report.
 *
 * @example await refuseUnlessCorrecting(minute.meetingId, correction)
 */
export async function refuseUnlessCorrecting(
  meetingId: string | undefined,
  correction: SignedCorrection | undefined,
): Promise<void> {
  if (correction?.reason.trim()) return;
  const meeting = meetingId === undefined ? undefined : await db.meetings.get(meetingId);
  if (meeting && minutesSigned(meeting)) throw new SignedMinutesRefused(meeting.date);
}

/** refuseUnlessCorrecting for a write that names only the minute (the transaction includes db.minutes too). */
export async function refuseUnlessCorrectingMinute(
  minuteId: string,
  correction: SignedCorrection | undefined,
): Promise<void> {
  if (correction?.reason.trim()) return;
  const minute = await db.minutes.get(minuteId);
  await refuseUnlessCorrecting(minute?.meetingId, correction);
}

/** The tables the guard reads, to add to a write's transaction. */
export const signedGuardTables = () => [db.meetings, db.minutes];

/** A signed version to put back after an import (sync/merge/signed-minutes.ts SignedVersionKept). */
export type SignedVersionToRestore = {
  table: string;
  id: string;
  field: string;
  restore: { value: unknown } | 'remove' | 'none';
};

/**
 * After an import that changed signed minutes with no recorded reason: put the signed version back, as a
 * write of this laptop's, stamped after everything the file brought, so every laptop comes to the signed
 * version at the next exchange; the change itself waits in the conflicts for the clerk. Returns how many
 * records were put back.
 */
export async function restoreSignedVersions(kept: readonly SignedVersionToRestore[]): Promise<number> {
  const work = kept.filter((entry) => entry.restore !== 'none');
  if (work.length === 0) return 0;
  const names = [...new Set(work.map((entry) => entry.table))] as SyncedTableName[];
  return writeTransaction(
    names.map((name) => db.table(name)),
    async () => {
      const touched = new Set<string>();
      for (const { table, id, field, restore } of work) {
        const name = table as SyncedTableName;
        if (!(await db.table(name).get(id))) continue;
        if (restore === 'remove') await deleteRecord(db, name, id);
        else if (restore !== 'none') await updateRecord(db, name, id, { [field]: restore.value });
        touched.add(`${table}/${id}`);
      }
      return touched.size;
    },
  );
}
