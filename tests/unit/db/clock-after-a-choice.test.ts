import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { forgetDevice, loadDeviceClock, movePastForChoice, observeStamp } from '../../../renderer/db/device';
import { createCommittee, updateCommittee } from '../../../renderer/db/repositories/committees';
import { formatStamp } from '../../../renderer/domain/hybrid-clock';
import { freshDatabase } from './reset';

/**
 * Issue #26: a clerk's choice on a conflict with a version from a laptop ten days fast is stamped past it; the
 * clock must not fall back behind that choice after a restart, or this laptop's next edits would lose to it.
 * Another laptop's far-ahead stamps, logged by an import, still do not drag the clock forward.
 */
beforeEach(freshDatabase);

const day = 24 * 60 * 60 * 1000;

describe('the clock after a restart', () => {
  it('stays past this laptop’s own choice made over a stamp ten days ahead', async () => {
    const committee = await createCommittee({ name: 'Licensing Panel', type: 'committee' });
    const { deviceId } = await loadDeviceClock(db);
    const ahead = `${String(Date.now() + 10 * day).padStart(15, '0')}-00002-fast`;
    await movePastForChoice(db, [ahead]);
    await updateCommittee(committee.id, { name: 'Licensing Sub-Committee' });
    const chosen = (await db.changes.orderBy('hlc').last())!.hlc;
    expect(chosen > ahead).toBe(true);
    forgetDevice(db);
    const resumed = await loadDeviceClock(db);
    expect(resumed.deviceId).toBe(deviceId);
    expect(formatStamp(resumed) >= chosen).toBe(true);
  });

  it('is not dragged ten days ahead by another laptop’s stamps', async () => {
    await createCommittee({ name: 'Licensing Panel', type: 'committee' });
    const ahead = `${String(Date.now() + 10 * day).padStart(15, '0')}-00000-fast`;
    await observeStamp(db, ahead);
    await db.transaction('rw', db.changes, () =>
      db.changes.add({
        table: 'sync',
        recordId: 'x',
        op: 'put',
        fields: [],
        hlc: ahead,
        deviceId: 'fast',
        at: '',
      }),
    );
    forgetDevice(db);
    expect((await loadDeviceClock(db)).millis).toBeLessThan(Date.now() + day);
  });
});
