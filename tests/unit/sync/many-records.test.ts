import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { putRecord } from '../../../renderer/db/gate';
import {
  agendaItemRecord,
  removeAgendaItem,
  updateAgendaItem,
} from '../../../renderer/db/repositories/agenda';
import { writeTransaction } from '../../../renderer/db/repositories/transaction';
import { exportFile } from '../../../renderer/sync/export';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { readBundle } from '../../../renderer/sync/format/bundle-read';
import { tablePieces } from '../../../renderer/sync/format/table-read';
import { forgetLaptops, useLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(forgetLaptops);

/**
 * Many items added to a meeting in one go, through the gate that stamps each change for sync. Adding them one at
 * a time as the agenda screen does renumbers the whole agenda each time: 1,200 items took 239 s at a load of 12.
 */
async function addItems(meetingId: string, count: number, description = '') {
  const after = await db.agendaItems.where('meetingId').equals(meetingId).count();
  const items = Array.from({ length: count }, (_, n) =>
    agendaItemRecord(meetingId, { title: `Application ${n + 1}`, description, order: after + n }),
  );
  await writeTransaction([db.agendaItems], async () => {
    for (const item of items) await putRecord(db, 'agendaItems', item);
  });
  return items;
}

/**
 * A file with hundreds of records of one table takes the import's quick path: the laptop lists the ids it
 * holds and reads only those. The rules must come out the same as record by record.
 */
describe('importing a file with hundreds of agenda items', () => {
  it('adds them all on a new laptop, and a second import keeps deletions and newer edits', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const items = await addItems(meeting.id, 240);
    const held = await db.agendaItems.count();
    const file = await exportFile({ scope: { kind: 'everything' } }, 'none');

    await useLaptop('chamber');
    const first = await importFile(joinParts(file));
    expect(first.added).toBeGreaterThan(240);
    expect(await db.agendaItems.count()).toBe(held);

    const [removed, renamed] = [items[10]!, items[20]!];
    await removeAgendaItem(removed.id);
    await updateAgendaItem(renamed.id, { title: 'Application 21 (amended)' });
    expect((await previewImport(joinParts(file))).unchanged).toBeGreaterThan(240);
    const again = await importFile(joinParts(file));
    expect(again).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    expect(await db.agendaItems.get(removed.id)).toBeUndefined();
    expect((await db.agendaItems.get(renamed.id))?.title).toBe('Application 21 (amended)');
    expect(await db.agendaItems.count()).toBe(held - 1);
  }, 30_000);
});

/**
 * Twelve years of minutes are a list of hundreds of megabytes: a table is read and merged a few megabytes at a
 * time (format/record-list.ts). Records in later pieces merge as those in the first.
 */
describe('importing a table too big for one piece of the file', () => {
  it('adds every piece, and a later file merges edits and deletions in every piece', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const report = 'The report sets out the options considered and the consultation responses. '.repeat(55);
    const items = await addItems(meeting.id, 1200, report);
    const held = await db.agendaItems.count();
    const file = await exportFile({ scope: { kind: 'everything' } }, 'none');
    const bundle = await readBundle(joinParts(file));
    expect([...tablePieces(bundle, 'agendaItems')].length).toBeGreaterThan(1);

    await useLaptop('chamber');
    expect((await importFile(joinParts(file))).added).toBeGreaterThan(1200);
    expect(await db.agendaItems.count()).toBe(held);
    expect((await db.agendaItems.get(items[1199]!.id))?.description).toBe(report);

    // Here: an item near the start deleted, one near the end edited.
    await removeAgendaItem(items[5]!.id);
    await updateAgendaItem(items[1150]!.id, { title: 'Application 1151 (withdrawn)' });
    // In the office meanwhile: another item near the end edited.
    await useLaptop('office');
    await updateAgendaItem(items[1100]!.id, { title: 'Application 1101 (deferred)' });
    const later = await exportFile({ scope: { kind: 'everything' } }, 'none');

    await useLaptop('chamber');
    const merged = await importFile(joinParts(later));
    expect(merged).toMatchObject({ updated: 1, deleted: 0, conflicts: 0 });
    expect((await db.agendaItems.get(items[1100]!.id))?.title).toBe('Application 1101 (deferred)');
    expect((await db.agendaItems.get(items[1150]!.id))?.title).toBe('Application 1151 (withdrawn)');
    expect(await db.agendaItems.get(items[5]!.id)).toBeUndefined();
    expect(await db.agendaItems.count()).toBe(held - 1);
  }, 120_000);
});
