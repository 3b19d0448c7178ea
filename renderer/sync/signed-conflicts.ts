import { db } from '../db/database';
import { putRecord } from '../db/gate';
import { SignedMinutesRefused, type SignedCorrection } from '../db/repositories/signed-minutes';
import { newId } from '../db/repositories/transaction';
import { toIsoDate } from '../domain/en-gb';
import { minutesSigned } from '../domain/minutes-presented';
import { signingLocks } from '../domain/signed-minutes-scope';
import type { Meeting, Minute, MinuteRevision, SyncConflict } from '../domain/model';

/** Signed minutes a conflict is about: the meeting, and the minute its correction is kept against. */
export type SignedConflict = { meeting: Meeting; minute: Minute | undefined };

/** The tables signedConflictOf reads, for a transaction that settles a conflict. */
export const signedConflictTables = () => [db.meetings, db.minutes, db.minuteRevisions];

/**
 * Whether a conflict is about approved and signed minutes (of a meeting whose status is minutesApproved here),
 * and if so which minute a correction belongs to: the record's own minute, or the minute of its agenda item,
 * or, for what belongs to the whole meeting (attendance, a meeting event), the meeting's first minute, where
 * the attendance is minuted. Undefined for anything else, which settles freely.
 */
export async function signedConflictOf(conflict: SyncConflict): Promise<SignedConflict | undefined> {
  if (!signingLocks(conflict.table, conflict.field)) return undefined;
  const stored = (await db.table(conflict.table).get(conflict.recordId)) as
    Record<string, unknown> | undefined;
  const values = [stored, conflict.localValue, conflict.remoteValue].find(
    (value): value is Record<string, unknown> => !!value && typeof value === 'object' && 'meetingId' in value,
  );
  const meetingId = values?.meetingId;
  const meeting = typeof meetingId === 'string' ? await db.meetings.get(meetingId) : undefined;
  if (!meeting || !minutesSigned(meeting)) return undefined;
  return { meeting, minute: await minuteOf(conflict.table, conflict.recordId, values ?? {}, meeting.id) };
}

async function minuteOf(
  table: string,
  recordId: string,
  values: Record<string, unknown>,
  meetingId: string,
): Promise<Minute | undefined> {
  if (table === 'minutes') return db.minutes.get(recordId);
  if (typeof values.minuteId === 'string') return db.minutes.get(values.minuteId);
  if (typeof values.agendaItemId === 'string') {
    const minute = await db.minutes.where('agendaItemId').equals(values.agendaItemId).first();
    if (minute) return minute;
  }
  const minutes = await db.minutes.where('meetingId').equals(meetingId).toArray();
  return minutes.sort((a, b) => a.takenOrder - b.takenOrder)[0];
}

/**
 * Settling a conflict on signed minutes with a version other than the one they hold is a change to signed
 * minutes like any other: it needs the clerk's reason, which is kept as a correction of the minute and prints
 * in the minutes' history ("Minute 45 corrected on ...: reason"). Keeping the signed version needs none.
 * Runs inside the settling transaction (with signedConflictTables); `changes` says whether the chosen version
 * differs from what the signed minutes hold now.
 */
export async function keepSignedCorrection(
  conflict: SyncConflict,
  changes: boolean,
  correction: SignedCorrection | undefined,
): Promise<void> {
  if (!changes) return;
  const signed = await signedConflictOf(conflict);
  if (!signed) return;
  const reason = correction?.reason.trim();
  if (!reason) throw new SignedMinutesRefused(signed.meeting.date);
  if (!signed.minute) return; // Minutes with no minute at all: nothing to print the history under.
  await putRecord<MinuteRevision>(db, 'minuteRevisions', {
    id: newId(),
    minuteId: signed.minute.id,
    savedAt: new Date().toISOString(),
    text: signed.minute.text,
    signedChange: { kind: 'corrected', on: toIsoDate(new Date()), reason },
  });
}
