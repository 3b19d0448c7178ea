import { readFileSync } from 'node:fs';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import type {
  AgendaItem,
  AttachedDocument,
  Membership,
  MembershipRole,
  Person,
} from '../../../../renderer/domain/model';

type FixturePerson = { name: string; role?: string; position: string; organisation: string };
type FixtureItem = { number: string; title: string; part: 'A' | 'B'; description?: string; papers?: string };
type Fixture = {
  organisation: { name: string; contact: { name: string; title: string; phone: string; email: string } };
  committee: {
    name: string;
    members: FixturePerson[];
    substitutes: FixturePerson[];
    officers: FixturePerson[];
  };
  meeting: { date: string; start: string; venue: string; agenda: FixtureItem[] };
};

export const seed004 = JSON.parse(
  readFileSync(new URL('../../fixtures/seed-004-partnership-board.json', import.meta.url), 'utf8'),
) as Fixture;

const titles = ['Councillor', 'Chief Superintendent', 'Borough Commander', 'Chief Inspector', 'Dr'];

function personOf(entry: FixturePerson, id: string): Person {
  const title = titles.find((candidate) => entry.name.startsWith(`${candidate} `)) ?? '';
  return {
    id,
    title,
    name: title ? entry.name.slice(title.length + 1) : entry.name,
    group: entry.organisation,
    position: entry.position,
    email: '',
    phone: '',
    status: 'active',
  };
}

/** Seed 004's meeting keyed in as a clerk would: committee, memberships in the printed order, agenda, papers. */
export function seed004Record(): MeetingRecord {
  const people: Record<string, Person> = {};
  const memberships: Membership[] = [];
  const add = (entries: FixturePerson[], role: (entry: FixturePerson) => MembershipRole): void => {
    for (const entry of entries) {
      const id = `person-${Object.keys(people).length + 1}`;
      people[id] = personOf(entry, id);
      memberships.push({
        id: `membership-${id}`,
        committeeId: 'board',
        personId: id,
        role: role(entry),
        order: memberships.length,
      });
    }
  };
  add(seed004.committee.members, (entry) => (entry.role === 'Chair' ? 'chair' : 'member'));
  add(seed004.committee.substitutes, () => 'substitute');
  add(seed004.committee.officers, () => 'adviser');
  const agendaItems = seed004.meeting.agenda.map((entry, index): AgendaItem => agendaItem(entry, index));
  const contact = seed004.organisation.contact;
  return {
    organisation: {
      id: 'organisation',
      name: seed004.organisation.name,
      address: '',
      contactName: contact.name,
      contactTitle: contact.title,
      contactPhone: contact.phone,
      contactEmail: contact.email,
      defaultVenue: '',
      municipalYearStartMonth: 5,
      bankHolidayRegion: 'englandAndWales',
      saturdaysAreClearDays: false,
      reportDeadlineWorkingDays: 5,
      callInWorkingDays: 3,
      noticeClearDays: 5,
      // Harrow's house style, as seed 004 prints it: "Councillor Thaya Idaikkadar (Chairman)".
      houseStyle: { chairTitle: 'Chairman', viceChairTitle: 'Vice-Chairman' },
    },
    committee: {
      id: 'board',
      name: seed004.committee.name,
      shortName: 'HPB',
      type: 'board',
      quorum: 4,
      defaultVenue: seed004.meeting.venue,
      defaultStartTime: '18:00',
      minuteNumbering: 'continuous',
      firstMinuteNumber: 101,
      standingItems: [],
      allowsRemoteAttendance: false,
    },
    meeting: {
      id: 'meeting-2013-03-13',
      committeeId: 'board',
      date: seed004.meeting.date,
      startTime: seed004.meeting.start,
      venue: seed004.meeting.venue,
      type: 'ordinary',
      status: 'agendaPublished',
    },
    memberships,
    people,
    agendaItems,
    documents: [],
    attendance: [],
    minutes: [],
    resolutions: [],
    declarations: [],
    motions: [],
    actions: [],
    events: [],
  };
}

export function agendaItem(entry: FixtureItem, index: number, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: `item-${entry.number}`,
    meetingId: 'meeting-2013-03-13',
    order: index,
    title: entry.title,
    description: entry.description ?? '',
    recommendation: '',
    responsibleOfficer: '',
    reportAuthor: '',
    wards: [],
    keyDecision: false,
    part: entry.part,
    publicInterestReason: '',
    standingKind: entry.papers === 'previous minutes' ? 'previousMinutes' : undefined,
    urgent: false,
    specialCircumstances: '',
    ...extra,
  };
}

export function attachedDocument(
  itemNumber: string,
  name: string,
  format: 'docx' | 'pdf',
  order: number,
  extra: Partial<AttachedDocument> = {},
): AttachedDocument {
  return {
    id: `document-${itemNumber}-${order}`,
    agendaItemId: `item-${itemNumber}`,
    meetingId: 'meeting-2013-03-13',
    name,
    format,
    role: order === 0 ? 'report' : 'appendix',
    sizeBytes: 0,
    order,
    toFollow: false,
    supplementary: false,
    version: 1,
    sha256: '',
    ...extra,
  };
}
