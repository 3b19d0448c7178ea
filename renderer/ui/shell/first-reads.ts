import { db } from '../../db/database';
import { listCommitteeMeetings } from '../../db/read/committee-meetings';
import { loadOrganisationSettings } from '../../db/repositories/settings';
import type { Committee, Meeting, OrganisationSettings } from '../../domain/model';
import { noticeStoredVersion } from './data-upgrade';

/** What the committee page shows first: read here before React, handed to the page (see committee-page.tsx). */
export type CommitteePageReads = {
  committeeId: string;
  committee: Committee | undefined;
  settings: OrganisationSettings;
  meetings: Meeting[];
};

let committeePageReads: Promise<CommitteePageReads> | undefined;

/**
 * The start's reads of this committee's page, while the page has not had its own live answer yet; afterwards
 * (see forgetFirstReads) undefined, so a later visit never shows what was read at start.
 */
export function firstReadsOfCommittee(committeeId: string): Promise<CommitteePageReads> | undefined {
  return committeePageReads?.then((reads) => {
    if (reads.committeeId !== committeeId) throw new Error('Read for another committee.');
    return reads;
  });
}

/** Said by the committee page once its own live reads have answered. */
export function forgetFirstReads(): void {
  committeePageReads = undefined;
}

/**
 * Ask the browser to open Chamber's database files at once. Dexie's own `open()` only reaches IndexedDB a few
 * promise turns later, which is after the whole start script has been evaluated (hundreds of milliseconds);
 * the browser's first open after a start (reading the files from disk) then waits until then. A plain open
 * here starts that work while the script is still running, and Dexie's open finds the files already open.
 * A browser without Chamber's database yet gets none from this: creating it is left to Dexie. `storedVersion`
 * hears the version of the database found (IndexedDB's own number).
 */
export function openDatabaseFilesNow(name: string, storedVersion?: (version: number) => void): void {
  if (typeof indexedDB === 'undefined') return;
  try {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const { version } = request.result;
      request.result.close();
      storedVersion?.(version);
    };
    request.onerror = (event) => event.preventDefault();
  } catch {
    // Storage unavailable: Dexie's open says so to the clerk.
  }
}

/**
 * Start IndexedDB on the first screen's reads before React draws anything. After the computer (or Chamber)
 * starts, the browser's first answers from IndexedDB take hundreds of milliseconds (it opens its files); asked
 * here, that wait runs alongside React's first render instead of after it. The screens still make their own
 * reads, live; the committee page shows these answers until its own arrive, so the meetings can be drawn as
 * soon as they are read, not a second read later. Failures are left to the screens to report.
 */
export function startFirstReads(hash: string): void {
  const ignore = () => undefined;
  let opened: Promise<unknown> = Promise.resolve();
  // An older database found here is upgraded by the open below: the shell says so until it is done.
  openDatabaseFilesNow(db.name, (version) => noticeStoredVersion(version, db.verno, opened));
  opened = db.open();
  opened.catch(ignore);
  const committeeId = /^#\/committees\/([^/?]+)$/.exec(hash)?.[1];
  if (committeeId && committeeId !== 'new') {
    const id = decodeURIComponent(committeeId);
    committeePageReads = Promise.all([
      db.committees.get(id),
      loadOrganisationSettings(),
      listCommitteeMeetings(id),
    ]).then(([committee, settings, meetings]) => ({ committeeId: id, committee, settings, meetings }));
    committeePageReads.catch(ignore);
  } else if (hash === '' || hash === '#/' || hash === '#') {
    db.committees.orderBy('name').toArray().catch(ignore);
  }
}
