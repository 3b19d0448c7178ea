import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../renderer/db/schema';
import { oldLaptop } from './old-laptop';

const name = 'chamber-running-order-migration-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const minute = (id: string) => ({
  id,
  meetingId: 'mt1',
  agendaItemId: `item-${id}`,
  takenOrder: 1,
  number: '5',
  text: { type: 'doc', content: [] },
  conclusions: [],
  _stamps: { text: '2026-01-01T10:00:00.000Z-0000-aaaa' },
});

/** A laptop's database as version 3 left it: a minute whose amendment was moved after its motion was voted on. */
async function version3Laptop(): Promise<void> {
  const old = await oldLaptop(name, 3);
  await old.table('minutes').bulkAdd([minute('min1'), minute('min2')]);
  await old.table('motions').bulkAdd([
    {
      id: 'amend',
      meetingId: 'mt1',
      minuteId: 'min1',
      amendsMotionId: 'sub',
      text: 'Add (3)',
      order: 1,
      result: 'carried',
    },
    {
      id: 'sub',
      meetingId: 'mt1',
      minuteId: 'min1',
      text: 'That the report be noted',
      order: 0,
      result: 'carried',
    },
    { id: 'other', meetingId: 'mt1', minuteId: 'min1', text: 'That we adjourn', order: 2 },
  ]);
  old.close();
}

describe('upgrading a version 3 database to the running order', () => {
  it('gives each minute its motions in the order they printed before, moved then voted on', async () => {
    await version3Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    const first = await upgraded.minutes.get('min1');
    expect(first?.proceedings).toEqual([
      { id: 'sub/moved', kind: 'moved', motionId: 'sub' },
      { id: 'sub/vote', kind: 'putToVote', motionId: 'sub' },
      { id: 'amend/moved', kind: 'moved', motionId: 'amend' },
      { id: 'amend/vote', kind: 'putToVote', motionId: 'amend' },
      { id: 'other/moved', kind: 'moved', motionId: 'other' },
    ]);
    // A minute with no motions has an empty running order; the minute's own text and stamps are untouched.
    const second = await upgraded.minutes.get('min2');
    expect(second?.proceedings).toEqual([]);
    expect(second?.number).toBe('5');
    expect(stampsOf(second ?? {})).toEqual({ text: '2026-01-01T10:00:00.000Z-0000-aaaa' });
    upgraded.close();
  });
});
