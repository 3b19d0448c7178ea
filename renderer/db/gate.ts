import { Dexie, type Table } from 'dexie';
import equal from 'fast-deep-equal/es6';
import type { ChangeEntry, RecordClock, Stored } from '../domain/model';
import type { ChamberDatabase, SyncedTableName } from './database';
import { loadDeviceClock, loadedClock, nextStamp } from './device';

/**
 * The change gate: the one path by which records are written. Each write records which fields changed, the
 * hybrid-clock stamp, the laptop and the time in `changes`, and moves the per-field clocks in `clocks` that
 * sync merges by. It must run inside a repository's explicit read-write transaction that includes
 * `gateTables(db)`, so the record and its stamps commit or fail together.
 */
export function gateTables(database: ChamberDatabase): Table[] {
  return [database.changes, database.clocks, database.meta];
}

/** Successive edits of the same fields within this window share one log entry, so typing stays cheap. */
const coalesceWindowMs = 2000;

type AnyRecord = Stored & Record<string, unknown>;

function tableOf(database: ChamberDatabase, name: SyncedTableName): Table<AnyRecord, string> {
  return database.table<AnyRecord, string>(name);
}

function assertInTransaction(name: string): void {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.mode !== 'readwrite') {
    throw new Error(
      `Write to ${name} outside a repository transaction: use a function from db/repositories.`,
    );
  }
}

export function changedFields(before: AnyRecord | undefined, after: AnyRecord): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  keys.delete('id');
  return [...keys].filter((key) => !equal(before?.[key], after[key])).sort();
}

/**
 * Read a stored record for a write that follows in the same transaction, through Dexie's per-transaction
 * cache. Dexie then knows the old values when the record is put, so its live queries wake only for the
 * indexes the write really changed. A plain get leaves Dexie assuming every indexed field changed: each
 * keystroke stored in a minute then re-ran every query of the meeting's minutes and re-rendered the whole
 * live meeting screen, which held up the next write. The cached value is shared: never mutate it.
 */
function readForWrite(table: Table<AnyRecord, string>, id: string): Promise<AnyRecord | undefined> {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) return table.get(id);
  return Dexie.Promise.resolve(table.core.getMany({ trans, keys: [id], cache: 'immutable' })).then(
    (found: (AnyRecord | undefined)[]) => found[0],
  );
}

/** What a write needs to know first: the record as stored, its field clocks, and the log's last entry. */
type Prior = { before: AnyRecord | undefined; clock: RecordClock | undefined; last: ChangeEntry | undefined };

/**
 * Ask for all three at once. IndexedDB answers them in order either way, but the laptop then waits for one
 * round trip to the database instead of three; while the clerk types, each round trip also waits behind the
 * screen drawing the keystroke, so round trips, not bytes, are what a stored keystroke costs.
 */
async function readPrior(database: ChamberDatabase, name: SyncedTableName, id: string): Promise<Prior> {
  if (!loadedClock(database)) await loadDeviceClock(database);
  const [before, clock, last] = await Promise.all([
    readForWrite(tableOf(database, name), id),
    database.clocks.get(`${name}/${id}`),
    database.changes.toCollection().last(),
  ]);
  return { before, clock, last };
}

/** Write a whole record; only the fields that differ from what is stored are stamped. Returns those fields. */
export async function putRecord<T extends Stored>(
  database: ChamberDatabase,
  name: SyncedTableName,
  record: T,
): Promise<string[]> {
  assertInTransaction(name);
  const next = record as unknown as AnyRecord;
  const prior = await readPrior(database, name, record.id);
  const fields = changedFields(prior.before, next);
  if (fields.length === 0) return fields;
  await stamp(database, name, record.id, 'put', fields, prior, () => tableOf(database, name).put(next));
  return fields;
}

/** Change some fields of a stored record. Throws if it does not exist. */
export async function updateRecord<T extends Stored>(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
  changes: Partial<Omit<T, 'id'>>,
): Promise<T> {
  assertInTransaction(name);
  const prior = await readPrior(database, name, id);
  const { before } = prior;
  if (!before) throw new Error(`No ${name} record ${id}: it may have been deleted on another laptop.`);
  const next = { ...before, ...changes } as AnyRecord;
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
  const fields = changedFields(before, next);
  if (fields.length > 0)
    await stamp(database, name, id, 'put', fields, prior, () => tableOf(database, name).put(next));
  return next as unknown as T;
}

/** Delete a record, leaving a tombstone in its clock so the deletion travels to other laptops. */
export async function deleteRecord(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
): Promise<void> {
  assertInTransaction(name);
  const prior = await readPrior(database, name, id);
  if (!prior.before) return;
  await stamp(database, name, id, 'delete', [], prior, () => tableOf(database, name).delete(id));
}

/**
 * Stamp a change to one record while `write` stores it: the per-field clocks move to a fresh stamp, and the
 * change log gains an entry (or, for a burst of typing in the same fields, its last entry is brought up to
 * date). The record, its clock and the log entry are written together, in one round trip.
 */
async function stamp(
  database: ChamberDatabase,
  name: SyncedTableName,
  recordId: string,
  op: ChangeEntry['op'],
  fields: string[],
  { clock: stored, last }: Prior,
  write: () => Promise<unknown>,
): Promise<void> {
  const state = loadedClock(database) ?? (await loadDeviceClock(database));
  const hlc = nextStamp(state, database);
  const device = state.deviceId;
  const now = new Date();
  const key = `${name}/${recordId}`;
  const clock: RecordClock = stored ?? { key, table: name, recordId, fields: {} };
  if (op === 'delete') clock.deletedAt = hlc;
  else {
    delete clock.deletedAt;
    for (const field of fields) clock.fields[field] = hlc;
  }
  const entry: ChangeEntry = {
    table: name,
    recordId,
    op,
    fields,
    hlc,
    deviceId: device,
    at: now.toISOString(),
  };
  const coalesce =
    last?.seq !== undefined &&
    last.table === name &&
    last.recordId === recordId &&
    last.op === op &&
    last.deviceId === device &&
    equal(last.fields, fields) &&
    now.getTime() - Date.parse(last.at) < coalesceWindowMs;
  await Promise.all([
    write(),
    database.clocks.put(clock),
    coalesce ? database.changes.put({ ...last, hlc, at: entry.at }) : database.changes.add(entry),
  ]);
}
