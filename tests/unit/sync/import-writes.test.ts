import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadDeviceClock } from '../../../renderer/db/device';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { WriteWindow } from '../../../renderer/sync/write-window';
import { databaseHash, newLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(newLaptop);

const megabytes = (n: number) => n * 1024 * 1024;

describe('the import’s window of writes in flight', () => {
  it('lets the next part be read at once while little is in flight, then waits for all of it', async () => {
    const window = new WriteWindow();
    const done: string[] = [];
    const write = (name: string, ms: number) =>
      new Promise<void>((resolve) => setTimeout(() => resolve(void done.push(name)), ms));
    expect(window.add(write('members', 30), megabytes(1))).toBeUndefined();
    expect(window.add(write('meetings', 10), megabytes(2))).toBeUndefined();
    const wait = window.add(write('agenda items', 5), megabytes(40));
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    expect(done.sort()).toEqual(['agenda items', 'meetings', 'members']);
    expect(window.drain()).toBeUndefined();
  });

  it('hands back a write that failed, so the import’s one transaction is abandoned', async () => {
    const window = new WriteWindow();
    expect(window.add(Promise.reject(new Error('Disk full')), 10)).toBeUndefined();
    expect(window.add(Promise.resolve(), 10)).toBeUndefined();
    await expect(window.drain()).rejects.toThrow('Disk full');
  });
});

describe('writing an imported file', () => {
  it('shows the new records on a screen already open when the import commits', async () => {
    await seedMeeting();
    const file = await exportFile({ scope: { kind: 'everything' } });
    await newLaptop();
    const seen: number[] = [];
    const subscription = liveQuery(() => db.meetings.count()).subscribe((count) => seen.push(count));
    await expect.poll(() => seen).toEqual([0]);
    await importFile(file.bytes);
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
      await expect(importFile(file.bytes)).rejects.toThrow();
    } finally {
      Object.defineProperty(IDBObjectStore.prototype, 'put', stored);
    }
    expect(await databaseHash()).toBe(before);
  });
});
