import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Action,
  AgendaItem,
  Attendance,
  AttachedDocument,
  BankHolidayEdit,
  ChangeEntry,
  Committee,
  Declaration,
  DocumentContent,
  DocumentTemplate,
  IndividualDecision,
  Meeting,
  MeetingEvent,
  Membership,
  MetaEntry,
  Minute,
  MinuteRevision,
  Motion,
  OrganisationSettings,
  Person,
  Phrase,
  PlannedDecision,
  RecordClock,
  RegisteredInterest,
  Resolution,
  SearchIndexEntry,
  SyncConflict,
  SyncPeer,
} from '../domain/model';
import { recordStamps } from './record-stamps';
import {
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
  schemaV9,
} from './schema';
import { upgradeToV2, upgradeToV3, upgradeToV5 } from './upgrades';
import { upgradeToV4 } from './upgrade-minutes-presented';
import { upgradeToV6 } from './upgrade-running-order';
import { upgradeToV8 } from './upgrade-phrase-kinds';

export const databaseName = 'chamber';

/** Chamber's one database. Repositories (db/repositories) are the only code that writes to it. */
export class ChamberDatabase extends Dexie {
  settings!: EntityTable<OrganisationSettings, 'id'>;
  people!: EntityTable<Person, 'id'>;
  interests!: EntityTable<RegisteredInterest, 'id'>;
  committees!: EntityTable<Committee, 'id'>;
  memberships!: EntityTable<Membership, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  meetingEvents!: EntityTable<MeetingEvent, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  documents!: EntityTable<AttachedDocument, 'id'>;
  documentContents!: EntityTable<DocumentContent, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  minutes!: EntityTable<Minute, 'id'>;
  minuteRevisions!: EntityTable<MinuteRevision, 'id'>;
  resolutions!: EntityTable<Resolution, 'id'>;
  declarations!: EntityTable<Declaration, 'id'>;
  motions!: EntityTable<Motion, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  phrases!: EntityTable<Phrase, 'id'>;
  templates!: EntityTable<DocumentTemplate, 'id'>;
  bankHolidays!: EntityTable<BankHolidayEdit, 'id'>;
  individualDecisions!: EntityTable<IndividualDecision, 'id'>;
  plannedDecisions!: EntityTable<PlannedDecision, 'id'>;
  changes!: Table<ChangeEntry, number>;
  /** Tombstones: the stamps of deleted records (a living record keeps its stamps in its own row). */
  clocks!: EntityTable<RecordClock, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  syncPeers!: EntityTable<SyncPeer, 'deviceId'>;
  conflicts!: EntityTable<SyncConflict, 'id'>;
  searchIndex!: EntityTable<SearchIndexEntry, 'key'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2).upgrade(upgradeToV2);
    this.version(3).stores(schemaV3).upgrade(upgradeToV3(syncedTables));
    this.version(4).stores(schemaV4).upgrade(upgradeToV4);
    this.version(5).stores(schemaV5).upgrade(upgradeToV5);
    this.version(6).stores(schemaV6).upgrade(upgradeToV6);
    this.version(7).stores(schemaV7);
    this.version(8).stores(schemaV8).upgrade(upgradeToV8);
    this.version(9).stores(schemaV9);
    this.use(recordStamps(syncedTables));
  }
}

/** The tables whose records travel between laptops and pass through the change gate. */
export const syncedTables = [
  'settings',
  'people',
  'interests',
  'committees',
  'memberships',
  'meetings',
  'meetingEvents',
  'agendaItems',
  'documents',
  'documentContents',
  'attendance',
  'minutes',
  'minuteRevisions',
  'resolutions',
  'declarations',
  'motions',
  'actions',
  'phrases',
  'templates',
  'bankHolidays',
  'individualDecisions',
  'plannedDecisions',
] as const;
export type SyncedTableName = (typeof syncedTables)[number];

export const db = new ChamberDatabase();
