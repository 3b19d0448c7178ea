import type { MeetingRecord } from '../../../renderer/domain/meeting-record';
import type {
  AgendaItem,
  Attendance,
  MembershipRole,
  MeetingEvent,
  Minute,
  Person,
  Resolution,
  ResolutionVerb,
  RichText,
} from '../../../renderer/domain/model';
import { sampleOrganisation } from '../../../renderer/documents/sample/sample-people';

/**
 * Keys a meeting into a MeetingRecord the way a clerk would through Chamber's screens: people, their seats, who
 * attended, the items, the minutes and resolutions. Used to turn the seed fixtures into Chamber data.
 */
export class RecordKeyer {
  readonly record: MeetingRecord;
  private counter = 0;

  constructor(
    organisationName: string,
    committeeName: string,
    date: string,
    startTime: string,
    venue: string,
  ) {
    this.record = {
      organisation: { ...sampleOrganisation, name: organisationName },
      committee: {
        id: 'committee',
        name: committeeName,
        shortName: committeeName,
        type: 'board',
        quorum: 3,
        defaultVenue: venue,
        defaultStartTime: startTime,
        minuteNumbering: 'continuous',
        firstMinuteNumber: 1,
        standingItems: [],
        allowsRemoteAttendance: false,
      },
      meeting: {
        id: 'meeting',
        committeeId: 'committee',
        date,
        startTime,
        venue,
        type: 'ordinary',
        status: 'minutesApproved',
      },
      memberships: [],
      people: {},
      agendaItems: [],
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

  private id(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${this.counter}`;
  }

  /** "Councillor Jan Buttinger" is title Councillor, name Jan Buttinger; other names are kept whole. */
  person(printedName: string, position = '', group = ''): Person {
    const councillor = /^Councillor\s+(.+)$/.exec(printedName);
    const person: Person = {
      id: this.id('person'),
      title: councillor ? 'Councillor' : '',
      name: councillor?.[1] ?? printedName,
      group,
      position,
      email: '',
      phone: '',
      status: 'active',
    };
    this.record.people[person.id] = person;
    return person;
  }

  seat(person: Person, role: MembershipRole): void {
    const order = this.record.memberships.length + 1;
    this.record.memberships.push({
      id: this.id('seat'),
      committeeId: 'committee',
      personId: person.id,
      role,
      order,
    });
  }

  attend(person: Person, kind: Attendance['kind'], status: Attendance['status'] = 'present'): void {
    this.record.attendance.push({
      id: this.id('attendance'),
      meetingId: 'meeting',
      personId: person.id,
      name: person.name,
      kind,
      status,
      order: this.record.attendance.length + 1,
    });
  }

  item(title: string, fields: Partial<AgendaItem> = {}): AgendaItem {
    const item: AgendaItem = {
      id: this.id('item'),
      meetingId: 'meeting',
      order: this.record.agendaItems.length + 1,
      title,
      description: '',
      recommendation: '',
      responsibleOfficer: '',
      reportAuthor: '',
      wards: [],
      keyDecision: false,
      part: 'A',
      publicInterestReason: '',
      urgent: false,
      specialCircumstances: '',
      ...fields,
    };
    this.record.agendaItems.push(item);
    return item;
  }

  minute(item: AgendaItem, number: string, text: RichText, conclusions: string[] = []): Minute {
    const minute: Minute = {
      id: this.id('minute'),
      meetingId: 'meeting',
      agendaItemId: item.id,
      takenOrder: this.record.minutes.length + 1,
      number,
      text,
      conclusions,
    };
    this.record.minutes.push(minute);
    return minute;
  }

  resolve(minute: Minute, verb: ResolutionVerb, text: string, clauses: string[] = []): Resolution {
    const resolution: Resolution = {
      id: this.id('resolution'),
      minuteId: minute.id,
      meetingId: 'meeting',
      verb,
      recommendedTo: '',
      text,
      clauses: clauses.map((clause) => ({ text: clause, subClauses: [] })),
      order: 1,
    };
    this.record.resolutions.push(resolution);
    return resolution;
  }

  action(minute: Minute, text: string): void {
    this.record.actions.push({
      id: this.id('action'),
      committeeId: 'committee',
      meetingId: 'meeting',
      minuteId: minute.id,
      text,
      ownerText: '',
      status: 'open',
      updates: [],
      outcome: '',
      order: 1,
    });
  }

  event(kind: MeetingEvent['kind'], at: string): void {
    this.record.events.push({ id: this.id('event'), meetingId: 'meeting', kind, at, note: '' });
  }
}
