import { format } from 'date-fns';
import { isSyncError, type ExportScope } from '../../../sync';
import { withoutWebAddresses } from '../../common/error-message';

/** Table names as a clerk says them. Tables not listed are shown by their own name. */
const tableNames: Record<string, string> = {
  committees: 'Committee',
  memberships: 'Membership',
  people: 'Person',
  meetings: 'Meeting',
  agendaItems: 'Agenda item',
  attendance: 'Attendance',
  minutes: 'Minute',
  minuteRevisions: 'Earlier minute text',
  resolutions: 'Resolution',
  declarations: 'Declaration',
  motions: 'Motion',
  actions: 'Action',
  documents: 'Paper',
  documentContents: 'Paper file',
  interests: 'Interest',
  phrases: 'Phrase',
  meetingEvents: 'Meeting event',
  templates: 'Template',
  settings: 'Organisation settings',
  bankHolidays: 'Bank holiday',
};

export function tableWords(table: string): string {
  return tableNames[table] ?? table;
}

export function scopeWords(scope: ExportScope): string {
  if (scope.kind === 'everything') return 'everything';
  return scope.kind === 'committee' ? 'one committee with its history' : 'one meeting';
}

export function formatExportedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, "d MMMM yyyy 'at' h.mm aaa");
}

/**
 * What went wrong with an import, in the clerk's words, with what to do. A refused file says why (SyncError's
 * own message). The database's own errors (Dexie's) are written for developers and end "Read more at" a
 * website the clerk's laptop may not reach: they are said here instead, and a web address never shown.
 */
export function importFailureWords(error: unknown): string {
  if (isSyncError(error)) return withoutWebAddresses(error.message);
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
    return 'This laptop has no room left for Chamber’s records. Free some space on the disk, then import the file again.';
  if (databaseFailures.has(name))
    return 'Chamber could not finish reading and storing this file’s records. Import the file again; if it fails again, restart Chamber and import it once more.';
  const message = error instanceof Error ? withoutWebAddresses(error.message) : '';
  return (
    message ||
    'Chamber could not import this file. Import it again; if it fails again, restart Chamber and try once more.'
  );
}

/** Dexie's and IndexedDB's names for a transaction that stopped part way: all of it was rolled back. */
const databaseFailures = new Set([
  'PrematureCommitError',
  'AbortError',
  'TransactionInactiveError',
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'OpenFailedError',
  'ReadOnlyError',
  'DataCloneError',
  'InternalError',
  'TimeoutError',
]);
