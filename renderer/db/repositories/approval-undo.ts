import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type {
  AgendaItem,
  IsoDate,
  Meeting,
  Minute,
  MinuteRevision,
  MinutesApproval,
} from '../../domain/model';
import { minutesPresentedBy } from '../../domain/minutes-presented';
import { newId, writeTransaction } from './transaction';

/**
 * Undo an approval recorded in error (the clerk approved the wrong meeting's minutes): each minute an amendment
 * changed gets its text from before the approval back, the approved text kept as a revision; the history of
 * each meeting presented records the undo with its reason; the minutes are drafts again, unlocked, and the
 * item can approve them afresh. Returns the approval taken back (to approve again with approveMinutes, for the
 * session's Undo).
 *
 * @example const approval = await undoMinutesApproval(item.id, 'The wrong meeting’s minutes were approved', '2027-03-03')
 */
export async function undoMinutesApproval(
  agendaItemId: string,
  reason: string,
  on: IsoDate,
): Promise<MinutesApproval> {
  const why = reason.trim();
  if (!why)
    throw new Error('Say why the approval is being undone: the reason prints in the minutes’ history.');
  const savedAt = new Date().toISOString();
  return writeTransaction([db.agendaItems, db.meetings, db.minutes, db.minuteRevisions], async () => {
    const item = await db.agendaItems.get(agendaItemId);
    if (!item) throw new Error('That agenda item no longer exists.');
    const approval = item.minutesApproval;
    if (!approval) throw new Error('These minutes are not approved: there is no approval to undo.');
    const change = { kind: 'approvalUndone', on, reason: why, approvedOn: approval.approvedOn } as const;
    for (const meetingId of minutesPresentedBy(item)) {
      const minutes = (await db.minutes.where('meetingId').equals(meetingId).toArray()).sort(
        (a, b) => a.takenOrder - b.takenOrder,
      );
      const amended = minutes.filter((minute) =>
        approval.amendments.some((amendment) => amendment.minuteId === minute.id),
      );
      // The history notes the undo once per meeting: on its first amended minute, else its first minute.
      const noted = amended[0] ?? minutes[0];
      const revisions = await db.minuteRevisions
        .where('minuteId')
        .anyOf(minutes.map((minute) => minute.id))
        .toArray();
      for (const minute of amended) {
        const before = textBeforeApproval(minute.id, revisions, approval.approvedOn);
        await putRecord<MinuteRevision>(db, 'minuteRevisions', {
          id: newId(),
          minuteId: minute.id,
          savedAt,
          text: minute.text,
          ...(minute === noted && { signedChange: change }),
        });
        if (before) await updateRecord<Minute>(db, 'minutes', minute.id, { text: before });
      }
      if (noted && !amended.includes(noted))
        await putRecord<MinuteRevision>(db, 'minuteRevisions', {
          id: newId(),
          minuteId: noted.id,
          savedAt,
          text: noted.text,
          signedChange: change,
        });
      const meeting = await db.meetings.get(meetingId);
      // A draft again: it prints each person as they are today, so the names kept at signing go.
      if (meeting?.status === 'minutesApproved')
        await updateRecord<Meeting>(db, 'meetings', meetingId, {
          status: 'minutesDrafted',
          namesAsSigned: undefined,
        });
    }
    await updateRecord<AgendaItem>(db, 'agendaItems', agendaItemId, { minutesApproval: undefined });
    return approval;
  });
}

/**
 * The minute's text as it stood before the approval's first amendment to it (approveMinutes kept it). An
 * approval undone before, and made again, left its own amendments: only those since the meeting's last undo
 * (every revision an undo writes has its time) belong to this approval.
 */
function textBeforeApproval(
  minuteId: string,
  meetingRevisions: readonly MinuteRevision[],
  approvedOn: IsoDate,
): Minute['text'] | undefined {
  const lastUndo = meetingRevisions
    .filter((revision) => revision.signedChange?.kind === 'approvalUndone')
    .map((revision) => revision.savedAt)
    .sort()
    .at(-1);
  const first = meetingRevisions
    .filter(
      (revision) =>
        revision.minuteId === minuteId &&
        revision.signedChange?.kind === 'amended' &&
        revision.signedChange.on === approvedOn &&
        (lastUndo === undefined || revision.savedAt > lastUndo),
    )
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))[0];
  return first?.text;
}
