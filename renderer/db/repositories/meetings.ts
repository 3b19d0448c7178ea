import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type { AgendaItem, Committee, Meeting, MeetingStatus } from '../../domain/model';
import { newId, writeTransaction } from './transaction';
import { agendaItemRecord } from './agenda';
import { minutesPresentedBy } from '../../domain/minutes-presented';

export type NewMeeting = Partial<Omit<Meeting, 'id' | 'committeeId'>> & Pick<Meeting, 'date'>;

/**
 * Create a meeting with its agenda started from the committee's standing items; the "Minutes" item points
 * at the committee's previous meeting.
 */
export async function createMeeting(committeeId: string, fields: NewMeeting): Promise<Meeting> {
  checkMeeting(fields);
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
    await presentToNextMeeting(meeting);
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
    // previousMeetingId too, for laptops whose Chamber reads only that.
    if (standing.kind === 'previousMinutes' && previous)
      Object.assign(item, { previousMeetingId: previous.id, minutesOf: [previous.id] });
    return item;
  });
}

/**
 * A meeting keyed after the one that follows it: that meeting's "Minutes" item, if it presents no minutes yet
 * and has not approved any, now presents this meeting's (its predecessor, as the clerk meant).
 */
async function presentToNextMeeting(meeting: Meeting): Promise<void> {
  if (meeting.status === 'cancelled') return;
  const next = await db.meetings
    .where('[committeeId+date]')
    .between([meeting.committeeId, meeting.date], [meeting.committeeId, '\uffff'], false, true)
    .filter((later) => later.status !== 'cancelled')
    .first();
  if (!next) return;
  const items = await db.agendaItems.where('meetingId').equals(next.id).toArray();
  for (const item of items) {
    if (item.standingKind !== 'previousMinutes' || item.minutesApproval) continue;
    if (minutesPresentedBy(item).length > 0) continue;
    await updateRecord<AgendaItem>(db, 'agendaItems', item.id, { minutesOf: [meeting.id] });
  }
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with a meeting's date, time and venue, in words the clerk can act on. */
export function meetingProblems(fields: Partial<Pick<Meeting, 'date' | 'startTime'>>): {
  date?: string;
  startTime?: string;
} {
  const problems: { date?: string; startTime?: string } = {};
  if (fields.date !== undefined && !isoDatePattern.test(fields.date))
    problems.date = 'Choose the day of the meeting.';
  if (fields.startTime !== undefined && !clockTimePattern.test(fields.startTime)) {
    problems.startTime = 'Type the start time on the 24-hour clock, for example 18:00.';
  }
  return problems;
}

function checkMeeting(fields: Partial<Pick<Meeting, 'date' | 'startTime'>>): void {
  const problem = Object.values(meetingProblems(fields))[0];
  if (problem) throw new Error(problem);
}

/**
 * Create a series of meetings (e.g. monthly for a municipal year) in one go: every one is stored, or none.
 * Each meeting's "Minutes" item points at the meeting before it in the series.
 */
export async function createMeetingSeries(
  committeeId: string,
  dates: readonly string[],
  fields: Omit<NewMeeting, 'date'> = {},
): Promise<Meeting[]> {
  if (dates.length === 0) throw new Error('The series has no dates: check the first and last dates.');
  for (const date of dates) checkMeeting({ date, startTime: fields.startTime });
  return writeTransaction([db.committees, db.meetings, db.agendaItems], async () => {
    const created: Meeting[] = [];
    for (const date of [...dates].sort()) created.push(await createMeeting(committeeId, { ...fields, date }));
    return created;
  });
}

/** The lifecycle a meeting moves through, in order (cancelled stands apart). */
export const meetingLifecycle: readonly MeetingStatus[] = [
  'planned',
  'agendaPublished',
  'held',
  'minutesDrafted',
  'minutesApproved',
];

/** The status that follows, or undefined at the end of the lifecycle or for a cancelled meeting. */
export function nextMeetingStatus(status: MeetingStatus): MeetingStatus | undefined {
  const index = meetingLifecycle.indexOf(status);
  return index === -1 ? undefined : meetingLifecycle[index + 1];
}

/**
 * Move a meeting one step on its lifecycle. Publishing the agenda records the day (today), which fixes the
 * clear-days rules for items added later.
 */
export async function advanceMeeting(id: string, today: string): Promise<MeetingStatus> {
  return writeTransaction([db.meetings], async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new Error('That meeting no longer exists.');
    const next = nextMeetingStatus(meeting.status);
    if (!next) throw new Error('This meeting has no further step: reinstate it first if it was cancelled.');
    const changes: Partial<Meeting> = { status: next };
    if (next === 'agendaPublished') changes.agendaPublishedOn = today;
    await updateRecord<Meeting>(db, 'meetings', id, changes);
    return next;
  });
}

export async function cancelMeeting(id: string): Promise<void> {
  await writeTransaction([db.meetings], async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new Error('That meeting no longer exists.');
    if (meeting.status !== 'planned' && meeting.status !== 'agendaPublished') {
      throw new Error('A meeting that has been held cannot be cancelled.');
    }
    await updateRecord<Meeting>(db, 'meetings', id, { status: 'cancelled' });
  });
}

/** Bring a cancelled meeting back as planned. */
export async function reinstateMeeting(id: string): Promise<void> {
  await writeTransaction([db.meetings], () =>
    updateRecord<Meeting>(db, 'meetings', id, { status: 'planned' }),
  );
}

/**
 * Move a meeting to another day (and time or venue). The date first planned is kept, however often it moves;
 * the agenda counts as unpublished again, since the clear days must be counted to the new date.
 */
export async function rescheduleMeeting(
  id: string,
  to: Pick<Meeting, 'date' | 'startTime' | 'venue'>,
): Promise<void> {
  checkMeeting(to);
  await writeTransaction([db.meetings], async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new Error('That meeting no longer exists.');
    if (
      meeting.status !== 'planned' &&
      meeting.status !== 'agendaPublished' &&
      meeting.status !== 'cancelled'
    ) {
      throw new Error('A meeting that has been held cannot be rescheduled.');
    }
    if (to.date === meeting.date && to.startTime === meeting.startTime && to.venue === meeting.venue) {
      throw new Error('Choose a different day, time or venue to reschedule the meeting.');
    }
    await updateRecord<Meeting>(db, 'meetings', id, {
      ...to,
      venue: to.venue.trim(),
      status: 'planned',
      agendaPublishedOn: undefined,
      rescheduledFrom:
        to.date === meeting.date ? meeting.rescheduledFrom : (meeting.rescheduledFrom ?? meeting.date),
    });
  });
}
