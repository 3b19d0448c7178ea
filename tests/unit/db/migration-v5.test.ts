import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../renderer/db/schema';
import { oldLaptop, storedAgendaItem as item } from './old-laptop';

const name = 'chamber-migration-v5-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const paper = (id: string, agendaItemId: string, extra: object = {}) => ({
  id,
  agendaItemId,
  meetingId: 'mt1',
  name: `${id}.docx`,
  format: 'docx',
  role: 'report',
  sizeBytes: 10,
  order: 0,
  toFollow: false,
  supplementary: false,
  version: 1,
  sha256: '',
  _stamps: { name: '0001-a' },
  ...extra,
});

/** A laptop's database as version 4 left it: papers with no status of their own, on Part A and Part B items. */
async function version4Laptop(): Promise<void> {
  const old = await oldLaptop(name, 4);
  await old
    .table('agendaItems')
    .bulkAdd([
      item('public', 'A'),
      item('exempt', 'B', { exemptParagraph: 3 }),
      item('sub', 'A', { parentId: 'exempt' }),
      item('old-b', 'B'),
    ]);
  await old
    .table('documents')
    .bulkAdd([
      paper('report', 'public'),
      paper('prices', 'exempt'),
      paper('sub-paper', 'sub'),
      paper('no-paragraph', 'old-b'),
      paper('already', 'exempt', { exempt: false }),
    ]);
  old.close();
}

describe('upgrading a version 4 database', () => {
  it('gives each paper its own status from its item: Part B papers exempt under the item’s paragraph', async () => {
    await version4Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    expect(await upgraded.documents.get('report')).toMatchObject({ exempt: false });
    expect(await upgraded.documents.get('prices')).toMatchObject({
      exempt: true,
      exemptParagraph: 3,
      publicInterestReason: 'Commercially sensitive prices',
    });
    // A sub-item of a Part B item is taken in private with it.
    expect(await upgraded.documents.get('sub-paper')).toMatchObject({ exempt: true, exemptParagraph: 3 });
    // A Part B item with no paragraph stored still makes its papers exempt.
    expect(await upgraded.documents.get('no-paragraph')).toMatchObject({ exempt: true });
    // A paper that already had its own status (through sync from a laptop upgraded first) keeps it.
    expect(await upgraded.documents.get('already')).toMatchObject({ exempt: false });
    // Nothing else of a paper is lost, its stamps included.
    const prices = await upgraded.documents.get('prices');
    expect(prices).toMatchObject({ name: 'prices.docx', sizeBytes: 10 });
    expect(stampsOf(prices as object)).toMatchObject({ name: '0001-a' });
    upgraded.close();
  });
});
