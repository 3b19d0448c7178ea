import type { MeetingRecord } from '../../domain/meeting-record';
import type { Attendance, MeetingEvent, Person } from '../../domain/model';
import { sampleAgendaItems, sampleDocuments, sampleMeetingId } from './sample-agenda';
import {
  sampleActions,
  sampleDeclarations,
  sampleMinutes,
  sampleMotions,
  sampleResolutions,
} from './sample-minutes';
import { sampleCommittee, sampleMemberships, sampleOrganisation, samplePeople } from './sample-people';

const line = (personId: string, order: number, fields: Partial<Attendance> = {}): Attendance => ({
  id: `att-${personId}`,
  meetingId: sampleMeetingId,
  personId,
  name: samplePeople.find((person) => person.id === personId)?.name ?? personId,
  kind: 'member',
  status: 'present',
  order,
  ...fields,
});

const sampleAttendance: Attendance[] = [
  line('p-okafor', 1),
  line('p-brennan', 2),
  line('p-lindqvist', 3),
  line('p-tembe', 4),
  line('p-ferreira', 5, { status: 'apologies' }),
  line('p-achebe', 6, { status: 'apologies' }),
  line('p-waverley', 7, { arrivedAt: '18:20', arrivedDuringItemId: 'i-libraries' }),
  line('p-castell', 8, { status: 'remote', leftAt: '19:35', leftDuringItemId: 'i-safety' }),
  line('p-marsh', 9),
  line('p-sub-quint', 10, { substituteForPersonId: 'p-achebe' }),
  line('p-cabinet-hale', 11, { kind: 'alsoPresent' }),
  line('p-officer-north', 12, { kind: 'officer' }),
  line('p-officer-adeyemi', 13, { kind: 'officer' }),
  line('p-officer-holloway', 14, { kind: 'officer' }),
];

const event = (kind: MeetingEvent['kind'], at: string, fields: Partial<MeetingEvent> = {}): MeetingEvent => ({
  id: `ev-${kind}-${at}`,
  meetingId: sampleMeetingId,
  kind,
  at,
  note: '',
  ...fields,
});

const sampleEvents: MeetingEvent[] = [
  event('started', '18:02'),
  event('adjourned', '19:10', { note: 'Comfort break' }),
  event('resumed', '19:20'),
  event('publicExcluded', '19:48', { exemptParagraph: 3, agendaItemId: 'i-exclusion' }),
  event('closed', '20:05'),
];

/**
 * The built-in sample: one fictional meeting with everything the minutes can show (a varied order, a substitute,
 * remote attendance, a late arrival and an early departure, a recorded vote, an urgent item, a Part B item, an
 * adjournment). `npm run demo` and the document tests build from it.
 */
export function sampleMeetingRecord(): MeetingRecord {
  const people: Record<string, Person> = {};
  for (const person of samplePeople) people[person.id] = person;
  return structuredClone({
    organisation: sampleOrganisation,
    committee: sampleCommittee,
    meeting: {
      id: sampleMeetingId,
      committeeId: sampleCommittee.id,
      date: '2025-03-12',
      startTime: '18:00',
      venue: 'Committee Room 2, Wrenmoor Civic Centre',
      type: 'ordinary',
      status: 'minutesDrafted',
      agendaPublishedOn: '2025-03-04',
    },
    memberships: sampleMemberships,
    people,
    agendaItems: sampleAgendaItems,
    documents: sampleDocuments,
    attendance: sampleAttendance,
    minutes: sampleMinutes,
    resolutions: sampleResolutions,
    declarations: sampleDeclarations,
    motions: sampleMotions,
    actions: sampleActions,
    events: sampleEvents,
    previousMeeting: {
      id: 'meeting-2024-12-11',
      committeeId: sampleCommittee.id,
      date: '2024-12-11',
      startTime: '18:00',
      venue: 'Committee Room 2, Wrenmoor Civic Centre',
      type: 'ordinary',
      status: 'minutesApproved',
    },
  });
}
