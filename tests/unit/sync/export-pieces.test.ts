import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from '../../../renderer/db/repositories/agenda';
import { saveMinuteText, takeItem } from '../../../renderer/db/repositories/minutes';
import { readRecordStatePieces, readRecordStates } from '../../../renderer/db/sync-read';
import { exportFile, planExport } from '../../../renderer/sync/export';
import { readBundle } from '../../../renderer/sync/format/bundle-read';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { importFile } from '../../../renderer/sync/import';
import type { RecordState } from '../../../renderer/sync/merge/types';
import { newLaptop, visibleRecords } from './support/laptops';
import { paragraph, reportBytes, seedMeeting } from './support/meeting';

beforeEach(newLaptop);

async function everythingInPieces(piece: number) {
  const pieces: { table: string; states: RecordState[] }[] = [];
  for await (const each of readRecordStatePieces(db, { kind: 'everything' }, { piece })) pieces.push(each);
  return pieces;
}

const byKey = (states: RecordState[]) =>
  new Map(states.map((state) => [`${state.table}/${state.id}`, state] as const));

/**
 * An export of everything reads a few thousand records at a time, each piece in its own transaction. Whatever
 * the piece size, it must read what one transaction over everything reads: each record once, each deleted
 * record once as a tombstone, wherever the deletions fall against the pieces.
 */
describe('an export of everything, read a piece at a time', () => {
  it('reads every record and every tombstone exactly once, for any size of piece', async () => {
    const { meeting } = await seedMeeting();
    const items = [];
    for (let n = 1; n <= 23; n += 1) items.push(await addAgendaItem(meeting.id, { title: `Item ${n}` }));
    // Deleted: the first and last by id (a tombstone before any living record, and after them all) and two
    // side by side in the middle.
    const byId = [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const gone of [byId[0]!, byId[11]!, byId[12]!, byId[22]!]) await removeAgendaItem(gone.id);
    await updateAgendaItem(byId[5]!.id, { title: 'Item renamed' });
    const whole = [...(await readRecordStates(db, { kind: 'everything' })).values()].flat();
    const expected = byKey(whole);
    expect(whole.filter((state) => state.deletedAt)).toHaveLength(4);

    for (const piece of [1, 2, 3, 4, 7, 1000]) {
      const pieces = await everythingInPieces(piece);
      const read = pieces.flatMap((each) => each.states);
      expect(read, `pieces of ${piece}`).toHaveLength(whole.length);
      expect(byKey(read), `pieces of ${piece}`).toEqual(expected);
      // A table's pieces come together, so a file's entry for it can be written as they arrive.
      const order = pieces.map((each) => each.table).filter((table, at, all) => table !== all[at - 1]);
      expect(new Set(order).size, `pieces of ${piece}`).toBe(order.length);
    }
  });

  it('makes a file that carries every record, tombstone and paper across to a new laptop', async () => {
    const { meeting } = await seedMeeting();
    const items = [];
    for (let n = 1; n <= 9; n += 1) items.push(await addAgendaItem(meeting.id, { title: `Item ${n}` }));
    await removeAgendaItem(items[4]!.id);
    const before = await visibleRecords();
    const plan = await planExport({ scope: { kind: 'everything' } });
    const file = await exportFile({ scope: { kind: 'everything' } }, 'none');
    // The plan the clerk is shown counts what the file then holds.
    expect(file.manifest.recordCounts).toEqual(plan.recordCounts);
    expect(file.parts.reduce((size, part) => size + part.length, 0)).toBe(file.size);
    const bundle = await readBundle(joinParts(file));
    // Every item held, and the removed one as a tombstone.
    expect(bundle.manifest.recordCounts.agendaItems).toBe((await db.agendaItems.count()) + 1);

    await newLaptop();
    await importFile(joinParts(file));
    expect(await visibleRecords()).toEqual(before);
    expect(await db.agendaItems.get(items[4]!.id)).toBeUndefined();
    expect((await db.documentContents.get('report-1'))?.bytes).toEqual(reportBytes);
  });

  it('finds Part B business in a file of changes that carries a minute on an exempt item but not the item', async () => {
    const { meeting, item, exempt } = await seedMeeting({ partB: true });
    const everything = await planExport({ scope: { kind: 'everything' } });
    expect(everything.encryptionReason).toContain('“Disposal of land at Wealdstone”');
    const sent = await exportFile({ scope: { kind: 'everything' } }, { passphrase: 'Civic Centre 2013' });
    const since = sent.manifest.knowledge;

    await updateAgendaItem(item.id, { title: 'Work programme (revised)' });
    const partA = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(partA.recordCounts).toEqual({ agendaItems: 1 });
    expect(partA.encryptionReason).toBeUndefined();

    const minute = await takeItem(meeting.id, exempt!.id);
    await saveMinuteText(minute.id, paragraph('The Board considered the valuation.'));
    const partB = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(partB.recordCounts.agendaItems).toBe(1);
    expect(partB.recordCounts.minutes).toBe(1);
    expect(partB.encryptionReason).toContain('“Disposal of land at Wealdstone”');
    await expect(exportFile({ scope: { kind: 'everything' }, changes: { since } })).rejects.toMatchObject({
      code: 'encryption-needed',
    });
  });
});
