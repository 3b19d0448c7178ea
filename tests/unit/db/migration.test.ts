import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../renderer/db/schema';
import { oldLaptop } from './old-laptop';
import {
  onUpgradeProgress,
  upgradeProgress,
  type UpgradeProgress,
} from '../../../renderer/db/upgrade-progress';

const name = 'chamber-migration-test';

afterEach(async () => {
  await Dexie.delete(name);
});

/** A laptop's database as version 1 of Chamber left it. */
async function version1Laptop(): Promise<void> {
  const old = await oldLaptop(name, 1);
  await old.table('committees').add({ id: 'c1', name: 'Planning Committee', type: 'committee' });
  await old.table('memberships').bulkAdd([
    { id: 'm1', committeeId: 'c1', personId: 'p1', role: 'chair' },
    { id: 'm2', committeeId: 'c1', personId: 'p2', role: 'member' },
    { id: 'm3', committeeId: 'c1', personId: 'p3', role: 'member', order: 7 },
  ]);
  await old
    .table('meetings')
    .add({ id: 'mt1', committeeId: 'c1', date: '2025-06-11', startTime: '18:00', venue: 'Room 1' });
  await old
    .table('actions')
    .add({ id: 'a1', committeeId: 'c1', meetingId: 'mt1', text: 'Report back', status: 'open' });
  old.close();
}

describe('upgrading a version 1 database', () => {
  it('keeps every record and fills in what version 2 relies on', async () => {
    await version1Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    expect(await upgraded.committees.get('c1')).toMatchObject({ name: 'Planning Committee' });
    const orders = (await upgraded.memberships.toArray()).map((membership) => [
      membership.id,
      membership.order,
    ]);
    expect(orders).toEqual([
      ['m1', 0],
      ['m2', 1],
      ['m3', 7],
    ]);
    expect(await upgraded.meetings.get('mt1')).toMatchObject({ type: 'ordinary', status: 'planned' });
    expect(await upgraded.actions.get('a1')).toMatchObject({ updates: [], outcome: '', ownerText: '' });
    // Version 2's new tables are there and usable.
    await upgraded.interests.add({ id: 'i1', personId: 'p1', category: 'land', description: 'Home in ward' });
    expect(await upgraded.interests.count()).toBe(1);
    upgraded.close();
  });
});

/** A laptop's database as version 2 left it: every record's stamps in a row of `clocks`, and one tombstone. */
async function version2Laptop(): Promise<void> {
  const old = await oldLaptop(name, 2);
  await old.table('committees').add({ id: 'c1', name: 'Planning Committee', type: 'committee' });
  // More people than the upgrade rewrites at once, so it goes on from where each run of them ended.
  const people = Array.from({ length: 1201 }, (_, n) => ({
    id: `p${String(n).padStart(4, '0')}`,
    name: `P ${n}`,
  }));
  await old.table('people').bulkAdd(people);
  await old.table('clocks').bulkAdd(
    people.map((person) => ({
      key: `people/${person.id}`,
      table: 'people',
      recordId: person.id,
      fields: { name: '001700000000004-00000-aaaaaaaa' },
    })),
  );
  await old.table('clocks').bulkAdd([
    {
      key: 'committees/c1',
      table: 'committees',
      recordId: 'c1',
      fields: { name: '001700000000000-00000-aaaaaaaa', type: '001700000000001-00000-aaaaaaaa' },
    },
    {
      key: 'meetings/gone',
      table: 'meetings',
      recordId: 'gone',
      fields: { date: '001700000000002-00000-aaaaaaaa' },
      deletedAt: '001700000000003-00000-aaaaaaaa',
    },
  ]);
  old.close();
}

describe('upgrading a version 2 database', () => {
  it("moves each record's stamps into its row and keeps the tombstones", async () => {
    await version2Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    const committee = await upgraded.committees.get('c1');
    expect(committee).toEqual({ id: 'c1', name: 'Planning Committee', type: 'committee' });
    expect(stampsOf(committee ?? {})).toEqual({
      name: '001700000000000-00000-aaaaaaaa',
      type: '001700000000001-00000-aaaaaaaa',
    });
    const people = await upgraded.people.toArray();
    expect(people).toHaveLength(1201);
    expect(
      people.filter((person) => stampsOf(person)?.name === '001700000000004-00000-aaaaaaaa'),
    ).toHaveLength(1201);
    expect(await upgraded.clocks.toArray()).toEqual([
      expect.objectContaining({ key: 'meetings/gone', deletedAt: '001700000000003-00000-aaaaaaaa' }),
    ]);
    upgraded.close();
  });

  it('reports how far it has gone, a few hundred records at a time, ending at the whole', async () => {
    await version2Laptop();
    const seen: UpgradeProgress[] = [];
    const stop = onUpgradeProgress(() => seen.push(upgradeProgress()!));
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    stop();
    upgraded.close();
    // 1,201 people, a committee and a tombstone: 1,203 clock rows.
    expect(seen[0]).toEqual({ done: 0, total: 1203 });
    expect(seen.at(-1)).toEqual({ done: 1203, total: 1203 });
    // People are rewritten 500 at a time, so the clerk sees it move several times on the way.
    expect(seen.length).toBeGreaterThanOrEqual(5);
    const done = seen.map((progress) => progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });
});
