import type { AgendaItem, Meeting, RecordId } from './model';

/**
 * Whether an agenda item presents minutes for approval: the standing "Minutes" item, or any item the clerk has
 * given minutes to present.
 */
export function presentsMinutes(
  item: Pick<AgendaItem, 'standingKind' | 'minutesOf' | 'previousMeetingId'>,
): boolean {
  return item.standingKind === 'previousMinutes' || minutesPresentedBy(item).length > 0;
}

/**
 * The meetings whose minutes an item presents, in the order the pack prints them: the clerk's choice, or, for
 * an item kept before the clerk could choose, the one previous meeting it was created with.
 *
 * @example minutesPresentedBy({ minutesOf: ['m1', 'm2'] }) // ['m1', 'm2']
 */
export function minutesPresentedBy(item: Pick<AgendaItem, 'minutesOf' | 'previousMeetingId'>): RecordId[] {
  if (item.minutesOf) return item.minutesOf;
  return item.previousMeetingId ? [item.previousMeetingId] : [];
}

/**
 * Approved minutes are signed: nothing in them changes without a reason that the minutes' history prints. A
 * meeting marked "Minutes approved" by hand is signed just the same.
 */
export function minutesSigned(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'minutesApproved';
}
