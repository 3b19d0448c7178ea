import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from '../../../renderer/db/repositories/agenda';
import { exportFile } from '../../../renderer/sync/export';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { forgetLaptops, useLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(forgetLaptops);

/**
 * A file with hundreds of records of one table takes the import's quick path: the laptop lists the ids it
 * holds and reads only those. The rules must come out the same as record by record.
 */
describe('importing a file with hundreds of agenda items', () => {
  it('adds them all on a new laptop, and a second import keeps deletions and newer edits', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const items = [];
    for (let n = 1; n <= 240; n += 1)
      items.push(await addAgendaItem(meeting.id, { title: `Planning application ${n}` }));
    const held = await db.agendaItems.count();
    const file = await exportFile({ scope: { kind: 'everything' } }, 'none');

    await useLaptop('chamber');
    const first = await importFile(file.bytes);
    expect(first.added).toBeGreaterThan(240);
    expect(await db.agendaItems.count()).toBe(held);

    const [removed, renamed] = [items[10]!, items[20]!];
    await removeAgendaItem(removed.id);
    await updateAgendaItem(renamed.id, { title: 'Planning application 21 (amended)' });
    expect((await previewImport(file.bytes)).unchanged).toBeGreaterThan(240);
    const again = await importFile(file.bytes);
    expect(again).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    expect(await db.agendaItems.get(removed.id)).toBeUndefined();
    expect((await db.agendaItems.get(renamed.id))?.title).toBe('Planning application 21 (amended)');
    expect(await db.agendaItems.count()).toBe(held - 1);
  }, 30_000);
});
