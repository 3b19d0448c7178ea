import {
  clockAheadBy,
  moveClockPast,
  receive,
  startClock,
  tick,
  type ClockState,
  type HlcStamp,
} from '../domain/hybrid-clock';
import type { Table } from 'dexie';
import type { MetaEntry } from '../domain/model';
import type { ChamberDatabase } from './database';

/**
 * This laptop's identity and hybrid clock. The device id is made once and kept in `meta`; the clock resumes
 * past this laptop's own latest stamp in the change log, so it never runs backwards across restarts.
 */
const states = new WeakMap<ChamberDatabase, ClockState>();

export async function loadDeviceClock(database: ChamberDatabase): Promise<ClockState> {
  const known = states.get(database);
  if (known) return known;
  // Read together (each a wait for the database): a new laptop's first import loads its clock this way.
  const [stored, latest] = await Promise.all([
    database.meta.get('deviceId'),
    database.changes.orderBy('hlc').last(),
  ]);
  const deviceId = typeof stored?.value === 'string' ? stored.value : await claimDeviceId(database);
  let state = startClock(deviceId);
  if (latest) state = receive(state, latest.hlc, Date.now());
  // Its own edits are trusted whatever the time (a choice on a conflict may have moved the clock past a stamp
  // days ahead); another laptop's, logged by an import, pull it forward no further than receive allows. With
  // no change logged at all there is none of its own to look for.
  const own =
    latest &&
    (await database.changes
      .orderBy('hlc')
      .reverse()
      .filter((change) => change.deviceId === deviceId)
      .first());
  if (own) state = moveClockPast(state, own.hlc);
  // Another call may have finished loading while this one awaited: keep the first.
  const raced = states.get(database);
  if (raced) return raced;
  states.set(database, state);
  return state;
}

/**
 * The first start makes the id. Several loads race then (the screen, the search index, the first write), and
 * each used to make its own: the page kept the first while `meta` kept the last, so after a restart, or on the
 * backup's worker, the laptop became another device and its own settled edits came back as conflicts. `add`
 * lets only one id in; a load that loses the race takes the one stored. Catching the refused add keeps the
 * caller's transaction, if it is inside one, from being aborted (Dexie treats a caught request as handled).
 */
function claimDeviceId(database: ChamberDatabase): Promise<string> {
  const fresh = crypto.randomUUID().slice(0, 8);
  return database.meta.add({ key: 'deviceId', value: fresh }).then(
    () => fresh,
    async (error: unknown) => {
      const taken = (await database.meta.get('deviceId'))?.value;
      if (error instanceof Error && error.name === 'ConstraintError' && typeof taken === 'string')
        return taken;
      throw error;
    },
  );
}

/**
 * A fresh stamp for a local change, and this laptop's id. Synchronous once the clock is loaded: inside an
 * IndexedDB transaction, every extra await on a non-database promise risks the transaction committing early.
 */
export function nextStamp(state: ClockState, database: ChamberDatabase, now = Date.now()): HlcStamp {
  const [stamp, next] = tick(state, now);
  states.set(database, next);
  return stamp;
}

/** The loaded clock, or undefined before the first load. */
export function loadedClock(database: ChamberDatabase): ClockState | undefined {
  return states.get(database);
}

/**
 * Move the clock past stamps received from another laptop (after an import commits). A stamp more than a day
 * ahead of this laptop's time does not move it (hybrid-clock.ts maxDrift): the other laptop's clock is wrong,
 * and the clerk is told, from `clockWarning` kept here, by how many days.
 */
export async function observeStamp(
  database: ChamberDatabase,
  stamp: HlcStamp,
  now = Date.now(),
): Promise<void> {
  await receiveStamp(database, stamp, now);
  await database.transaction('rw', database.meta, () => keepClockWarning(database.meta, stamp, now));
}

/** observeStamp's move of the clock alone, for an import that kept the warning in its own transaction. */
export async function receiveStamp(database: ChamberDatabase, stamp: HlcStamp, now: number): Promise<void> {
  states.set(database, receive(await loadDeviceClock(database), stamp, now));
}

/**
 * observeStamp's warning alone, written through `meta` (the import's own transaction's table: one
 * transaction fewer after it, bench/RESULTS.md 7 Dec hsync2).
 */
export function keepClockWarning(
  meta: Pick<Table<MetaEntry, string>, 'put' | 'delete'>,
  stamp: HlcStamp,
  now: number,
): Promise<unknown> {
  const ahead = clockAheadBy(stamp, now);
  const warning: ClockWarning | undefined = ahead > 0 ? { stamp, aheadBy: ahead, seenAt: now } : undefined;
  return warning ? meta.put({ key: clockWarningKey, value: warning }) : meta.delete(clockWarningKey);
}

/** The last import's word on the other laptop's clock: set when its stamps were days ahead of this one. */
export type ClockWarning = { stamp: HlcStamp; aheadBy: number; seenAt: number };
export const clockWarningKey = 'sync/clockWarning';

export async function clockWarning(database: ChamberDatabase): Promise<ClockWarning | undefined> {
  const value = (await database.meta.get(clockWarningKey))?.value;
  return value && typeof value === 'object' && 'aheadBy' in value ? (value as ClockWarning) : undefined;
}

/**
 * Move the clock past these stamps however far ahead they are: for a person's choice on a conflict, which
 * must be stamped later than both versions (one may come from a laptop days fast) to stand everywhere.
 */
export async function movePastForChoice(database: ChamberDatabase, stamps: HlcStamp[]): Promise<void> {
  let state = await loadDeviceClock(database);
  for (const stamp of stamps) state = moveClockPast(state, stamp);
  states.set(database, state);
}

/** Forget the cached clock: tests that delete the database start a new device. */
export function forgetDevice(database: ChamberDatabase): void {
  states.delete(database);
}
