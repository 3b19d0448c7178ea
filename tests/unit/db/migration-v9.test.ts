import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../renderer/db/schema';
import { oldLaptop, storedAgendaItem } from './old-laptop';

const name = 'chamber-migration-v9-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const item = storedAgendaItem('budget', 'A', {
  title: 'Budget',
  keyDecision: true,
  executiveDecision: {
    reasons: 'Best value.',
    alternatives: '',
    dispensations: '',
    urgent: false,
    urgencyReason: '',
  },
});

/** A laptop's database as version 8 left it, with a meeting's decision already on its item. */
async function version8Laptop(): Promise<void> {
  const old = await oldLaptop(name, 8);
  await old.table('agendaItems').add(item);
  await old.table('phrases').add({ id: 'p1', label: 'Noted', text: 'Noted.', order: 1, kind: 'text' });
  old.close();
}

describe('upgrading a version 8 database', () => {
  it('keeps every record as it was and opens the stores for single-member decisions and plan entries', async () => {
    await version8Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    const { _stamps: stamps, ...values } = item;
    const kept = await upgraded.agendaItems.get('budget');
    expect(kept).toEqual(values);
    expect(stampsOf(kept as object)).toEqual(stamps);
    expect(await upgraded.phrases.count()).toBe(1);
    expect(await upgraded.individualDecisions.count()).toBe(0);
    await upgraded.plannedDecisions.add({
      id: 'plan1',
      matter: 'Sale of the depot site',
      decisionMaker: 'Cabinet',
      expectedDate: '2026-06-18',
      responsibleOfficer: '',
      wards: [],
      documents: [],
      inPrivate: false,
      privateReason: '',
      agendaItemId: 'budget',
    });
    expect(await upgraded.plannedDecisions.where('agendaItemId').equals('budget').primaryKeys()).toEqual([
      'plan1',
    ]);
    upgraded.close();
  });
});
