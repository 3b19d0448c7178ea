import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { newId, writeTransaction } from './transaction';
import { agendaItemRecord } from './agenda';

export type NewMeeting = Partial<Omit<Meeting, 'id' | 'committeeId'>> & Pick<Meeting, 'date'>;

/**
 * Create a meeting with its agenda started from the committee's standing items; the "Minutes" item points
 * at the committee's previous meeting.
 */
export async function createMeeting(committeeId: string, fields: NewMeeting): Promise<Meeting> {
  return writeTransaction([db.committees, db.meetings, db.agendaItems], async () => {
    const committee = await db.committees.get(committeeId);
    if (!committee) throw new Error('That committee no longer exists.');
    const meeting: Meeting = {
      id: newId(),
      committeeId,
      startTime: committee.defaultStartTime,
      venue: committee.defaultVenue,
      type: 'ordinary',
      status: 'planned',
      ...fields,
    };
    await putRecord(db, 'meetings', meeting);
    const previous = await previousMeeting(committeeId, meeting.date);
    for (const item of standingAgenda(committee, meeting, previous)) await putRecord(db, 'agendaItems', item);
    return meeting;
  });
}

export async function updateMeeting(id: string, changes: Partial<Omit<Meeting, 'id'>>): Promise<void> {
  await writeTransaction([db.meetings], () => updateRecord<Meeting>(db, 'meetings', id, changes));
}

/** The committee's last meeting before a date that was not cancelled. */
export async function previousMeeting(committeeId: string, before: string): Promise<Meeting | undefined> {
  const earlier = await db.meetings
    .where('[committeeId+date]')
    .between([committeeId, ''], [committeeId, before], true, false)
    .filter((meeting) => meeting.status !== 'cancelled')
    .toArray();
  return earlier.at(-1);
}

function standingAgenda(committee: Committee, meeting: Meeting, previous: Meeting | undefined): AgendaItem[] {
  return committee.standingItems.map((standing, order) => {
    const item = agendaItemRecord(meeting.id, {
      order,
      title: standing.title,
      description: standing.description,
      standingKind: standing.kind,
    });
    if (standing.kind === 'previousMinutes' && previous) item.previousMeetingId = previous.id;
    return item;
  });
}
