import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../../db/database';
import { numberAgenda, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import { inOrderOfHappening } from '../../../domain/meeting-events';
import { shownMinuteNumber } from '../../../domain/minute-number-format';
import { municipalYearIfReadable } from '../../../domain/municipal-year';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { houseStyleOf, type HouseStyle } from '../../../domain/house-style';
import type {
  Attendance,
  Committee,
  Meeting,
  MeetingEvent,
  Membership,
  Minute,
  Person,
  Phrase,
} from '../../../domain/model';

/** What the whole screen needs and that changes rarely: the meeting, its body, agenda, people and phrases. */
export type MeetingFrame = {
  meeting: Meeting;
  committee: Committee;
  agenda: NumberedAgendaItem[];
  memberships: Membership[];
  people: Map<string, Person>;
  phrases: Phrase[];
  /** The municipal year the meeting falls in (undefined for a date Chamber cannot read), for printed numbers. */
  municipalYear: number | undefined;
  /**
   * The house style the minutes print in (the committee's choices over the organisation's), so the screen reads
   * as they will print. Read here with the meeting, not per minute: a query that reads the minute runs again at
   * every stored keystroke, and queues its reads in front of the next keystroke's write.
   */
  style: HouseStyle;
};

export function useMeetingFrame(meetingId: string): MeetingFrame | null | undefined {
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    const committee = meeting && (await db.committees.get(meeting.committeeId));
    if (!meeting || !committee) return null;
    const [items, memberships, phrases, settings] = await Promise.all([
      db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      db.memberships.where('committeeId').equals(committee.id).sortBy('order'),
      db.phrases.orderBy('order').toArray(),
      loadOrganisationSettings(),
    ]);
    const attendance = await db.attendance.where('meetingId').equals(meetingId).toArray();
    const ids = new Set([
      ...memberships.map((m) => m.personId),
      ...attendance.flatMap((line) => (line.personId ? [line.personId] : [])),
    ]);
    const people = new Map<string, Person>();
    for (const person of await db.people.bulkGet([...ids])) if (person) people.set(person.id, person);
    const municipalYear = municipalYearIfReadable(meeting.date, settings.municipalYearStartMonth);
    const style = houseStyleOf(settings, committee);
    return {
      meeting,
      committee,
      agenda: numberAgenda(items),
      memberships,
      people,
      phrases,
      municipalYear,
      style,
    };
  }, [meetingId]);
}

/**
 * A minute's number as this screen shows it: the committee's house form, as the Word minutes print it
 * ("0654/26"), so what the clerk sees is what prints; '' for an unnumbered section.
 */
export function minuteNumberIn(
  frame: Pick<MeetingFrame, 'committee' | 'municipalYear'>,
  stored: string,
): string {
  return shownMinuteNumber(stored, frame.committee.minuteNumberFormat, frame.municipalYear);
}

/** A taken item's minute without its text: the text lives in the editor while the clerk types. */
export type MinuteStub = Pick<Minute, 'id' | 'agendaItemId' | 'number' | 'takenOrder' | 'startedAt'>;

/**
 * The minutes taken so far. A minute's number, item and time taken are fixed when it is taken, so this
 * watches only which minutes exist (their keys): storing typed text, many times a second, never wakes it, and
 * never queues a read in front of the next write.
 */
export function useMinuteStubs(meetingId: string): MinuteStub[] | undefined {
  const ids = useLiveQuery(() => db.minutes.where('meetingId').equals(meetingId).primaryKeys(), [meetingId]);
  const key = ids?.join(' ');
  const [stubs, setStubs] = useState<{ key: string; list: MinuteStub[] }>();
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    void db.minutes.bulkGet(key ? key.split(' ') : []).then((minutes) => {
      if (!current) return;
      const list = minutes
        .flatMap((minute) => (minute ? [minute] : []))
        .map(({ id, agendaItemId, number, takenOrder, startedAt }) => ({
          id,
          agendaItemId,
          number,
          takenOrder,
          startedAt,
        }))
        .sort((a, b) => a.takenOrder - b.takenOrder);
      setStubs({ key, list });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return stubs && stubs.key === key ? stubs.list : undefined;
}

export function useAttendance(meetingId: string): Attendance[] | undefined {
  return useLiveQuery(() => db.attendance.where('meetingId').equals(meetingId).sortBy('order'), [meetingId]);
}

export function useMeetingEvents(meetingId: string): MeetingEvent[] | undefined {
  return useLiveQuery(
    async () => inOrderOfHappening(await db.meetingEvents.where('meetingId').equals(meetingId).toArray()),
    [meetingId],
  );
}

/** The name a person is known by on this screen. */
export function nameIn(people: Map<string, Person>, personId: string | undefined): string {
  const person = personId ? people.get(personId) : undefined;
  return person ? [person.title, person.name].filter(Boolean).join(' ') : 'Someone no longer on record';
}

/** "Minute 0654/26: Fees", or "Unnumbered minute: Presentations": how the screen names a minute's text. */
export function minuteLabelIn(
  frame: Pick<MeetingFrame, 'committee' | 'municipalYear'>,
  stored: string,
  title: string,
): string {
  const shown = minuteNumberIn(frame, stored);
  return shown ? `Minute ${shown}: ${title}` : `Unnumbered minute: ${title}`;
}
