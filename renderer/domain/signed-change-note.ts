import { formatShortDate } from './en-gb';
import type { SignedMinuteChange } from './model';

/**
 * How the minutes' history records a change made to a signed minute, in one line.
 *
 * @example signedChangeNote('45', { kind: 'corrected', on: '2027-03-03', reason: 'Name misspelt' })
 *   // "Minute 45 corrected on 3 March 2027: Name misspelt"
 */
export function signedChangeNote(minuteNumber: string, change: SignedMinuteChange): string {
  const on = formatShortDate(change.on);
  const minute = minuteNumber ? `Minute ${minuteNumber}` : 'A minute';
  if (change.kind === 'corrected') return `${minute} corrected on ${on}: ${change.reason}`;
  if (change.kind === 'approvalUndone')
    return `The approval of these minutes on ${formatShortDate(change.approvedOn)} was undone on ${on}: ${change.reason}`;
  const made = change.corrected
    ? `“${change.original}” amended to read “${change.corrected}”`
    : `“${change.original}” deleted`;
  return `${minute} amended when the minutes were approved on ${on}: ${made}`;
}
