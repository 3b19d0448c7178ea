import { db } from '../database';
import { deleteRecord, updateRecord } from '../gate';
import type { AgendaItem } from '../../domain/model';
import { saveAgendaItem, siblingsOf, storeOrder, type AgendaItemDetails } from './agenda';
import { partWords, recordExemptChange } from './exempt-history';
import { writeTransaction } from './transaction';

/** The top-level agenda as it stood before an item changed part: what an undo puts back. */
export type AgendaBeforePartChange = {
  itemId: string;
  meetingId: string;
  part: Pick<AgendaItem, 'part' | 'exemptParagraph' | 'publicInterestReason'>;
  order: { id: string; order: number }[];
};

/**
 * Save an item's details when they move it between Part A and Part B, and return what undoing it needs: the
 * move re-orders the agenda (Part B goes after the exclusion of the press and public, which is added if the
 * agenda has none), so an undo must put every item back where it was, not only the item's part.
 */
export async function saveAgendaItemPart(
  id: string,
  details: AgendaItemDetails,
): Promise<AgendaBeforePartChange> {
  return writeTransaction([db.agendaItems, db.committees, db.meetings, db.minutes], async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new Error('That agenda item no longer exists.');
    const before: AgendaBeforePartChange = {
      itemId: id,
      meetingId: item.meetingId,
      part: {
        part: item.part,
        exemptParagraph: item.exemptParagraph,
        publicInterestReason: item.publicInterestReason,
      },
      order: (await siblingsOf(item)).map((sibling) => ({ id: sibling.id, order: sibling.order })),
    };
    await saveAgendaItem(id, details);
    return before;
  });
}

/**
 * Undo a change of part: the item's part, exempt paragraph and public-interest reason as they were, every item
 * in its old place, and an exclusion item the change added taken away again (unless something has been added
 * under it since). Items added meanwhile stay, after those that were there.
 */
export async function undoPartChange(before: AgendaBeforePartChange): Promise<void> {
  await writeTransaction([db.agendaItems, db.documents, db.minutes], async () => {
    const item = await db.agendaItems.get(before.itemId);
    if (!item) throw new Error('That agenda item has been removed since.');
    await updateRecord<AgendaItem>(db, 'agendaItems', item.id, { ...before.part });
    const was = partWords(item.part, item.exemptParagraph);
    const now = partWords(before.part.part, before.part.exemptParagraph);
    // The item's history keeps both moves: the change and its undoing.
    if (was !== now) await recordExemptChange(item.id, `Moved from ${was} to ${now} (undone).`);
    const oldOrder = new Map(before.order.map((entry) => [entry.id, entry.order]));
    const siblings = await siblingsOf(item);
    for (const added of siblings.filter((sibling) => !oldOrder.has(sibling.id))) {
      if (added.standingKind !== 'exclusion' || (await inUse(added.id))) continue;
      await deleteRecord(db, 'agendaItems', added.id);
    }
    const rest = (await siblingsOf(item)).sort(
      (a, b) =>
        (oldOrder.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (oldOrder.get(b.id) ?? Number.MAX_SAFE_INTEGER) ||
        a.order - b.order,
    );
    await storeOrder(rest);
  });
}

/** Whether anything hangs on an item (a sub-item, a paper, a minute), so it is not the clerk's to lose. */
async function inUse(id: string): Promise<boolean> {
  const counts = await Promise.all([
    db.agendaItems.where('parentId').equals(id).count(),
    db.documents.where('agendaItemId').equals(id).count(),
    db.minutes.where('agendaItemId').equals(id).count(),
  ]);
  return counts.some((count) => count > 0);
}
