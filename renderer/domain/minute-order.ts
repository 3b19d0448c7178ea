import type { NumberedAgendaItem } from './agenda-numbering';

/**
 * The order of business as the meeting actually runs it. The agenda gives the expected order; the Chair may
 * vary it, and the minutes say so. Minute numbers follow the order items were taken, not the agenda order.
 */

/** The first item, in printed order, that has not been taken yet. */
export function nextItemToTake(
  agenda: readonly NumberedAgendaItem[],
  takenItemIds: ReadonlySet<string>,
): NumberedAgendaItem | undefined {
  return agenda.find((entry) => !takenItemIds.has(entry.item.id));
}

/**
 * When taking this item varies the order of business, the note for the minutes ("Item 7 was taken before
 * item 5."); undefined when it is the next item anyway, or already taken.
 */
export function orderVariedNote(
  agenda: readonly NumberedAgendaItem[],
  takenItemIds: ReadonlySet<string>,
  itemId: string,
): string | undefined {
  if (takenItemIds.has(itemId)) return undefined;
  const expected = nextItemToTake(agenda, takenItemIds);
  if (!expected || expected.item.id === itemId) return undefined;
  const taking = agenda.find((entry) => entry.item.id === itemId);
  if (!taking) return undefined;
  return `The Chair varied the order of business: item ${taking.number} (${taking.item.title}) was taken before item ${expected.number} (${expected.item.title}).`;
}
