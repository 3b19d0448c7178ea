import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion, schemaV1, schemaV2, schemaV3, schemaV4 } from '../../../renderer/db/schema';

const name = 'chamber-migration-v5-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const item = (id: string, part: 'A' | 'B', extra: object = {}) => ({
  id,
  meetingId: 'mt1',
  order: 0,
  title: `Item ${id}`,
  description: '',
  recommendation: '',
  responsibleOfficer: '',
  reportAuthor: '',
  wards: [],
  keyDecision: false,
  part,
  publicInterestReason: part === 'B' ? 'Commercially sensitive prices' : '',
  urgent: false,
  specialCircumstances: '',
  _stamps: { title: '0001-a' },
  ...extra,
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
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  old.version(2).stores(schemaV2);
  old.version(3).stores(schemaV3);
  old.version(4).stores(schemaV4);
  await old.open();
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
