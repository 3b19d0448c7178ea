import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { gateTables, putRecord } from '../../../renderer/db/gate';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee, updateCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { freshDatabase } from './reset';
import { storedStamps } from './stored-stamps';

beforeEach(freshDatabase);

describe('the change gate', () => {
  it('stamps every field of a new record with the time and this laptop', async () => {
    const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    const log = await db.changes.where('[table+recordId]').equals(['committees', committee.id]).toArray();
    expect(log).toHaveLength(1);
    const [entry] = log;
    expect(entry?.op).toBe('put');
    expect(entry?.fields).toEqual(expect.arrayContaining(['name', 'type', 'quorum', 'standingItems']));
    expect(entry?.deviceId).toMatch(/^[0-9a-f]{8}$/);
    expect(Date.parse(entry?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const stamps = await storedStamps('committees', committee.id);
    expect(stamps.name).toBe(entry?.hlc);
    expect(Object.keys(stamps)).toContain('standingItems');
    // Stamps are kept with the record but are not one of its fields.
    expect(Object.keys((await db.committees.get(committee.id)) ?? {})).not.toContain('_stamps');
  });

  it('records only the fields that changed, with a later stamp', async () => {
    const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    const before = await storedStamps('committees', committee.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateCommittee(committee.id, { quorum: 5 });
    const after = await storedStamps('committees', committee.id);
    expect((after.quorum ?? '') > (before.quorum ?? '')).toBe(true);
    expect(after.name).toBe(before.name);
    const log = await db.changes.where('[table+recordId]').equals(['committees', committee.id]).toArray();
    expect(log.at(-1)?.fields).toEqual(['quorum']);
  });

  it('writes nothing when nothing changed', async () => {
    const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    const count = await db.changes.count();
    await updateCommittee(committee.id, { name: 'Planning Committee' });
    expect(await db.changes.count()).toBe(count);
  });

  it('leaves a tombstone when a record is deleted', async () => {
    const committee = await createCommittee({ name: 'Licensing', type: 'committee' });
    const meeting = await createMeeting(committee.id, { date: '2026-01-14' });
    const item = await addAgendaItem(meeting.id, { title: 'Street trading policy' });
    await removeAgendaItem(item.id);
    expect(await db.agendaItems.get(item.id)).toBeUndefined();
    const stampsWhileAlive = await db.changes
      .where('[table+recordId]')
      .equals(['agendaItems', item.id])
      .first();
    const tombstone = await db.clocks.get(`agendaItems/${item.id}`);
    expect(tombstone?.deletedAt).toBeDefined();
    expect(tombstone?.fields.title).toBe(stampsWhileAlive?.hlc);
    const log = await db.changes.where('[table+recordId]').equals(['agendaItems', item.id]).toArray();
    expect(log.map((entry) => entry.op)).toEqual(['put', 'delete']);
  });

  it('stamps a deleted record made again under its id after its deletion, and removes its tombstone', async () => {
    const committee = await createCommittee({ name: 'Licensing', type: 'committee' });
    const meeting = await createMeeting(committee.id, { date: '2026-01-14' });
    const item = await addAgendaItem(meeting.id, { title: 'Street trading policy', description: 'Draft' });
    await removeAgendaItem(item.id);
    const tombstone = await db.clocks.get(`agendaItems/${item.id}`);
    await db.transaction('rw', [db.agendaItems, ...gateTables(db)], () =>
      putRecord(db, 'agendaItems', { ...item, title: 'Street trading policy (revised)' }),
    );
    expect(await db.clocks.get(`agendaItems/${item.id}`)).toBeUndefined();
    const stamps = await storedStamps('agendaItems', item.id);
    expect(Object.keys(stamps)).toEqual(Object.keys(tombstone?.fields ?? {}));
    for (const stamp of Object.values(stamps)) expect(stamp > (tombstone?.deletedAt ?? '~')).toBe(true);
    expect((await db.agendaItems.get(item.id))?.title).toBe('Street trading policy (revised)');
  });

  it('keeps one log entry for a burst of typing in the same field', async () => {
    const committee = await createCommittee({ name: 'Licensing', type: 'committee' });
    const meeting = await createMeeting(committee.id, { date: '2026-01-14' });
    const item = await addAgendaItem(meeting.id, { title: 'Street trading policy' });
    for (const description of ['T', 'Th', 'The', 'The report'])
      await updateAgendaItem(item.id, { description });
    const log = await db.changes.where('[table+recordId]').equals(['agendaItems', item.id]).toArray();
    expect(log.filter((entry) => entry.fields.join() === 'description')).toHaveLength(1);
    expect((await db.agendaItems.get(item.id))?.description).toBe('The report');
  });

  it('refuses a write outside a repository transaction', async () => {
    await expect(
      putRecord(db, 'people', {
        id: 'x',
        title: '',
        name: 'Ann',
        group: '',
        position: '',
        email: '',
        phone: '',
        status: 'active',
      }),
    ).rejects.toThrow(/outside a repository transaction/);
    expect(await db.people.count()).toBe(0);
  });

  it('stores nothing of a committee whose member has no name', async () => {
    await expect(
      createCommittee({ name: 'Audit', type: 'committee' }, [
        { role: 'chair', person: { name: 'Cllr Ada Brown' } },
        { role: 'member', person: { name: '  ' } },
      ]),
    ).rejects.toThrow(/Member 2 needs a name/);
    expect(await db.committees.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
  });
});
