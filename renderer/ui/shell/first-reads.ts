import { db } from '../../db/database';
import { listCommitteeMeetings } from '../../db/read/committee-meetings';
import { loadOrganisationSettings } from '../../db/repositories/settings';

/**
 * Start IndexedDB on the first screen's reads before React draws anything. After the computer (or Chamber)
 * starts, the browser's first answers from IndexedDB take hundreds of milliseconds (it opens its files); asked
 * here, that wait runs alongside React's first render instead of after it. The screens still make their own
 * reads, live, and find the database open and its pages warm. Failures are left to the screens to report.
 */
export function startFirstReads(hash: string): void {
  const ignore = () => undefined;
  db.open().catch(ignore);
  const committeeId = /^#\/committees\/([^/?]+)$/.exec(hash)?.[1];
  if (committeeId && committeeId !== 'new') {
    const id = decodeURIComponent(committeeId);
    Promise.all([db.committees.get(id), loadOrganisationSettings(), listCommitteeMeetings(id)]).catch(ignore);
  } else if (hash === '' || hash === '#/' || hash === '#') {
    db.committees.orderBy('name').toArray().catch(ignore);
  }
}
