/**
 * The half of tests/e2e/sync-import-sizes.test.ts that runs inside Chromium, on a blank page of Chamber's own
 * origin (so it reads and writes the very IndexedDB the app does). Bundled with esbuild and evaluated; never
 * part of the shipped app. A "laptop" here is the origin's database: emptying it and filling it again with
 * other records is a second laptop that already holds data of its own.
 */
import { loadArchive } from '../../../bench/archive-tools/load-archive';
import { db, syncedTables } from '../../../renderer/db/database';
import { forgetDevice, loadDeviceClock, loadedClock, nextStamp } from '../../../renderer/db/device';
import { withStamps } from '../../../renderer/db/record-stamps';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { createPerson, updatePerson } from '../../../renderer/db/repositories/people';
import {
  archiveTables,
  changeStamps,
  generateArchive,
  type ArchiveBatch,
  type ArchiveOptions,
  type ArchiveTable,
} from '../../../renderer/domain/archive';
import { exportFile } from '../../../renderer/sync/export';
import { applyImport, previewImport } from '../../../renderer/sync/import';

/** Files made on this page, kept here by name: a 20,000-record file is not carried through the test runner. */
const files = new Map<string, Uint8Array>();

/** A laptop whose database is empty, with a device of its own (as a new laptop's first start). */
async function newLaptop(): Promise<void> {
  db.close();
  await db.delete();
  forgetDevice(db);
  await db.open();
}

/**
 * Records made the way the screens make them, one at a time through the repositories the screens call:
 * `count` people and `count` agenda items (twenty to a meeting, as a year of meetings has).
 */
async function makeThroughRepositories(count: number, label: string): Promise<void> {
  const committee = await createCommittee({ name: `${label} Committee`, type: 'committee' });
  for (let index = 0; index < count; index += 1)
    await createPerson({ name: `${label} Person ${index + 1}`, group: 'Independent' });
  let meetingId = '';
  for (let index = 0; index < count; index += 1) {
    if (index % 20 === 0) {
      const day = String(1 + ((index / 20) % 28)).padStart(2, '0');
      meetingId = (await createMeeting(committee.id, { date: `2025-03-${day}` })).id;
    }
    await addAgendaItem(meetingId, { title: `${label} report ${index + 1}` });
  }
}

/**
 * Some tables of a generated archive, stored as the change gate would have stored them (a stamp on every
 * field, a change-log row per record), as bench/archive-tools/load-archive.ts stores the whole of it: twenty
 * thousand agenda items come with a hundred thousand other records, and only the tables kept are stored.
 */
async function loadArchiveTables(options: ArchiveOptions, kept: readonly ArchiveTable[]): Promise<void> {
  let clock = await loadDeviceClock(db);
  const stamp = () => {
    const hlc = nextStamp(clock, db);
    clock = loadedClock(db) ?? clock;
    return hlc;
  };
  for (const whole of generateArchive(options)) {
    const batch = { ...whole } as Record<ArchiveTable, unknown[]>;
    for (const name of archiveTables) if (!kept.includes(name)) batch[name] = [];
    const at = new Date().toISOString();
    const { changes, stamped } = changeStamps(batch as ArchiveBatch, stamp, clock.deviceId, at);
    const tables = [...kept.map((name) => db.table(name)), db.changes];
    await db.transaction('rw', tables, async () => {
      for (const name of kept) {
        const rows = stamped.filter((each) => each.table === name);
        await db.table(name).bulkPut(rows.map(({ record, stamps }) => withStamps(record, stamps)));
      }
      await db.changes.bulkAdd(changes);
    });
  }
}

/** A few people renamed, as a clerk corrects names between two exchanges. */
async function renameSomePeople(count: number, suffix: string): Promise<void> {
  const people = await db.people.limit(count).toArray();
  for (const person of people) await updatePerson(person.id, { name: `${person.name} ${suffix}` });
}

async function keepExport(name: string): Promise<number> {
  const file = await exportFile({ scope: { kind: 'everything' } }, 'none');
  const bytes = new Uint8Array(file.size);
  let at = 0;
  for (const part of file.parts) {
    bytes.set(part, at);
    at += part.length;
  }
  files.set(name, bytes);
  return bytes.length;
}

/** A kept file's bytes as base64, to save it on disk for the Sync screen's file chooser. */
function fileAsBase64(name: string): string {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`No file kept as ${name}.`);
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

/** Keep a file made on another laptop, handed over as base64 (a USB stick between two laptops). */
function receive(name: string, base64: string): number {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  files.set(name, bytes);
  return bytes.length;
}

export type ImportOutcome = { ok: true; added: number; updated: number } | { ok: false; message: string };

/** Import a kept file as the Sync screen does: preview it, then apply it. A failure comes back as its message. */
async function importKept(name: string): Promise<ImportOutcome> {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`No file kept as ${name}.`);
  try {
    const preview = await previewImport(bytes);
    const result = await applyImport(preview);
    return { ok: true, added: result.added, updated: result.updated };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** How many records each synced table holds. */
async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of syncedTables) result[table] = await db.table(table).count();
  return result;
}

/** How many people's names end with `suffix`. */
function peopleNamed(suffix: string): Promise<number> {
  return db.people.filter((person) => person.name.endsWith(suffix)).count();
}

export const syncSizesTools = {
  peopleNamed,
  newLaptop,
  makeThroughRepositories,
  renameSomePeople,
  loadArchive: (options: ArchiveOptions) => loadArchive(options).then(({ counts: made }) => made),
  loadArchiveTables,
  keepExport,
  fileAsBase64,
  receive,
  importKept,
  counts,
  close: () => db.close(),
};
export type SyncSizesTools = typeof syncSizesTools;

(globalThis as unknown as { chamberSyncSizes: SyncSizesTools }).chamberSyncSizes = syncSizesTools;
