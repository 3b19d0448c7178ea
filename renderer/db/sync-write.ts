import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import type { RecordClock } from '../domain/model';
import type { RecordState } from '../sync/merge/types';
import type { ChamberDatabase } from './database';

type Watched = IDBTransaction & { mutatedParts?: ObservabilitySet };

/**
 * Write merged records with their stamps, straight to IndexedDB's stores: living ones put, deleted ones
 * removed, clocks kept for both. An import writes hundreds of thousands of rows, and Dexie's bulkPut adds,
 * per row, a request it keeps and an error handler it sets, then gathers every result: on a council's
 * archive that was a second of the page's time in each ten. Here each row is one put and only the last
 * request is watched: IndexedDB does a transaction's requests in order, so when the last succeeds all have.
 * A failing request aborts the whole transaction (Dexie's handler does so), so an import is still all or
 * nothing. Dexie is told which tables changed, as its bulkPut would, so open screens show the new records
 * once the import commits.
 */
export function writeStates(database: ChamberDatabase, states: RecordState[]): Promise<void> {
  const transaction = Dexie.currentTransaction;
  if (transaction?.mode !== 'readwrite')
    throw new Error('Sync writes run only inside syncTransaction: use the functions in renderer/sync.');
  const idb = transaction.idbtrans as Watched;
  const clocks = idb.objectStore('clocks');
  const touched = new Set<string>(['clocks']);
  let store: IDBObjectStore | undefined;
  let last: IDBRequest | undefined;
  for (const state of states) {
    if (store?.name !== state.table) store = idb.objectStore(state.table);
    touched.add(state.table);
    const clock: RecordClock = {
      key: `${state.table}/${state.id}`,
      table: state.table,
      recordId: state.id,
      fields: state.stamps,
    };
    if (state.deletedAt) {
      clock.deletedAt = state.deletedAt;
      store.delete(state.id);
    } else if (state.values) store.put(state.values);
    last = clocks.put(clock);
  }
  idb.mutatedParts = Dexie.extendObservabilitySet(idb.mutatedParts ?? {}, changedParts(database, touched));
  const request = last;
  return new Dexie.Promise<void>((resolve, reject) => {
    if (!request) return resolve();
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('A record could not be written.'));
  });
}

/** What Dexie's own bulkPut of many rows reports as changed: every key and every index of each table. */
function changedParts(database: ChamberDatabase, tables: Set<string>): ObservabilitySet {
  const parts: ObservabilitySet = {};
  for (const table of tables) {
    const prefix = `idb://${database.name}/${table}/`;
    const names = ['', ':dels', ...database.table(table).core.schema.indexes.map((index) => index.name)];
    for (const name of names) parts[`${prefix}${name}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
  }
  return parts;
}
