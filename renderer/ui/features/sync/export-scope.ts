import { db } from '../../../db/database';
import { formatLongDate, toIsoDate } from '../../../domain/en-gb';
import type { ExportScope } from '../../../sync';

/** The words for a scope, used on the screen and as the start of the file's name. */
export async function scopeLabel(scope: ExportScope): Promise<string> {
  if (scope.kind === 'everything') return 'Everything';
  if (scope.kind === 'committee') return (await db.committees.get(scope.committeeId))?.name ?? 'Committee';
  const meeting = await db.meetings.get(scope.meetingId);
  if (!meeting) return 'Meeting';
  const committee = await db.committees.get(meeting.committeeId);
  return `${committee?.name ?? 'Meeting'} ${formatLongDate(meeting.date)}`;
}

/**
 * "<scope> <date>.chamber", e.g. "Licensing Committee 2026-02-11.chamber". The date is the day of export, in
 * ISO form so a folder of exports sorts in the order they were made. Characters Windows refuses are dropped.
 */
export function exportFileName(label: string, today = new Date()): string {
  const safe = label
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'Chamber'} ${toIsoDate(today)}.chamber`;
}
