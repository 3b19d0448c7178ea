import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type { Attendance } from '../../domain/model';
import { newId, writeTransaction } from './transaction';

/**
 * Open the roll call for a meeting: one line per member of the committee in membership order, and one per
 * officer on its membership (advisers), each marked absent until the clerk marks them. Lines already there are
 * kept, so calling it again is harmless. Officers are lines of kind 'officer': never counted or offered a vote.
 */
export async function openRollCall(meetingId: string): Promise<void> {
  await writeTransaction([db.meetings, db.memberships, db.people, db.attendance], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    const existing = await db.attendance.where('meetingId').equals(meetingId).toArray();
    const listed = new Set(existing.map((line) => line.personId));
    const memberships = await db.memberships
      .where('[committeeId+order]')
      .between([meeting.committeeId, -Infinity], [meeting.committeeId, Infinity])
      .toArray();
    let order = existing.length;
    for (const membership of memberships) {
      if (listed.has(membership.personId)) continue;
      if (membership.role === 'substitute') continue;
      if (membership.to && membership.to < meeting.date) continue;
      const person = await db.people.get(membership.personId);
      if (!person) continue;
      const line: Attendance = {
        id: newId(),
        meetingId,
        personId: person.id,
        name: [person.title, person.name].filter(Boolean).join(' '),
        kind: membership.role === 'adviser' ? 'officer' : 'member',
        status: 'absent',
        order: order++,
      };
      await putRecord(db, 'attendance', line);
    }
  });
}

export async function updateAttendance(id: string, changes: Partial<Omit<Attendance, 'id'>>): Promise<void> {
  await writeTransaction([db.attendance], () => updateRecord<Attendance>(db, 'attendance', id, changes));
}

export type NewAttendee = Partial<Omit<Attendance, 'id' | 'meetingId'>> & Pick<Attendance, 'name' | 'kind'>;

/** Add someone to the attendance who is not a member: an officer, a visiting councillor, a substitute. */
export async function addAttendee(meetingId: string, fields: NewAttendee): Promise<Attendance> {
  if (!fields.name.trim()) throw new Error('Type the name of the person attending.');
  return writeTransaction([db.attendance], async () => {
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
export async function stampArrival(id: string, at: string, duringItemId?: string): Promise<void> {
  await writeTransaction([db.attendance], async () => {
    const line = await db.attendance.get(id);
    if (!line) throw new Error('That person is no longer on the attendance list.');
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
export async function stampDeparture(id: string, at: string, duringItemId?: string): Promise<void> {
  await writeTransaction([db.attendance], async () => {
    const line = await db.attendance.get(id);
    if (!line) throw new Error('That person is no longer on the attendance list.');
    if (line.status !== 'present' && line.status !== 'remote')
      throw new Error(`${line.name} is not marked present, so cannot leave: mark them present first.`);
    await updateRecord<Attendance>(db, 'attendance', id, { leftAt: at, leftDuringItemId: duringItemId });
  });
}
