import { db, syncedTables, type SyncedTableName } from '../../../../renderer/db/database';
import { putRecord } from '../../../../renderer/db/gate';
import { defaultOrganisationSettings } from '../../../../renderer/db/repositories/settings';
import { writeTransaction } from '../../../../renderer/db/repositories/transaction';
import type { Stored } from '../../../../renderer/domain/model';
import { minimalDocx } from '../../../../renderer/domain/archive/docx-bytes';
import { paperBytes, paragraph } from './meeting';

const report = paperBytes('Work programme report.');

/**
 * One record in every synced table, each linked to the others as the screens link them: a meeting of the
 * Harrow Partnership Board with an item, its paper, a minute, resolution, motion, declaration, action and the
 * rest. The ids are fixed, so a test can name the record it changes.
 */
export const everyTable: Record<SyncedTableName, Stored & Record<string, unknown>> = {
  settings: { ...defaultOrganisationSettings, name: 'London Borough of Harrow' },
  people: {
    id: 'person-1',
    title: 'Councillor',
    name: 'Susan Hall',
    group: 'Conservative',
    position: '',
    email: 'susan.hall@example.gov.uk',
    phone: '',
    status: 'active',
  },
  interests: {
    id: 'interest-1',
    personId: 'person-1',
    category: 'land',
    description: 'Home in Harrow Weald',
    from: '2012-05-01',
  },
  committees: {
    id: 'committee-1',
    name: 'Harrow Partnership Board',
    shortName: 'HPB',
    type: 'board',
    contactOfficerId: 'person-1',
    quorum: 3,
    defaultVenue: 'Committee Room 5',
    defaultStartTime: '18:30',
    minuteNumbering: 'continuous',
    firstMinuteNumber: 101,
    standingItems: [{ title: 'Apologies for absence', description: '', kind: 'apologies' }],
    allowsRemoteAttendance: false,
  },
  memberships: {
    id: 'membership-1',
    committeeId: 'committee-1',
    personId: 'person-1',
    role: 'chair',
    from: '2012-05-01',
    order: 0,
  },
  meetings: {
    id: 'meeting-1',
    committeeId: 'committee-1',
    date: '2013-03-13',
    startTime: '18:30',
    venue: 'Committee Room 5',
    type: 'ordinary',
    status: 'held',
    agendaPublishedOn: '2013-03-05',
  },
  meetingEvents: {
    id: 'event-1',
    meetingId: 'meeting-1',
    kind: 'adjourned',
    at: '19:45',
    note: 'For ten minutes',
    agendaItemId: 'item-1',
  },
  agendaItems: {
    id: 'item-1',
    meetingId: 'meeting-1',
    order: 0,
    title: 'Harrow Partnership Board Work Programme',
    description: '',
    recommendation: 'That the report be noted.',
    responsibleOfficer: 'Head of Policy',
    reportAuthor: '',
    wards: ['All wards'],
    keyDecision: false,
    part: 'A',
    publicInterestReason: '',
    urgent: false,
    specialCircumstances: '',
    addedOn: '2013-03-01',
  },
  documents: {
    id: 'paper-1',
    agendaItemId: 'item-1',
    meetingId: 'meeting-1',
    name: 'Work programme report.docx',
    format: 'docx',
    role: 'report',
    sizeBytes: report.length,
    pageCount: 2,
    order: 0,
    toFollow: false,
    supplementary: false,
    version: 1,
    sha256: '',
  },
  documentContents: { id: 'paper-1', bytes: report },
  attendance: {
    id: 'attendance-1',
    meetingId: 'meeting-1',
    personId: 'person-1',
    name: 'Councillor Susan Hall',
    kind: 'member',
    status: 'present',
    arrivedAt: '18:30',
    order: 0,
  },
  minutes: {
    id: 'minute-1',
    meetingId: 'meeting-1',
    agendaItemId: 'item-1',
    takenOrder: 0,
    number: '101',
    text: paragraph('Members asked about the work programme.'),
    conclusions: ['The Board noted the report.'],
    startedAt: '18:40',
  },
  minuteRevisions: {
    id: 'revision-1',
    minuteId: 'minute-1',
    savedAt: '2013-03-13T18:45:00.000Z',
    text: paragraph('Members asked.'),
  },
  resolutions: {
    id: 'resolution-1',
    minuteId: 'minute-1',
    meetingId: 'meeting-1',
    verb: 'resolved',
    recommendedTo: '',
    text: 'That the report be noted.',
    clauses: [{ text: 'the report be noted', subClauses: [] }],
    order: 0,
  },
  declarations: {
    id: 'declaration-1',
    meetingId: 'meeting-1',
    agendaItemId: 'item-1',
    personId: 'person-1',
    kind: 'otherRegistrable',
    nature: 'Home in Harrow Weald',
    conduct: 'remained',
  },
  motions: {
    id: 'motion-1',
    meetingId: 'meeting-1',
    minuteId: 'minute-1',
    text: 'That the report be noted.',
    moverId: 'person-1',
    vote: { kind: 'recorded', choices: [{ personId: 'person-1', choice: 'for' }] },
    result: 'carried',
    order: 0,
  },
  actions: {
    id: 'action-1',
    committeeId: 'committee-1',
    meetingId: 'meeting-1',
    minuteId: 'minute-1',
    text: 'Circulate the work programme',
    ownerPersonId: 'person-1',
    ownerText: '',
    due: '2013-04-01',
    status: 'open',
    updates: [{ on: '2013-03-20', text: 'Draft sent' }],
    outcome: '',
    order: 0,
  },
  phrases: { id: 'phrase-1', label: 'Report noted', text: 'RESOLVED: That the report be noted.', order: 1 },
  templates: {
    id: 'template-1',
    kind: 'agendaPack',
    name: 'Agenda.docx',
    bytes: minimalDocx(['{{body}}']),
    uploadedAt: '2013-03-01T09:00:00.000Z',
  },
  bankHolidays: {
    id: 'holiday-1',
    date: '2013-05-06',
    region: 'englandAndWales',
    name: 'Early May bank holiday',
    change: 'added',
  },
};

/** Store everyTable through the change gate, as the screens store records. */
export async function storeEveryTable(): Promise<void> {
  await writeTransaction(
    syncedTables.map((name) => db.table(name)),
    async () => {
      for (const table of syncedTables) await putRecord(db, table, everyTable[table]);
    },
  );
}
