import { db } from '../database';
import { formatShortDate } from '../../domain/en-gb';
import { minutesPresentedBy } from '../../domain/minutes-presented';
import { shownDate } from '../../domain/shown-value';
import type { AgendaItem, Meeting, Minute } from '../../domain/model';

/** A meeting as the clerk picks it: "Planning Committee, 12 January 2027". */
export type MeetingChoice = { meeting: Meeting; label: string };

/** One minute as an amendment names it: "Planning Committee, 12 January 2027: minute 45, Apologies". */
export type MinuteChoice = { minute: Minute; meetingId: string; label: string };

export type MinutesPresented = {
  /** The meetings presented, in print order. */
  presented: MeetingChoice[];
  /** Their minutes, meeting by meeting, in the order taken. */
  minutes: MinuteChoice[];
};

/**
 * The minutes a "Minutes" item presents, with their meetings and each minute's item title, for choosing which
 * minute an amendment concerns.
 */
export async function loadMinutesPresented(item: AgendaItem): Promise<MinutesPresented> {
  const ids = minutesPresentedBy(item);
  const meetings = (await db.meetings.bulkGet(ids)).filter((meeting) => meeting !== undefined);
  const presented = await Promise.all(meetings.map(meetingChoice));
  const minutes: MinuteChoice[] = [];
  for (const { meeting, label } of presented) {
    const taken = (await db.minutes.where('meetingId').equals(meeting.id).toArray()).sort(
      (a, b) => a.takenOrder - b.takenOrder,
    );
    const items = await db.agendaItems.bulkGet(taken.map((minute) => minute.agendaItemId));
    taken.forEach((minute, index) =>
      minutes.push({
        minute,
        meetingId: meeting.id,
        label: `${label}: minute ${minute.number || '(unnumbered)'}, ${items[index]?.title ?? 'item removed'}`,
      }),
    );
  }
  return { presented, minutes };
}

/**
 * The meetings whose minutes a meeting could present: any body's, held before it (its own excepted, and none
 * cancelled), latest first, from the two years before it.
 */
export async function loadMeetingsToPresent(meeting: Meeting): Promise<MeetingChoice[]> {
  const from = `${Number(meeting.date.slice(0, 4)) - 2}${meeting.date.slice(4)}`;
  const earlier = await db.meetings
    .where('date')
    .between(from, meeting.date, true, true)
    .filter((other) => other.id !== meeting.id && other.status !== 'cancelled')
    .toArray();
  earlier.sort((a, b) => b.date.localeCompare(a.date));
  return Promise.all(earlier.map(meetingChoice));
}

async function meetingChoice(meeting: Meeting): Promise<MeetingChoice> {
  const committee = await db.committees.get(meeting.committeeId);
  const date = shownDate(meeting.date).valid ? formatShortDate(meeting.date) : meeting.date;
  return { meeting, label: `${committee?.name ?? 'A committee no longer on record'}, ${date}` };
}
