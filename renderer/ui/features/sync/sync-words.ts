import { format } from 'date-fns';
import { isSyncError, syncErrorMessages, type ExportScope, type SyncError } from '../../../sync';
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
  individualDecisions: 'Individual decision',
  plannedDecisions: 'Forward plan entry',
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
  if (isSyncError(error) && error.code === 'record-invalid') return recordWords(error);
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

/**
 * A record refused for one of its values, said as the clerk knows it, with the field and why: "Meeting of
 * 13 March 2013, start time: "25:99" is not a time between 00:00 and 23:59", "Agenda item “Budget”, meeting:
 * it names a meeting that is neither in this file nor on this laptop", not "meetings 4f2c… at startTime".
 */
function recordWords(error: SyncError): string {
  const refused = error.record ?? fromDetail(error.detail);
  if (!refused) return withoutWebAddresses(error.message);
  const record = [tableWords(refused.table), refused.name].filter(Boolean).join(' ');
  const why = withoutWebAddresses(`${record}, ${fieldWords(refused.field)}: ${refused.problem}`);
  return `${syncErrorMessages['record-invalid']} (${why})`;
}

function fromDetail(
  detail: string,
): { table: string; name: string; field: string; problem: string } | undefined {
  const value = /^(\w+) \S+ at ([\w.]+): (.+)$/.exec(detail);
  if (!value) return undefined;
  const [, table = '', field = '', problem = ''] = value;
  return { table, name: '', field, problem };
}

/** "startTime" as "start time", "clauses.0.text" as "clauses 1 text", "meetingId" as "meeting". */
function fieldWords(path: string): string {
  return path
    .split('.')
    .map((part) => (part.endsWith('Id') && part.length > 2 ? part.slice(0, -2) : part))
    .map((part) =>
      /^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([A-Z])/g, ' $1').toLowerCase(),
    )
    .join(' ');
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
