import { db } from '../database';
import { updateRecord } from '../gate';
import type { AgendaItem, AgendaPart, AttachedDocument, ExemptParagraph } from '../../domain/model';

/** "Part B (exempt, paragraph 3)", "Part A (public)": a part as the item's history says it. */
export function partWords(part: AgendaPart, paragraph?: ExemptParagraph): string {
  if (part === 'A') return 'Part A (public)';
  return paragraph ? `Part B (exempt, paragraph ${paragraph})` : 'Part B (exempt)';
}

/** "public", "exempt under paragraph 3": a paper's status as the item's history says it. */
export function paperStatusWords(paper: Pick<AttachedDocument, 'exempt' | 'exemptParagraph'>): string {
  if (!paper.exempt) return 'public';
  return paper.exemptParagraph ? `exempt under paragraph ${paper.exemptParagraph}` : 'exempt';
}

/**
 * Add one line to an item's history of exempt changes. Call it inside the transaction that makes the change
 * (it needs db.agendaItems), so the change and its record are stored together or not at all.
 *
 * @example await recordExemptChange(item.id, 'Moved from Part A (public) to Part B (exempt, paragraph 3).')
 */
export async function recordExemptChange(itemId: string, change: string, at = new Date()): Promise<void> {
  const item = await db.agendaItems.get(itemId);
  if (!item) return;
  const exemptHistory = [...(item.exemptHistory ?? []), { at: at.toISOString(), change }];
  await updateRecord<AgendaItem>(db, 'agendaItems', itemId, { exemptHistory });
}
