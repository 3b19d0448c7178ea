import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import {
  currentSchemaVersion,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
} from '../../../renderer/db/schema';

const name = 'chamber-migration-v7-test';

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

const decision = {
  reasons: 'Best value.',
  alternatives: '',
  dispensations: '',
  urgent: false,
  urgencyReason: '',
};

/** A laptop's database as version 6 left it: decisions already stored on items (they came by sync). */
async function version6Laptop(): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  old.version(2).stores(schemaV2);
  old.version(3).stores(schemaV3);
  old.version(4).stores(schemaV4);
  old.version(5).stores(schemaV5);
  old.version(6).stores(schemaV6);
  await old.open();
  await old.table('agendaItems').bulkAdd([
    item('noted', 'A'),
    item('decided', 'A', { executiveDecision: decision }),
    item('urgent', 'A', {
      executiveDecision: { ...decision, urgent: true, urgencyReason: 'Storm damage' },
    }),
    item('exempt', 'B', { exemptParagraph: 3, executiveDecision: decision }),
  ]);
  old.close();
}

describe('upgrading a version 6 database', () => {
  it('finds the exempt items and every decision by the new indexes, every item kept as it was', async () => {
    await version6Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    const exempt = await upgraded.agendaItems.where('part').equals('B').primaryKeys();
    expect(exempt).toEqual(['exempt']);
    const decided = await upgraded.agendaItems.orderBy('executiveDecision.urgencyReason').primaryKeys();
    expect([...decided].sort()).toEqual(['decided', 'exempt', 'urgent']);
    const kept = await upgraded.agendaItems.get('urgent');
    expect(kept).toMatchObject({
      title: 'Item urgent',
      executiveDecision: { urgencyReason: 'Storm damage' },
    });
    expect(stampsOf(kept as object)).toMatchObject({ title: '0001-a' });
    upgraded.close();
  });
});
