import { db } from '../database';
import { updateRecord } from '../gate';
import { statutoryBars, type Attendance, type StatutoryBar } from '../../domain/model';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { writeTransaction } from './transaction';

export type NewVotingBar = { personId: string; agendaItemId: string; bar: StatutoryBar };

/**
 * Record that the law bars a member from voting on an item (section 106 of the Local Government Finance Act
 * 1992: council tax arrears, on budget and council tax items). It is kept on the member's line of the roll as
 * the bar it is, never as an interest, so the vote refuses to count them and the minutes say which law applied.
 */
export async function recordVotingBar(
  meetingId: string,
  fields: NewVotingBar,
  correction?: SignedCorrection,
): Promise<Attendance> {
  if (!fields.personId) throw new Error('Choose the member who is barred from voting.');
  if (!fields.agendaItemId) throw new Error('Choose the item they may not vote on.');
  if (!(fields.bar in statutoryBars)) throw new Error('Choose the law that bars them from voting.');
  return writeTransaction([db.meetings, db.agendaItems, db.attendance], async () => {
    const item = await db.agendaItems.get(fields.agendaItemId);
    if (!item || item.meetingId !== meetingId) throw new Error('That item is not on this meeting’s agenda.');
    await refuseUnlessCorrecting(meetingId, correction);
    const line = (await db.attendance.where('meetingId').equals(meetingId).toArray()).find(
      (candidate) => candidate.personId === fields.personId && candidate.kind === 'member',
    );
    if (!line)
      throw new Error('That member is not on this meeting’s attendance: add them to the attendance first.');
    const bars = line.votingBars ?? [];
    if (bars.some((bar) => bar.agendaItemId === fields.agendaItemId && bar.bar === fields.bar))
      throw new Error(`${line.name} is already recorded as barred from voting on this item.`);
    return updateRecord<Attendance>(db, 'attendance', line.id, {
      votingBars: [...bars, { agendaItemId: fields.agendaItemId, bar: fields.bar }],
    });
  });
}

/** Take back a bar recorded in error: the member may vote on the item again, and the minutes no longer say so. */
export async function removeVotingBar(
  attendanceId: string,
  agendaItemId: string,
  bar: StatutoryBar,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.attendance], async () => {
    const line = await db.attendance.get(attendanceId);
    if (!line) throw new Error('That member is no longer on the attendance list.');
    await refuseUnlessCorrecting(line.meetingId, correction);
    await updateRecord<Attendance>(db, 'attendance', attendanceId, {
      votingBars: (line.votingBars ?? []).filter(
        (recorded) => !(recorded.agendaItemId === agendaItemId && recorded.bar === bar),
      ),
    });
  });
}
