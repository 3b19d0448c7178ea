import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../renderer/db/schema';
import { oldLaptop, storedAgendaItem as item } from './old-laptop';

const name = 'chamber-migration-v7-test';

afterEach(async () => {
  await Dexie.delete(name);
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
  const old = await oldLaptop(name, 6);
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
