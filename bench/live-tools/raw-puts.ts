/**
 * Reads and writes the live-minuting bench makes in the page after typing: the typed minute's record as stored,
 * the idle raw put of it (the floor for any write), and when each kept version of a minute was stored.
 */
import type { Page } from 'playwright-core';

/** The largest minute record in Chamber's database: the one just typed into (40 long minutes, one longer). */
export async function typedMinuteRecord(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const read = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('chamber');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const records = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = read.transaction('minutes').objectStore('minutes').getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    });
    read.close();
    const sized = records.map((record) => ({ record, size: JSON.stringify(record).length }));
    const largest = sized.sort((a, b) => b.size - a.size)[0];
    if (!largest) throw new Error('No minute is stored.');
    return largest.record;
  });
}

/**
 * The same minute record put into a database of its own, one put after another with the page idle after
 * typing: the floor for any write, with no key to take and draw.
 */
export async function idlePuts(
  page: Page,
  record: Record<string, unknown>,
  count: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ record, count }) => {
      const raw = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('bench-raw', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('minutes', { keyPath: 'id' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const times: number[] = [];
      for (let n = 0; n < count; n += 1) {
        const started = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = raw.transaction('minutes', 'readwrite');
          tx.objectStore('minutes').put({ ...record, id: 'bench', n });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
        times.push(performance.now() - started);
      }
      raw.close();
      return times;
    },
    { record, count },
  );
}

/** When each copy of a minute's earlier text kept since typing began was stored, in page time. */
export async function revisionTimes(page: Page, since: number): Promise<number[]> {
  return page.evaluate(async (since) => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('chamber');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const revisions = await new Promise<{ savedAt: string }[]>((resolve) => {
      const request = open.transaction('minuteRevisions').objectStore('minuteRevisions').getAll();
      request.onsuccess = () => resolve(request.result as { savedAt: string }[]);
    });
    open.close();
    return revisions
      .map((revision) => Date.parse(revision.savedAt) - performance.timeOrigin)
      .filter((time) => time >= since - 1000)
      .sort((a, b) => a - b);
  }, since);
}
