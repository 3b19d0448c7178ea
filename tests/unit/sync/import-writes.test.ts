import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadDeviceClock } from '../../../renderer/db/device';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { databaseHash, newLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(newLaptop);

describe('writing an imported file', () => {
  it('shows the new records on a screen already open when the import commits', async () => {
    await seedMeeting();
    const file = await exportFile({ scope: { kind: 'everything' } });
    await newLaptop();
    const seen: number[] = [];
    const subscription = liveQuery(() => db.meetings.count()).subscribe((count) => seen.push(count));
    await expect.poll(() => seen).toEqual([0]);
    await importFile(joinParts(file));
    await expect.poll(() => seen.at(-1)).toBe(1);
    subscription.unsubscribe();
  });

  it('leaves the database as it was when a write fails halfway', async () => {
    await seedMeeting();
    const file = await exportFile({ scope: { kind: 'everything' } });
    await newLaptop();
    await loadDeviceClock(db); // A new laptop names itself on its first import, whatever the file holds.
    const before = await databaseHash();
    // A stored record IndexedDB refuses (a key it cannot hold) stands in for a disk that fills up mid-import.
    const stored = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put') as PropertyDescriptor;
    const put = stored.value as (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
    Object.defineProperty(IDBObjectStore.prototype, 'put', {
      ...stored,
      value(this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if (this.name === 'minutes') return put.call(this, { ...(value as object), id: {} }, key);
        return put.call(this, value, key);
      },
    });
    try {
      await expect(importFile(joinParts(file))).rejects.toThrow();
    } finally {
      Object.defineProperty(IDBObjectStore.prototype, 'put', stored);
    }
    expect(await databaseHash()).toBe(before);
  });
});
