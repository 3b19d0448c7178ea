import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import {
  firstReadsOfCommittee,
  forgetFirstReads,
  openDatabaseFilesNow,
  startFirstReads,
} from '../../../../renderer/ui/shell/first-reads';
import { freshDatabase } from '../../db/reset';

beforeEach(freshDatabase);

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the start reads', () => {
  it("read the committee page Chamber opens on and hand it to the page, until the page's own reads answer", async () => {
    const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    await createMeeting(committee.id, { date: '2025-06-11' });
    await createMeeting(committee.id, { date: '2025-04-09' });
    startFirstReads(`#/committees/${committee.id}`);
    const reads = await firstReadsOfCommittee(committee.id);
    expect(reads?.committee?.name).toBe('Planning Committee');
    expect(reads?.meetings.map((meeting) => meeting.date)).toEqual(['2025-04-09', '2025-06-11']);
    await expect(firstReadsOfCommittee('another')).rejects.toThrow('another committee');
    forgetFirstReads();
    expect(firstReadsOfCommittee(committee.id)).toBeUndefined();
  });

  it('read nothing for a page other than a committee', () => {
    forgetFirstReads();
    startFirstReads('#/people');
    expect(firstReadsOfCommittee('any')).toBeUndefined();
  });

  it('do not create a database where there is none, and leave none open to block an upgrade', async () => {
    openDatabaseFilesNow('chamber-not-made-yet');
    await settle();
    const names = (await indexedDB.databases()).map((each) => each.name);
    expect(names).not.toContain('chamber-not-made-yet');

    openDatabaseFilesNow(db.name);
    await settle();
    db.close();
    // A newer version opens at once: the early connection has closed.
    const upgrade = indexedDB.open(db.name, 9999);
    await new Promise<void>((resolve, reject) => {
      upgrade.onsuccess = () => (upgrade.result.close(), resolve());
      upgrade.onblocked = () => reject(new Error('blocked by an open connection'));
      upgrade.onerror = () => reject(upgrade.error ?? new Error('failed'));
    });
  });
});
