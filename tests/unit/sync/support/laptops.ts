import { db } from '../../../../renderer/db/database';
import { forgetDevice } from '../../../../renderer/db/device';
import { stampsKey, stampsOf } from '../../../../renderer/db/record-stamps';
import { sha256Hex } from '../../../../renderer/sync/format/checksum';
import { joinParts } from '../../../../renderer/sync/format/file-parts';

/**
 * Repositories write to the one `db`, so a test plays several laptops by saving each laptop's files, then
 * wiping the database and starting as a new laptop (a new device id and clock).
 */
export async function newLaptop(): Promise<void> {
  db.close();
  await db.delete();
  forgetDevice(db);
  await db.open();
}

/**
 * A hash of every table, book-keeping and each record's field stamps included: equal before and after means
 * nothing was written.
 */
export async function databaseHash(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  const json = JSON.stringify(tables, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return `bytes:${Array.from(value).join(',')}`;
    const stamps = value && typeof value === 'object' ? stampsOf(value) : undefined;
    return stamps ? { ...(value as object), [stampsKey]: stamps } : value;
  });
  return sha256Hex(new TextEncoder().encode(json));
}

/** The synced records as a clerk would compare them: every table, sorted by id, without book-keeping. */
export async function visibleRecords(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (['changes', 'clocks', 'meta', 'syncPeers', 'conflicts', 'searchIndex'].includes(table.name)) continue;
    const rows = (await table.toArray()) as { id: string }[];
    tables[table.name] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return tables;
}

/**
 * visibleRecords as one string, papers' bytes as base64: comparing megabytes of papers as arrays, a byte at a
 * time, takes the test runner seconds.
 */
export async function visibleText(): Promise<string> {
  return JSON.stringify(await visibleRecords(), (_key, value: unknown) =>
    value instanceof Uint8Array ? `bytes:${Buffer.from(value).toString('base64')}` : value,
  );
}

const snapshots = new Map<string, Uint8Array>();
let current: string | undefined;

/**
 * Switch to a named laptop: the one in use is saved as its own full export, the database is wiped, and the
 * named laptop comes back with its device id and everything it had. Its conflicts list is not kept.
 */
export async function useLaptop(name: string): Promise<void> {
  const { exportFile } = await import('../../../../renderer/sync/export');
  const { importFile } = await import('../../../../renderer/sync/import');
  if (current) snapshots.set(current, joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none')));
  await newLaptop();
  await db.transaction('rw', db.meta, () => db.meta.put({ key: 'deviceId', value: name }));
  const snapshot = snapshots.get(name);
  if (snapshot) await importFile(snapshot);
  current = name;
}

export async function forgetLaptops(): Promise<void> {
  snapshots.clear();
  current = undefined;
  await newLaptop();
}
