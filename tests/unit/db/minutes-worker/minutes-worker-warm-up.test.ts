import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { warmUpMinutesWorker } from '../../../../renderer/db/minutes-worker/warm-up';

// The sample builds themselves, and their stop at the clerk's press, are tested with warmUpOnce
// (tests/unit/documents/minutes/minutes-warm-up.test.ts): here, the database the press reads.
describe('the minutes worker readies itself before the first press', () => {
  it('opens the database while it makes the sample minutes', async () => {
    db.close();
    await warmUpMinutesWorker(() => false);
    expect(db.isOpen()).toBe(true);
  });

  it('still opens the database the press reads once the clerk has asked for real minutes', async () => {
    db.close();
    await warmUpMinutesWorker(() => true);
    expect(db.isOpen()).toBe(true);
  });
});
