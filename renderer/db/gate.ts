import { Dexie, type Table } from 'dexie';
import equal from 'fast-deep-equal/es6';
import type { ChangeEntry, RecordClock, Stored } from '../domain/model';
import type { ChamberDatabase, SyncedTableName } from './database';
import { loadDeviceClock, loadedClock, nextStamp } from './device';
import { directIn, type Direct } from './gate-direct';
import { stampsOf, withStamps, type FieldStamps } from './record-stamps';

/**
 * The change gate: the one path by which records are written. Each write records which fields changed, the
 * hybrid-clock stamp, the laptop and the time in `changes`, and moves the per-field stamps that sync merges
 * by (kept in the record's own row; a deleted record's in its tombstone in `clocks`). It must run inside a
 * repository's explicit read-write transaction that includes `gateTables(db)`, so the record, its stamps and
 * its log entry commit or fail together.
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

/**
 * What a write needs to know first: the record as stored (its stamps with it), the tombstone left if it was
 * deleted (a record made again under the same id carries on from its stamps), and the log's last entry.
 */
type Prior = {
  before: AnyRecord | undefined;
  tombstone: RecordClock | undefined;
  last: ChangeEntry | undefined;
};

/**
 * Ask for all three at once. IndexedDB answers them in order either way, but the laptop then waits for one
 * round trip to the database instead of three; while the clerk types, each round trip also waits behind the
 * screen drawing the keystroke, so round trips, not bytes, are what a stored keystroke costs.
 */
async function readPrior(database: ChamberDatabase, name: SyncedTableName, id: string): Promise<Prior> {
  if (!loadedClock(database)) await loadDeviceClock(database);
  const [before, tombstone, last] = await Promise.all([
    readForWrite(tableOf(database, name), id),
    database.clocks.get(`${name}/${id}`),
    database.changes.toCollection().last(),
  ]);
  return { before, tombstone, last };
}

/** Write a whole record; only the fields that differ from what is stored are stamped. Returns those fields. */
export async function putRecord<T extends Stored>(
  database: ChamberDatabase,
  name: SyncedTableName,
  record: T,
): Promise<string[]> {
  assertInTransaction(name);
  forget(database, `${name}/${record.id}`);
  const next = record as unknown as AnyRecord;
  const prior = await readPrior(database, name, record.id);
  const fields = changedFields(prior.before, next);
  if (fields.length === 0) return fields;
  await stamp(database, name, record.id, 'put', fields, prior, next);
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
  forget(database, `${name}/${id}`);
  const prior = await readPrior(database, name, id);
  const { before } = prior;
  if (!before) throw new Error(`No ${name} record ${id}: it may have been deleted on another laptop.`);
  const next = merged(before, changes);
  const fields = changedFields(before, next);
  if (fields.length > 0) await stamp(database, name, id, 'put', fields, prior, next);
  return next as unknown as T;
}

function merged(before: AnyRecord, changes: object): AnyRecord {
  const next = { ...before, ...changes } as AnyRecord;
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
  return next;
}

/** Delete a record, leaving a tombstone with its stamps so the deletion travels to other laptops. */
export async function deleteRecord(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
): Promise<void> {
  assertInTransaction(name);
  forget(database, `${name}/${id}`);
  const prior = await readPrior(database, name, id);
  if (!prior.before) return;
  await stamp(database, name, id, 'delete', [], prior);
}

/**
 * What this page last wrote through `updateRecordAgain`, per record: the record, its stamps and the change
 * log's last entry, as they stood when that write committed. A few records at most (the minutes being typed).
 */
type Written = { record: AnyRecord; stamps: FieldStamps; last: ChangeEntry };
const written = new WeakMap<ChamberDatabase, Map<string, Written>>();
const writtenKept = 4;

function remember(database: ChamberDatabase, key: string, value: Written): void {
  const kept = written.get(database) ?? new Map<string, Written>();
  written.set(database, kept);
  kept.delete(key);
  kept.set(key, value);
  for (const old of kept.keys()) if (kept.size > writtenKept) kept.delete(old);
}

function forget(database: ChamberDatabase, key: string): void {
  written.get(database)?.delete(key);
}

/** The stored record, its stamps or the change log were not as this page last wrote them: write afresh. */
export class WrittenElsewhere extends Error {
  constructor(key: string) {
    super(`${key} changed since this window last wrote it; the write was undone and should be made afresh.`);
  }
}

/**
 * updateRecord for a record this page writes over and over (a minute's text, at every keystroke). When this
 * page wrote the record last, its writes are worked out from what it wrote and sent at once, together with
 * the reads that check that nothing else (another window, an import, another write here) has changed the
 * record, its stamps or the change log since: one round trip to IndexedDB instead of two, and the first is
 * the one that waits while the screen draws the key. If anything differs, the transaction is aborted before
 * it can commit, and WrittenElsewhere is thrown: run the whole transaction again, and this write then reads
 * first like updateRecord. Either way what is stored, logged and stamped is exactly what updateRecord would
 * store. Returns the record as now stored, or undefined when the changes changed nothing.
 *
 * `onChecked` is called, on that one-round-trip path only, once the reads have shown nothing else wrote: the
 * writes are sent and may be committed from then on (the caller may commit at once, rather than wait for
 * their answers too). The record passed is the one being stored.
 */
export async function updateRecordAgain<T extends Stored>(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
  changes: Partial<Omit<T, 'id'>>,
  onChecked?: (record: T) => void,
): Promise<T | undefined> {
  assertInTransaction(name);
  const key = `${name}/${id}`;
  const known = written.get(database)?.get(key);
  const state = loadedClock(database);
  const trans = Dexie.currentTransaction;
  const next = known && merged(known.record, changes);
  const fields = next ? changedFields(known.record, next) : [];
  if (!known || !next || !state || !trans || fields.length === 0) {
    const prior = await readPrior(database, name, id);
    if (!prior.before)
      throw new Error(`No ${name} record ${id}: it may have been deleted on another laptop.`);
    const record = merged(prior.before, changes);
    const changed = changedFields(prior.before, record);
    if (changed.length === 0) return undefined;
    const stamped = await stamp(database, name, id, 'put', changed, prior, record);
    remember(database, key, { record, ...stamped });
    return record as unknown as T;
  }
  const hlc = nextStamp(state, database);
  const ticked = loadedClock(database);
  const prior = { before: known.record, tombstone: undefined, last: known.last };
  const stamps = stampsFor(name, id, 'put', fields, prior, hlc, state.deviceId, known.stamps);
  const table = tableOf(database, name);
  const direct = directIn(database);
  // Plain reads, not through Dexie's cache: they must see what IndexedDB holds.
  const stored = Promise.all(
    direct
      ? [direct.get<AnyRecord>(table, id), direct.lastChange()]
      : [table.get(id), database.changes.toCollection().last()],
  );
  // What the put replaces, for Dexie's live queries (as readForWrite leaves it): only the text changes.
  (trans.idbtrans as unknown as { _cache?: unknown })._cache = { keys: [id], values: [known.record] };
  const writes = writeStamped(database, name, id, stamps, next, direct);
  writes.catch(() => undefined);
  const [record, last] = await stored;
  const same =
    loadedClock(database) === ticked &&
    record !== undefined &&
    equal(record, known.record) &&
    equal(stampsOf(record), known.stamps) &&
    equal(last, known.last);
  if (!same) {
    forget(database, key);
    trans.abort();
    throw new WrittenElsewhere(key);
  }
  onChecked?.(next as unknown as T);
  remember(database, key, { record: next, stamps: stamps.fields, last: await writes });
  return next as unknown as T;
}

/**
 * What a write leaves behind: the record's field stamps (or, deleting it, its tombstone), the change-log entry
 * and whether that entry updates the log's last, and whether a tombstone under the same id is to go.
 */
type Stamps = {
  fields: FieldStamps;
  tombstone?: RecordClock;
  revived: boolean;
  entry: ChangeEntry;
  coalesce: boolean;
};

/**
 * Work out a write's stamps from what was stored before it: the per-field stamps move to `hlc`, and the
 * change log gains an entry or, for a burst of typing in the same fields, its last entry is brought up to
 * date. `known` is the stored record's stamps when the caller already has them.
 */
function stampsFor(
  name: SyncedTableName,
  recordId: string,
  op: ChangeEntry['op'],
  changed: string[],
  { before, tombstone, last }: Prior,
  hlc: string,
  device: string,
  known = before && stampsOf(before),
): Stamps {
  const now = new Date();
  const fields: FieldStamps = { ...(known ?? tombstone?.fields) };
  const deleted: RecordClock | undefined =
    op === 'delete'
      ? { key: `${name}/${recordId}`, table: name, recordId, fields, deletedAt: hlc }
      : undefined;
  if (op === 'put') for (const field of changed) fields[field] = hlc;
  const coalesce =
    last?.seq !== undefined &&
    last.table === name &&
    last.recordId === recordId &&
    last.op === op &&
    last.deviceId === device &&
    equal(last.fields, changed) &&
    now.getTime() - Date.parse(last.at) < coalesceWindowMs;
  const entry: ChangeEntry =
    coalesce && last
      ? { ...last, hlc, at: now.toISOString() }
      : { table: name, recordId, op, fields: changed, hlc, deviceId: device, at: now.toISOString() };
  return { fields, tombstone: deleted, revived: op === 'put' && !!tombstone, entry, coalesce };
}

/**
 * Send the record's write (the record with its stamps, or its removal and tombstone) and its log entry
 * together, in one round trip; resolves to the entry as stored. `record` is left out for a deletion.
 */
async function writeStamped(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
  { fields, tombstone, revived, entry, coalesce }: Stamps,
  record: AnyRecord | undefined,
  direct?: Direct,
): Promise<ChangeEntry> {
  const { clocks, changes } = database;
  const table = tableOf(database, name);
  const writes: Promise<unknown>[] = [];
  if (record) {
    const row = withStamps(record, fields);
    writes.push(direct ? direct.put(table, row) : table.put(row));
  } else writes.push(table.delete(id));
  if (tombstone) writes.push(clocks.put(tombstone));
  if (revived) writes.push(clocks.delete(`${name}/${id}`));
  const logged = direct
    ? direct[coalesce ? 'put' : 'add'](changes, entry)
    : coalesce
      ? changes.put(entry)
      : changes.add(entry);
  const [seq] = await Promise.all([logged, ...writes]);
  return { ...entry, seq: seq as number };
}

/**
 * Stamp a change to one record and store it with its stamps (`record`; left out to delete it). The record,
 * its stamps and the log entry are written together, in one round trip. Returns the stamps and log entry.
 */
async function stamp(
  database: ChamberDatabase,
  name: SyncedTableName,
  recordId: string,
  op: ChangeEntry['op'],
  fields: string[],
  prior: Prior,
  record?: AnyRecord,
): Promise<{ stamps: FieldStamps; last: ChangeEntry }> {
  const state = loadedClock(database) ?? (await loadDeviceClock(database));
  const stamps = stampsFor(name, recordId, op, fields, prior, nextStamp(state, database), state.deviceId);
  const last = await writeStamped(database, name, recordId, stamps, record, undefined);
  return { stamps: stamps.fields, last };
}
