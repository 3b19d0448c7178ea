import { Dexie, type Table } from 'dexie';
import { formatStamp } from '../domain/hybrid-clock';
import type { RecordClock } from '../domain/model';
import type { RecordState } from '../sync/merge/types';
import { syncedTables, type ChamberDatabase, type SyncedTableName } from './database';
import { loadDeviceClock } from './device';
import { stampsOf } from './record-stamps';

/** Which records an export covers; see sync/format/manifest.ts ExportScope. */
export type ReadScope =
  | { kind: 'everything' }
  | { kind: 'committee'; committeeId: string }
  | { kind: 'meeting'; meetingId: string };

type AnyRecord = { id: string } & Record<string, unknown>;
type Ids = Partial<Record<SyncedTableName, Set<string>>>;

/**
 * Read what an export carries: every record in scope with its field stamps, and the tombstones of its tables,
 * in one read transaction so the file is a consistent picture. A field written before the change gate stamped
 * it (or a record with no stamps at all) gets the zero stamp, so any real edit anywhere wins over it.
 * Tombstones are carried whole for the scope's tables: a deleted record's meeting is no longer known, and a
 * tombstone carries nothing but an id.
 */
export async function readRecordStates(
  database: ChamberDatabase,
  scope: ReadScope,
): Promise<Map<SyncedTableName, RecordState[]>> {
  const zero = formatStamp({ ...(await loadDeviceClock(database)), millis: 0, counter: 0 });
  const tables = syncedTables.map((name) => database.table(name));
  return database.transaction('r', [...tables, database.clocks], async () => {
    const ids = scope.kind === 'everything' ? undefined : await scopeIds(database, scope);
    const tombstones = groupTombstones(await database.clocks.toArray());
    const states = new Map<SyncedTableName, RecordState[]>();
    for (const table of syncedTables) {
      if (ids && !ids[table]) continue;
      const rows = ids
        ? await tableOf(database, table).bulkGet([...(ids[table] ?? [])])
        : await tableOf(database, table).toArray();
      const list: RecordState[] = [];
      for (const row of rows) if (row) list.push(aliveState(table, row, zero));
      for (const tombstone of tombstones.get(table) ?? []) list.push(tombstoneState(tombstone));
      if (list.length > 0) states.set(table, list);
    }
    return states;
  });
}

/** A run of one table's states, in the order an export writes them. */
export type RecordStatePiece = { table: SyncedTableName; states: RecordState[] };

/** Records read at once: two thousand minutes are a few megabytes, five hundred papers about five. */
const defaultPiece = (table: SyncedTableName) => (table === 'documentContents' ? 500 : 2000);

/** `piece`: records per piece, for every table (tests cross pieces with a handful of records). */
export type PieceOptions = { piece?: number };

/**
 * What an export carries, as readRecordStates reads it, a piece at a time: a whole archive is twelve years of
 * minutes and 200 MB of papers, and read at once it was held whole beside the file being made. A meeting's or
 * a committee's is small and read as before, in one transaction.
 *
 * For everything, each table's ids are listed first (keys only), and cut into runs of a piece's size. Each
 * piece is its own read transaction over its run of ids and the tombstones of that run, so a piece is
 * consistent and every record is read exactly once: a record edited after its piece was read goes out as it
 * was then; one deleted before its piece is read goes out as a tombstone; the last run is open-ended, so one
 * added meanwhile is not lost. The file's knowledge must be taken before the first piece, so that it never
 * claims a change the file does not hold.
 */
export async function* readRecordStatePieces(
  database: ChamberDatabase,
  scope: ReadScope,
  options: PieceOptions = {},
): AsyncGenerator<RecordStatePiece> {
  const piecesOf = (table: SyncedTableName) => options.piece ?? defaultPiece(table);
  if (scope.kind !== 'everything') {
    for (const [table, states] of await readRecordStates(database, scope)) {
      const size = piecesOf(table);
      for (let start = 0; start < states.length; start += size)
        yield { table, states: states.slice(start, start + size) };
    }
    return;
  }
  const zero = formatStamp({ ...(await loadDeviceClock(database)), millis: 0, counter: 0 });
  // A few pieces are asked for ahead of the one being packed: IndexedDB answers on its own thread, and
  // asking for each piece only when the last was packed left the page idle for a third of the export.
  const inFlight: { table: SyncedTableName; read: Promise<RecordState[]> }[] = [];
  // Tables' ids are listed a few tables ahead too: listed only as each table came up, a small council's
  // export sat waiting for IndexedDB once per table (20-30 ms of a 130 ms export, 7 Dec).
  const listings: Promise<IdRun[]>[] = [];
  const listUpTo = (last: number) => {
    for (let at = listings.length; at <= Math.min(last, exportOrder.length - 1); at += 1) {
      const table = exportOrder[at] as SyncedTableName;
      const listing = idRuns(database, table, piecesOf(table));
      listing.catch(() => undefined); // awaited in its turn, as a piece's read is
      listings.push(listing);
    }
  };
  for (const [at, table] of exportOrder.entries()) {
    listUpTo(at + listAhead);
    for (const run of await (listings[at] as Promise<IdRun[]>)) {
      const read = readPiece(database, table, run, zero);
      // Marked as handled at once: a piece that fails while an earlier one is awaited, or that a caller
      // stopping early leaves in flight, is not an unhandled rejection (awaited, it still throws).
      read.catch(() => undefined);
      inFlight.push({ table, read });
      if (inFlight.length <= readAhead) continue;
      const next = inFlight.shift() as (typeof inFlight)[number];
      const states = await next.read;
      if (states.length > 0) yield { table: next.table, states };
    }
  }
  while (inFlight.length > 0) {
    const next = inFlight.shift() as (typeof inFlight)[number];
    const states = await next.read;
    if (states.length > 0) yield { table: next.table, states };
  }
}

/**
 * Papers last: the file being made then holds only compressed records (tens of megabytes) while the big
 * tables of text are packed, and grows to its full size only while the small records of papers go by.
 */
const exportOrder = [
  ...syncedTables.filter((table) => table !== 'documentContents'),
  'documentContents',
] as const satisfies readonly SyncedTableName[];

/** Pieces asked for before they are wanted: a few megabytes each. */
const readAhead = 3;

/** Tables whose ids are listed before they are wanted: each list is keys only, and let go once cut into runs. */
const listAhead = 4;

/** Ids after `after` up to and including `upTo`; an end left out is open. */
type IdRun = { after?: string; upTo?: string };

/** A table's ids cut into runs of `size`, the last open-ended; one open run for a small or empty table. */
async function idRuns(database: ChamberDatabase, table: SyncedTableName, size: number): Promise<IdRun[]> {
  const ids = await tableOf(database, table).toCollection().primaryKeys();
  const runs: IdRun[] = [];
  let after: string | undefined;
  for (let end = size - 1; end < ids.length - 1; end += size) {
    const upTo = ids[end] as string;
    runs.push(after === undefined ? { upTo } : { after, upTo });
    after = upTo;
  }
  runs.push(after === undefined ? {} : { after });
  return runs;
}

/** The records of a run of ids with their stamps, and the tombstones of that run. */
async function readPiece(
  database: ChamberDatabase,
  table: SyncedTableName,
  run: IdRun,
  zero: string,
): Promise<RecordState[]> {
  const rows = tableOf(database, table);
  return database.transaction('r', [rows, database.clocks], async () => {
    const first = run.after === undefined;
    const [found, tombstones] = await Promise.all([
      rows
        .where(':id')
        .between(run.after ?? Dexie.minKey, run.upTo ?? Dexie.maxKey, first, true)
        .toArray(),
      database.clocks
        .where('key')
        .between(`${table}/${run.after ?? ''}`, `${table}/${run.upTo ?? '\uffff'}`, first, true)
        .toArray(),
    ]);
    const states = found.map((row) => aliveState(table, row, zero));
    for (const tombstone of tombstones) if (tombstone.deletedAt) states.push(tombstoneState(tombstone));
    return states;
  });
}

function aliveState(table: string, row: AnyRecord, zero: string): RecordState {
  // The change gate stamps every field it writes, so the row's own stamps usually serve as they are: a copy
  // is made only to fill a gap (a field written before the gate stamped it), not for each of 200,000 records.
  const fields = stampsOf(row);
  let stamps: Record<string, string> | undefined = fields;
  for (const field in row) {
    if (field === 'id' || stamps?.[field] !== undefined) continue;
    if (stamps === fields) stamps = { ...fields };
    (stamps as Record<string, string>)[field] = zero;
  }
  return { table, id: row.id, values: row, stamps: stamps ?? {} };
}

function tombstoneState(tombstone: RecordClock): RecordState {
  const { table, recordId: id, fields: stamps, deletedAt } = tombstone;
  return deletedAt ? { table, id, stamps, deletedAt } : { table, id, stamps };
}

/** Tombstones by table (a clock row left from before version 3 without `deletedAt` is not one). */
function groupTombstones(clocks: RecordClock[]): Map<string, RecordClock[]> {
  const grouped = new Map<string, RecordClock[]>();
  for (const clock of clocks) {
    if (!clock.deletedAt) continue;
    const list = grouped.get(clock.table);
    if (list) list.push(clock);
    else grouped.set(clock.table, [clock]);
  }
  return grouped;
}

/**
 * Where records are read or written: the database, or a transaction whose tables are bound to it (an import's:
 * see syncTransaction). Both find a table by name.
 */
export type TableSource = { table<T, K>(name: string): Table<T, K> };

export function tableOf(source: TableSource, name: SyncedTableName): Table<AnyRecord, string> {
  return source.table<AnyRecord, string>(name);
}

/**
 * The ids of everything belonging to one meeting, or to one committee and all its meetings, and the executive's
 * records that belong to no meeting (decisions taken by one person, forward plan entries not yet on an agenda).
 */
async function scopeIds(
  database: ChamberDatabase,
  scope: Exclude<ReadScope, { kind: 'everything' }>,
): Promise<Ids> {
  const meeting = scope.kind === 'meeting' ? await database.meetings.get(scope.meetingId) : undefined;
  const committeeId = scope.kind === 'committee' ? scope.committeeId : meeting?.committeeId;
  const meetings = meeting
    ? [meeting]
    : await database.meetings
        .where('committeeId')
        .equals(committeeId ?? '')
        .toArray();
  const meetingIds = meetings.map((each) => each.id);
  const byMeeting = (table: Table<AnyRecord, string>) => table.where('meetingId').anyOf(meetingIds).toArray();
  const [
    memberships,
    agendaItems,
    documents,
    attendance,
    minutes,
    resolutions,
    declarations,
    motions,
    events,
  ] = await Promise.all([
    database.memberships
      .where('committeeId')
      .equals(committeeId ?? '')
      .toArray(),
    byMeeting(tableOf(database, 'agendaItems')),
    byMeeting(tableOf(database, 'documents')),
    byMeeting(tableOf(database, 'attendance')),
    byMeeting(tableOf(database, 'minutes')),
    byMeeting(tableOf(database, 'resolutions')),
    byMeeting(tableOf(database, 'declarations')),
    byMeeting(tableOf(database, 'motions')),
    byMeeting(tableOf(database, 'meetingEvents')),
  ]);
  const actions =
    scope.kind === 'committee'
      ? await database.actions.where('committeeId').equals(scope.committeeId).toArray()
      : await database.actions.where('meetingId').anyOf(meetingIds).toArray();
  // The executive's own records, which no committee's meeting holds, go in every file: a decision taken by one
  // person (the notice and call-in a colleague may need to answer), and the forward plan's entries ahead of any
  // agenda. An entry whose agenda item now stands for it goes with that item's meeting, where its link resolves.
  const agendaItemIds = new Set(agendaItems.map((item) => item.id));
  const [individualDecisions, plannedDecisions] = await Promise.all([
    database.individualDecisions.toCollection().primaryKeys(),
    database.plannedDecisions
      .filter((entry) => !entry.agendaItemId || agendaItemIds.has(entry.agendaItemId))
      .primaryKeys(),
  ]);
  const minuteIds = minutes.map((minute) => minute.id);
  const revisions = await database.minuteRevisions.where('minuteId').anyOf(minuteIds).toArray();
  const people = [
    ...memberships.map((each) => each.personId),
    ...attendance.flatMap((line) => [line.personId, line.substituteForPersonId]),
    ...declarations.map((each) => each.personId),
  ].filter((id): id is string => typeof id === 'string');
  const idsOf = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  return {
    committees: new Set(committeeId ? [committeeId] : []),
    memberships: idsOf(memberships),
    people: new Set(people),
    meetings: new Set(meetingIds),
    agendaItems: idsOf(agendaItems),
    documents: idsOf(documents),
    documentContents: idsOf(documents),
    attendance: idsOf(attendance),
    minutes: new Set(minuteIds),
    minuteRevisions: idsOf(revisions),
    resolutions: idsOf(resolutions),
    declarations: idsOf(declarations),
    motions: idsOf(motions),
    meetingEvents: idsOf(events),
    actions: idsOf(actions),
    individualDecisions: new Set(individualDecisions),
    plannedDecisions: new Set(plannedDecisions),
  };
}
