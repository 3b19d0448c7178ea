import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { forgetDevice, loadDeviceClock } from '../../../renderer/db/device';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe("this laptop's identity", () => {
  it('is one id even when the first start asks for it from several places at once', async () => {
    // At the first start the screen, the search index and the first write each load the clock at once.
    const first = await Promise.all([loadDeviceClock(db), loadDeviceClock(db), loadDeviceClock(db)]);
    const inMemory = first[0].deviceId;
    expect(first.map((state) => state.deviceId)).toEqual([inMemory, inMemory, inMemory]);
    expect((await db.meta.get('deviceId'))?.value).toBe(inMemory);

    // After a restart (or on a worker, which reads it afresh) the laptop is still the same laptop.
    forgetDevice(db);
    expect((await loadDeviceClock(db)).deviceId).toBe(inMemory);
  });

  it('is claimed inside a first write without undoing that write', async () => {
    const [committee] = await Promise.all([
      createCommittee({ name: 'Licensing Panel', type: 'committee' }),
      loadDeviceClock(db),
      createCommittee({ name: 'Audit Committee', type: 'committee' }),
    ]);
    const stored = (await db.meta.get('deviceId'))?.value;
    const log = await db.changes.toArray();
    expect(new Set(log.map((entry) => entry.deviceId))).toEqual(new Set([stored]));
    expect((await db.committees.get(committee.id))?.name).toBe('Licensing Panel');
    expect(await db.committees.count()).toBe(2);
  });
});
