import type { Transaction } from 'dexie';
import type { ChangeEntry, MetaEntry, RecordClock, SyncConflict, SyncPeer } from '../domain/model';
import type { Knowledge, RecordState } from '../sync/merge/types';
import { syncedTables, type ChamberDatabase, type SyncedTableName } from './database';
import { stampsOf, withStamps } from './record-stamps';
import { tableOf, type TableSource } from './sync-read';

/**
 * The second door into the database, for records that arrive from another laptop. Unlike the change gate it
 * does not tick this laptop's clock or stamp anything new: a remote record is written with the stamps it
 * came with, so the next exchange compares like with like. Like the gate, it only runs inside the one
 * read-write transaction `syncTransaction` opens, so an import is all or nothing.
 *
 * `work` is handed that transaction, and every read and write of the import goes through its tables
 * (`transaction.table(name)`), never through `db`: Dexie finds the transaction of a `db` call through its
 * zone, which it keeps across an `await` of its own promise but not across an `await` of the promise a
 * native async function returns. There the zone was lost, the next read went to a transaction of its own
 * (waiting behind this one), and IndexedDB, with nothing left to do, committed: "Transaction committed too
 * early" for any file with 200 records in a table (readStates below). Tables bound to the transaction do not
 * depend on the zone at all.
 */
export function syncTransaction<T>(
  database: ChamberDatabase,
  work: (transaction: Transaction) => Promise<T>,
): Promise<T> {
  const tables = [
    ...syncedTables.map((name) => database.table(name)),
    database.clocks,
    database.changes,
    database.meta,
    database.syncPeers,
    database.conflicts,
  ];
  return database.transaction('rw', tables, (transaction) => work(transaction));
}

function assertInSyncTransaction(transaction: Transaction): void {
  if (transaction.mode !== 'readwrite' || !transaction.active) {
    throw new Error('Sync writes run only inside syncTransaction: use the functions in renderer/sync.');
  }
}

export type RecordRef = { table: SyncedTableName; id: string };

/** The ids this laptop holds a record or a tombstone for, by table: listed once per import, as it needs them. */
export type HeldIds = Map<SyncedTableName, Set<string>>;

/**
 * The local state of some records, keyed "table/id", as the merge sees them. Records this laptop has never
 * held (a new laptop's first import: every one) are not read at all: for a table with many records in the
 * file, the ids held here are listed first (keys only, cheap) and only those are read. An import reads a
 * table a piece at a time: `held` keeps each table's list for its next pieces. It stays true while the
 * table is written, as no piece names a record another piece of the same table names.
 */
export async function readStates(
  source: TableSource,
  refs: RecordRef[],
  held: HeldIds = new Map(),
): Promise<Map<string, RecordState>> {
  const byTable = new Map<SyncedTableName, string[]>();
  for (const ref of refs) {
    const ids = byTable.get(ref.table);
    if (ids) ids.push(ref.id);
    else byTable.set(ref.table, [ref.id]);
  }
  const states = new Map<string, RecordState>();
  for (const [table, wanted] of byTable) {
    // A few records are read outright; for many, the ids held here are listed first (keys only, cheap).
    const present = held.get(table) ?? (wanted.length < 200 ? undefined : await heldHere(source, table));
    if (present) held.set(table, present);
    const ids = present ? wanted.filter((id) => present.has(id)) : wanted;
    if (ids.length === 0) continue;
    const foundRows = await tableOf(source, table).bulkGet(ids);
    const missing = ids.filter((_, index) => !foundRows[index]);
    const tombstones =
      missing.length > 0 ? await readTombstones(source, table, missing) : new Map<string, RecordClock>();
    ids.forEach((id, index) => {
      const values = foundRows[index];
      const tombstone = values ? undefined : tombstones.get(id);
      if (values) states.set(`${table}/${id}`, { table, id, values, stamps: { ...stampsOf(values) } });
      else if (tombstone?.deletedAt)
        states.set(`${table}/${id}`, {
          table,
          id,
          stamps: { ...tombstone.fields },
          deletedAt: tombstone.deletedAt,
        });
    });
  }
  return states;
}

/** The tombstones among some ids. */
async function readTombstones(
  source: TableSource,
  table: SyncedTableName,
  ids: string[],
): Promise<Map<string, RecordClock>> {
  const found = await clocksIn(source).bulkGet(ids.map((id) => `${table}/${id}`));
  const tombstones = new Map<string, RecordClock>();
  for (const clock of found) if (clock?.deletedAt) tombstones.set(clock.recordId, clock);
  return tombstones;
}

const clocksIn = (source: TableSource) => source.table<RecordClock, string>('clocks');

/**
 * The ids of every synced table this laptop holds a record or a tombstone for (keys only), asked for all at
 * once: an import lists them before its first piece, so that a new laptop's first import reads nothing more
 * while it writes, and its writes need not wait for reads queued behind them (bench/RESULTS.md, 7 Dec).
 */
export async function heldEverywhere(source: TableSource): Promise<HeldIds> {
  const [clockKeys, ...rowKeys] = await Promise.all([
    clocksIn(source).toCollection().primaryKeys(),
    ...syncedTables.map((table) => tableOf(source, table).toCollection().primaryKeys()),
  ]);
  const held: HeldIds = new Map(syncedTables.map((table, at) => [table, new Set<string>(rowKeys[at])]));
  for (const key of clockKeys) {
    const slash = key.indexOf('/');
    held.get(key.slice(0, slash) as SyncedTableName)?.add(key.slice(slash + 1));
  }
  return held;
}

/** The ids of a table this laptop holds a record or a tombstone for (none on a new laptop's first import). */
async function heldHere(source: TableSource, table: SyncedTableName): Promise<Set<string>> {
  const rowKeys = await tableOf(source, table).toCollection().primaryKeys();
  const clockKeys = await clocksIn(source).where('key').startsWith(`${table}/`).primaryKeys();
  const present = new Set<string>(rowKeys);
  for (const key of clockKeys) present.add(key.slice(table.length + 1));
  return present;
}

/**
 * Write merged records with their stamps: living ones put with their stamps in their rows, deleted ones
 * removed and their tombstones kept. `local` is what readStates found here for them: a record that was a
 * tombstone here and lives again has its tombstone removed.
 */
export async function writeStates(
  transaction: Transaction,
  states: RecordState[],
  local: Map<string, RecordState>,
): Promise<void> {
  assertInSyncTransaction(transaction);
  const puts = new Map<SyncedTableName, Record<string, unknown>[]>();
  const deletes = new Map<SyncedTableName, string[]>();
  const tombstones: RecordClock[] = [];
  const revived: string[] = [];
  for (const state of states) {
    const table = state.table as SyncedTableName;
    const key = `${table}/${state.id}`;
    if (state.deletedAt) {
      tombstones.push({ key, table, recordId: state.id, fields: state.stamps, deletedAt: state.deletedAt });
      const ids = deletes.get(table);
      if (ids) ids.push(state.id);
      else deletes.set(table, [state.id]);
    } else if (state.values) {
      const row = withStamps(state.values, state.stamps);
      const rows = puts.get(table);
      if (rows) rows.push(row);
      else puts.set(table, [row]);
      if (local.get(key)?.deletedAt) revived.push(key);
    }
  }
  // Asked for together: no two of these touch the same row (a record is put, or deleted and its tombstone put).
  const work: Promise<unknown>[] = [];
  for (const [table, rows] of puts) work.push(tableOf(transaction, table).bulkPut(rows as { id: string }[]));
  for (const [table, ids] of deletes) work.push(tableOf(transaction, table).bulkDelete(ids));
  if (tombstones.length > 0) work.push(clocksIn(transaction).bulkPut(tombstones));
  if (revived.length > 0) work.push(clocksIn(transaction).bulkDelete(revived));
  await Promise.all(work);
}

const knowledgeKey = 'sync/knowledge';

const metaIn = (source: TableSource) => source.table<MetaEntry, string>('meta');
const conflictsIn = (source: TableSource) => source.table<SyncConflict, string>('conflicts');

/** What this laptop has learned from imports; `source` is the import's transaction inside one. */
export async function readKnowledge(source: TableSource): Promise<Knowledge> {
  const stored = (await metaIn(source).get(knowledgeKey))?.value;
  return stored && typeof stored === 'object' ? (stored as Knowledge) : {};
}

export type SyncBookkeeping = {
  knowledge: Knowledge;
  conflicts: SyncConflict[];
  settledConflictIds: string[];
  peer?: SyncPeer;
  /** Other book-keeping that must commit with the records (what the sender reported knowing). */
  meta?: MetaEntry[];
  /** One line in the change log per import: the audit trail shows it, and the clock resumes past it. */
  audit?: ChangeEntry;
};

/** Record what an import taught this laptop, in the same transaction as its records. */
export async function writeBookkeeping(transaction: Transaction, update: SyncBookkeeping): Promise<void> {
  assertInSyncTransaction(transaction);
  // Asked for together, each a wait for the database otherwise: no two touch the same row (the conflicts'
  // own reads and writes stay in order, IndexedDB carrying out a transaction's requests as they are made).
  const work: Promise<unknown>[] = [metaIn(transaction).put({ key: knowledgeKey, value: update.knowledge })];
  if (update.conflicts.length > 0 || update.settledConflictIds.length > 0)
    work.push(writeConflicts(transaction, update.conflicts, update.settledConflictIds));
  if (update.peer) work.push(transaction.table<SyncPeer, string>('syncPeers').put(update.peer));
  if (update.meta) work.push(metaIn(transaction).bulkPut(update.meta));
  if (update.audit) work.push(transaction.table<ChangeEntry, number>('changes').add(update.audit));
  await Promise.all(work);
}

/** New conflicts recorded (one already recorded, open or settled, is not recorded again); settled ones marked. */
async function writeConflicts(
  transaction: Transaction,
  found: SyncConflict[],
  settledIds: string[],
): Promise<void> {
  const conflicts = conflictsIn(transaction);
  const fresh = await conflicts.bulkGet(found.map((conflict) => conflict.id));
  await conflicts.bulkPut(found.filter((_, index) => !fresh[index]));
  for (const id of settledIds) await conflicts.update(id, { resolved: 1 });
}

/** Every open conflict (an import reads them once: it writes conflicts only when its records are in). */
export function openConflicts(source: TableSource): Promise<SyncConflict[]> {
  return conflictsIn(source).where('resolved').equals(0).toArray();
}

/** Those of some conflicts that are on these records ("table/id"). */
export function conflictsOn(conflicts: SyncConflict[], keys: Set<string>): SyncConflict[] {
  return conflicts.filter((conflict) => keys.has(`${conflict.table}/${conflict.recordId}`));
}

/** Bookkeeping outside an import (a folder's list of files already read, the peers' knowledge). */
export async function writeSyncMeta(database: ChamberDatabase, key: string, value: unknown): Promise<void> {
  await database.transaction('rw', database.meta, () => database.meta.put({ key: `sync/${key}`, value }));
}

export async function readSyncMeta(source: TableSource, key: string): Promise<unknown> {
  return (await metaIn(source).get(`sync/${key}`))?.value;
}
