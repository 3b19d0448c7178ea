import { db, syncedTables, type SyncedTableName } from '../database';
import { deleteRecord, updateRecord } from '../gate';
import type { AgendaItem, Meeting, RecordId } from '../../domain/model';
import { previousMeeting } from './meetings';
import { restoredKey, restoreUnlessBack, type RemovedRecord } from './restore';
import { writeTransaction } from './transaction';

/** What a meeting's deletion took, and what it changed elsewhere: everything an undo needs. */
export type DeletedMeeting = {
  meetingId: RecordId;
  records: RemovedRecord[];
  /** Other meetings' Minutes items that presented this meeting's minutes, as they were. */
  presentedBy: Pick<AgendaItem, 'id' | 'minutesOf' | 'previousMeetingId'>[];
};

/** The tables whose records belong to one meeting, found by their meetingId; the meeting's own goes first. */
const meetingTables = [
  'agendaItems',
  'documents',
  'meetingEvents',
  'attendance',
  'declarations',
  'motions',
  'resolutions',
  'actions',
] as const;

/** What deleting a meeting takes with it, counted for the confirmation before anything goes. */
export async function whatDeletingMeetingTakes(
  meetingId: RecordId,
): Promise<{ items: number; papers: number; attendance: number; minutes: number }> {
  const [items, papers, attendance, minutes] = await Promise.all([
    db.agendaItems.where('meetingId').equals(meetingId).count(),
    db.documents.where('meetingId').equals(meetingId).count(),
    db.attendance.where('meetingId').equals(meetingId).count(),
    db.minutes.where('meetingId').equals(meetingId).count(),
  ]);
  return { items, papers, attendance, minutes };
}

/**
 * Delete a meeting not yet minuted, with its agenda, papers and anything recorded ahead of it (apologies, say).
 * A meeting with minutes is the council's record and is refused: minutes are never deleted, here or by sync. A
 * later meeting's Minutes item that presented this meeting's minutes presents the meeting before it instead.
 * One transaction; returns what an undo (undeleteMeeting) needs.
 */
export async function deleteMeeting(meetingId: RecordId): Promise<DeletedMeeting> {
  const tables = syncedTables.map((name) => db.table(name));
  return writeTransaction(tables, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    if ((await db.minutes.where('meetingId').equals(meetingId).count()) > 0)
      throw new Error(
        'This meeting has minutes: they are the council’s record and cannot be deleted. Cancel the meeting instead.',
      );
    const records: RemovedRecord[] = [{ table: 'meetings', id: meeting.id, values: { ...meeting } }];
    for (const table of meetingTables) {
      const rows = (await db.table(table).where('meetingId').equals(meetingId).toArray()) as { id: string }[];
      // Sub-items after the items they sit under, so an undo makes each parent first.
      if (table === 'agendaItems')
        rows.sort(
          (a, b) => Number(Boolean((a as AgendaItem).parentId)) - Number(Boolean((b as AgendaItem).parentId)),
        );
      for (const row of rows) records.push({ table, id: row.id, values: { ...row } });
      if (table === 'documents') {
        for (const row of rows) {
          const contents = await db.documentContents.get(row.id);
          if (contents) records.push({ table: 'documentContents', id: row.id, values: { ...contents } });
        }
      }
    }
    const presentedBy = await presentElsewhere(meeting);
    for (const record of [...records].reverse())
      await deleteRecord(db, record.table as SyncedTableName, record.id);
    return { meetingId, records, presentedBy };
  });
}

/** Later Minutes items that presented this meeting's minutes present the meeting before it instead. */
async function presentElsewhere(meeting: Meeting): Promise<DeletedMeeting['presentedBy']> {
  const pointing = await db.agendaItems
    .filter(
      (item) =>
        item.meetingId !== meeting.id &&
        (item.previousMeetingId === meeting.id || Boolean(item.minutesOf?.includes(meeting.id))),
    )
    .toArray();
  const before = (await previousMeeting(meeting.committeeId, meeting.date))?.id;
  const swap = (id: RecordId) => (id === meeting.id ? before : id);
  for (const item of pointing) {
    const minutesOf = item.minutesOf
      ? [...new Set(item.minutesOf.map(swap).filter((id): id is string => Boolean(id)))]
      : undefined;
    await updateRecord<AgendaItem>(db, 'agendaItems', item.id, {
      ...(item.minutesOf ? { minutesOf } : {}),
      ...(item.previousMeetingId === meeting.id ? { previousMeetingId: before } : {}),
    });
  }
  return pointing.map(({ id, minutesOf, previousMeetingId }) => ({ id, minutesOf, previousMeetingId }));
}

/**
 * Bring a deleted meeting back, with everything it took (as new records: a deletion is final between laptops,
 * db/repositories/restore.ts), and point the Minutes items that presented it at it again. Returns its new id.
 */
export async function undeleteMeeting(deleted: DeletedMeeting): Promise<RecordId> {
  await restoreUnlessBack(deleted.records);
  return writeTransaction([db.agendaItems], async () => {
    const mark = await db.meta.get(restoredKey('meetings', deleted.meetingId));
    const newId = typeof mark?.value === 'string' ? mark.value : deleted.meetingId;
    const swap = (id: RecordId) => (id === deleted.meetingId ? newId : id);
    for (const item of deleted.presentedBy) {
      if (!(await db.agendaItems.get(item.id))) continue;
      await updateRecord<AgendaItem>(db, 'agendaItems', item.id, {
        minutesOf: item.minutesOf?.map(swap),
        previousMeetingId: item.previousMeetingId ? swap(item.previousMeetingId) : undefined,
      });
    }
    return newId;
  });
}
