import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../../renderer/db/database';
import { stampsOf } from '../../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../../renderer/db/schema';
import { oldLaptop } from '../old-laptop';

const name = 'chamber-minutes-presented-upgrade-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const item = (id: string, meetingId: string, fields: object) => ({
  id,
  meetingId,
  order: 3,
  title: 'Minutes of the previous meeting',
  part: 'A',
  ...fields,
});

/** A laptop's database as version 3 left it: Minutes items linked when their meeting was created, or not. */
async function version3Laptop(): Promise<void> {
  const old = await oldLaptop(name, 3);
  await old.table('meetings').bulkAdd([
    { id: 'jan', committeeId: 'c1', date: '2027-01-12', status: 'minutesDrafted' },
    { id: 'feb', committeeId: 'c1', date: '2027-02-09', status: 'cancelled' },
    { id: 'mar', committeeId: 'c1', date: '2027-03-09', status: 'planned' },
    { id: 'apr', committeeId: 'c1', date: '2027-04-13', status: 'planned' },
    { id: 'other', committeeId: 'c2', date: '2027-03-01', status: 'held' },
    { id: 'first', committeeId: 'c3', date: '2027-03-01', status: 'planned' },
  ]);
  await old.table('agendaItems').bulkAdd([
    // Linked when created: stamped, and keeps its stamp.
    {
      ...item('apr-minutes', 'apr', { standingKind: 'previousMinutes', previousMeetingId: 'mar' }),
      _stamps: { previousMeetingId: '001700000000000-00000-aaaaaaaa' },
    },
    // March was keyed before January: no link, so its pack silently had no minutes.
    item('mar-minutes', 'mar', { standingKind: 'previousMinutes' }),
    // A committee's first meeting has no minutes to present.
    item('first-minutes', 'first', { standingKind: 'previousMinutes' }),
    item('mar-report', 'mar', { title: 'Planning application' }),
  ]);
  old.close();
}

describe('upgrading a version 3 database', () => {
  it('gives every Minutes item the meetings it presents', async () => {
    await version3Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    const linked = await upgraded.agendaItems.get('apr-minutes');
    expect(linked?.minutesOf).toEqual(['mar']);
    expect(stampsOf(linked ?? {})).toEqual({ previousMeetingId: '001700000000000-00000-aaaaaaaa' });
    // The committee's last meeting before March that was not cancelled: January, not the cancelled February.
    expect((await upgraded.agendaItems.get('mar-minutes'))?.minutesOf).toEqual(['jan']);
    expect((await upgraded.agendaItems.get('first-minutes'))?.minutesOf).toBeUndefined();
    expect((await upgraded.agendaItems.get('mar-report'))?.minutesOf).toBeUndefined();
    upgraded.close();
  });
});
