import { db } from '../../renderer/db/database';
import { loadMeetingRecord } from '../../renderer/db/read/meeting-record';
import { openSearch, searchArchive } from '../../renderer/db/search';
import type { AgendaItem, Minute } from '../../renderer/domain/model';
import { richTextFromPlain, richTextToPlain } from '../../renderer/domain/rich-text';
import { databaseName } from '../../renderer/db/database';

/** Milliseconds for one run of `work`. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open.'));
  });
}

/**
 * The baseline: the same rows read with a bare IndexedDB cursor (no Dexie, no Chamber), opening the database
 * first as a cold start must. `match` filters rows the way a search without an index would.
 */
export async function rawCursor(
  store: string,
  index?: string,
  key?: IDBValidKey,
  match?: (row: unknown) => boolean,
): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const database = await openRaw();
  const rows = await new Promise<number>((resolve, reject) => {
    const objectStore = database.transaction(store, 'readonly').objectStore(store);
    const source = index ? objectStore.index(index) : objectStore;
    const request = source.openCursor(key === undefined ? undefined : IDBKeyRange.only(key));
    let count = 0;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(count);
      if (!match || match(cursor.value)) count += 1;
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('The cursor failed.'));
  });
  database.close();
  return { ms: performance.now() - started, rows };
}

/** The stores a meeting's page reads by the meeting's id. */
const meetingStores = [
  'agendaItems',
  'documents',
  'attendance',
  'minutes',
  'resolutions',
  'declarations',
  'motions',
  'actions',
  'meetingEvents',
];

/**
 * The baseline for opening a meeting: the fastest raw way to read the same rows. One connection (opened once and
 * kept, as the app keeps its own), and per read one transaction: the meeting, its committee and the committee's
 * memberships, then every store the meeting's page reads, by the meeting's id, all asked for at once.
 * Returns each read's time, the first read first.
 */
export async function rawMeetingReads(meetingId: string, runs: number): Promise<number[]> {
  const database = await openRaw();
  const get = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('The read failed.'));
    });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const stores = ['meetings', 'committees', 'memberships', ...meetingStores];
    const transaction = database.transaction(stores, 'readonly');
    const meeting = (await get(transaction.objectStore('meetings').get(meetingId))) as {
      committeeId: string;
    };
    await Promise.all([
      get(transaction.objectStore('committees').get(meeting.committeeId)),
      get(transaction.objectStore('memberships').index('committeeId').getAll(meeting.committeeId)),
      ...meetingStores.map((store) =>
        get(transaction.objectStore(store).index('meetingId').getAll(meetingId)),
      ),
    ]);
    times.push(performance.now() - started);
  }
  database.close();
  return times;
}

/** A minutes scan for a phrase without any index: what search would cost without MiniSearch. */
export function rawMinutesScan(phrase: string): Promise<{ ms: number; rows: number }> {
  const lower = phrase.toLowerCase();
  return rawCursor('minutes', undefined, undefined, (row) =>
    richTextToPlain((row as Minute).text)
      .toLowerCase()
      .includes(lower),
  );
}

/**
 * Give one held meeting 40 agenda items with minutes (the archive's have 15), for "opening a meeting with 40
 * items". Written straight to the tables, like the rest of the archive.
 */
export async function makeFortyItemMeeting(): Promise<{ meetingId: string; lastTitle: string }> {
  const meeting = await db.meetings.where('status').equals('minutesApproved').last();
  if (!meeting) throw new Error('The archive has no held meeting: load it first.');
  const items = await db.agendaItems.where('meetingId').equals(meeting.id).sortBy('order');
  // A reused profile already has them from an earlier run.
  if (items.length >= 40) return { meetingId: meeting.id, lastTitle: items.at(-1)?.title ?? '' };
  const template = items.find((item) => !item.standingKind) as AgendaItem;
  const extra: AgendaItem[] = [];
  const minutes: Minute[] = [];
  for (let n = items.length; n < 40; n += 1) {
    const item: AgendaItem = {
      ...template,
      id: crypto.randomUUID(),
      order: 100 + n,
      title: `Ward budget proposal ${n}`,
    };
    extra.push(item);
    minutes.push({
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      agendaItemId: item.id,
      takenOrder: n + 1,
      number: String(90000 + n),
      text: richTextFromPlain(`The Committee considered ward budget proposal ${n}.\nMembers agreed it.`),
      conclusions: [],
    });
  }
  await db.transaction('rw', db.agendaItems, db.minutes, async () => {
    await db.agendaItems.bulkPut(extra);
    await db.minutes.bulkPut(minutes);
  });
  return { meetingId: meeting.id, lastTitle: extra.at(-1)?.title ?? '' };
}

export async function openMeetingTimes(meetingId: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await timed(() => loadMeetingRecord(meetingId)));
  return times;
}

/**
 * Open the saved index (timed: to the first answer, from the newest year, and to every year open), then time
 * each query as the search screen runs it on the whole index.
 */
export async function searchTimes(
  queries: readonly string[],
): Promise<{ firstAnswerMs: number; openMs: number; times: number[]; hits: number[]; heapMb: number }> {
  const started = performance.now();
  const search = await openSearch();
  searchArchive(search.index, queries[0] ?? '');
  const firstAnswerMs = performance.now() - started;
  await search.whole;
  const openMs = performance.now() - started;
  const { index } = search;
  // Chromium's own count of the page's JavaScript heap with every year open (the target: the page under 300 MB).
  const heapMb =
    ((performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 1e6;
  const times: number[] = [];
  const hits: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    hits.push(searchArchive(index, query).total);
    times.push(performance.now() - t);
  }
  return { firstAnswerMs, openMs, times, hits, heapMb };
}
