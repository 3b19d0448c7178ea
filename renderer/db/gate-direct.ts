import { Dexie, type Table } from 'dexie';
import type { ChangeEntry } from '../domain/model';
import type { ChamberDatabase } from './database';

/**
 * Reads and writes for the gate's write-again path (a minute's text at every keystroke), made on Dexie's lower
 * layer (DBCore) in the current transaction rather than through Table.get and Table.put. The requests, the
 * transaction and what Dexie tells its live queries are the same (writes still pass Dexie's observability
 * middleware, so the change log's mutation event and live queries fire as before); what is skipped is Table's
 * per-call promise and zone bookkeeping. Garbage is what makes the page stop for collections while the clerk
 * types: the gate's write left about 48 KB of the page's 111 KB per stored key, and about 37 KB this way.
 * Each answer is handed back as a Dexie promise so the rest of the transaction keeps its place in Dexie.
 */
export type Direct = {
  get: <T>(table: Table, key: string) => Promise<T | undefined>;
  lastChange: () => Promise<ChangeEntry | undefined>;
  put: (table: Table, value: object) => Promise<unknown>;
  add: (table: Table, value: object) => Promise<unknown>;
};

export function directIn(database: ChamberDatabase): Direct | undefined {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) return undefined;
  const mutate = (table: Table, type: 'put' | 'add', value: object) =>
    Dexie.Promise.resolve(table.core.mutate({ trans, type, values: [value] })).then((result) => {
      if (result.numFailures > 0) throw result.failures[0] ?? new Error(`Could not write to ${table.name}.`);
      return result.lastResult as unknown;
    });
  return {
    get: <T>(table: Table, key: string) =>
      Dexie.Promise.resolve(table.core.get({ trans, key })) as Promise<T | undefined>,
    lastChange: () =>
      // The log's newest entry: a reverse cursor on its key, as Dexie's Collection.last() opens.
      Dexie.Promise.resolve(
        new Promise<ChangeEntry | undefined>((resolve, reject) => {
          const request = trans.objectStore(database.changes.name).openCursor(null, 'prev');
          request.onsuccess = () => resolve(request.result?.value as ChangeEntry | undefined);
          request.onerror = () => reject(request.error ?? new Error('Could not read the change log.'));
        }),
      ),
    put: (table, value) => mutate(table, 'put', value),
    add: (table, value) => mutate(table, 'add', value),
  };
}
