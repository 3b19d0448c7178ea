/**
 * What signing a meeting's minutes locks. The repositories refuse a change to it without a recorded correction,
 * and an import that changes it without one is kept as a conflict: both read this one list, so a table added to
 * the minutes is locked everywhere at once.
 */

/** The tables whose records make up a meeting's minutes (each names its meeting in `meetingId`). */
export const signedMinutesTables: ReadonlySet<string> = new Set([
  'minutes',
  'resolutions',
  'motions',
  'attendance',
  'declarations',
  'meetingEvents',
  'actions',
]);

/** What the minutes print of an action (its ACTION line); its status, updates and outcome are the tracker's. */
export const minutedActionFields = [
  'text',
  'ownerText',
  'ownerPersonId',
  'due',
  'minuteId',
  'meetingId',
] as const;

/**
 * Whether a change to `field` of a record in `table` changes signed minutes; '*' is the whole record (added or
 * deleted).
 *
 * @example signingLocks('actions', 'status') // false: the tracker's, free after signing
 */
export function signingLocks(table: string, field: string): boolean {
  if (!signedMinutesTables.has(table)) return false;
  return table !== 'actions' || field === '*' || (minutedActionFields as readonly string[]).includes(field);
}
