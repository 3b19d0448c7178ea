import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type { Attendance } from '../../domain/model';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';

/**
 * Open the roll call for a meeting: one line per member of the committee in membership order, and one per
 * officer on its membership (advisers), each marked absent until the clerk marks them. Lines already there are
 * kept, so calling it again is harmless. Officers are lines of kind 'officer': never counted or offered a vote.
 */
export async function openRollCall(meetingId: string, correction?: SignedCorrection): Promise<void> {
  await writeTransaction([db.meetings, db.memberships, db.people, db.attendance], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    const existing = await db.attendance.where('meetingId').equals(meetingId).toArray();
    const listed = new Set(existing.map((line) => line.personId));
    const memberships = await db.memberships
      .where('[committeeId+order]')
      .between([meeting.committeeId, -Infinity], [meeting.committeeId, Infinity])
      .toArray();
    const lines: Attendance[] = [];
    let order = existing.length;
    for (const membership of memberships) {
      if (listed.has(membership.personId)) continue;
      if (membership.role === 'substitute') continue;
      if (membership.to && membership.to < meeting.date) continue;
      const person = await db.people.get(membership.personId);
      if (!person) continue;
      lines.push({
        id: newId(),
        meetingId,
        personId: person.id,
        name: [person.title, person.name].filter(Boolean).join(' '),
        kind: membership.role === 'adviser' ? 'officer' : 'member',
        status: 'absent',
        order: order++,
      });
    }
    // Opening a signed meeting's roll again adds nothing and is no change: only new lines need a reason.
    if (lines.length > 0) await refuseUnlessCorrecting(meetingId, correction);
    for (const line of lines) await putRecord(db, 'attendance', line);
  });
}

export async function updateAttendance(
  id: string,
  changes: Partial<Omit<Attendance, 'id'>>,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.attendance], async () => {
    await refuseUnlessCorrecting((await db.attendance.get(id))?.meetingId, correction);
    await updateRecord<Attendance>(db, 'attendance', id, changes);
  });
}

export type NewAttendee = Partial<Omit<Attendance, 'id' | 'meetingId'>> & Pick<Attendance, 'name' | 'kind'>;

/** Add someone to the attendance who is not a member: an officer, a visiting councillor, a substitute. */
export async function addAttendee(
  meetingId: string,
  fields: NewAttendee,
  correction?: SignedCorrection,
): Promise<Attendance> {
  if (!fields.name.trim()) throw new Error('Type the name of the person attending.');
  return writeTransaction([db.meetings, db.attendance], async () => {
    await refuseUnlessCorrecting(meetingId, correction);
    const count = await db.attendance.where('meetingId').equals(meetingId).count();
    const line: Attendance = {
      id: newId(),
      meetingId,
      status: 'present',
      order: count,
      ...fields,
      name: fields.name.trim(),
    };
    await putRecord(db, 'attendance', line);
    return line;
  });
}

/**
 * Stamp a late arrival: the person is present from this time, during this item (the minutes note it there).
 */
export async function stampArrival(
  id: string,
  at: string,
  duringItemId?: string,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.attendance], async () => {
    const line = await db.attendance.get(id);
    if (!line) throw new Error('That person is no longer on the attendance list.');
    await refuseUnlessCorrecting(line.meetingId, correction);
    const status = line.status === 'remote' ? 'remote' : 'present';
    await updateRecord<Attendance>(db, 'attendance', id, {
      status,
      arrivedAt: at,
      arrivedDuringItemId: duringItemId,
      leftAt: undefined,
      leftDuringItemId: undefined,
    });
  });
}

/** Stamp an early departure: the person stops counting for quorum and votes from this time. */
export async function stampDeparture(
  id: string,
  at: string,
  duringItemId?: string,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.attendance], async () => {
    const line = await db.attendance.get(id);
    if (!line) throw new Error('That person is no longer on the attendance list.');
    await refuseUnlessCorrecting(line.meetingId, correction);
    if (line.status !== 'present' && line.status !== 'remote')
      throw new Error(`${line.name} is not marked present, so cannot leave: mark them present first.`);
    await updateRecord<Attendance>(db, 'attendance', id, { leftAt: at, leftDuringItemId: duringItemId });
  });
}
