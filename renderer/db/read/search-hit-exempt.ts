import { paperStatus, partBItemOf, type PaperStatus } from '../../domain/exempt-papers';
import type { RecordId } from '../../domain/model';
import { db } from '../database';
import type { SearchHit } from '../search';

const publicRecord: PaperStatus = { exempt: false };

/** The agenda item a minute's words belong to; none when the minute went in the public minutes after all. */
async function itemOfMinute(minuteId: RecordId | undefined): Promise<RecordId | undefined> {
  const minute = minuteId ? await db.minutes.get(minuteId) : undefined;
  if (!minute) return undefined;
  // A Part B item heard with the public present (the exclusion motion lost): its minute is public, its papers not.
  return minute.heardInPublic ? undefined : minute.agendaItemId;
}

/**
 * Whether what a search found is exempt, so the results can say so before the clerk copies it anywhere: a paper
 * by its own status (an exempt appendix of a public report), and minutes, resolutions, actions and agenda items
 * by the Part B item they sit under, with its Schedule 12A paragraph.
 */
export async function exemptStatusOfHit(
  hit: Pick<SearchHit, 'kind' | 'recordId' | 'meetingId'>,
): Promise<PaperStatus> {
  const items = await db.agendaItems.where('meetingId').equals(hit.meetingId).toArray();
  let itemId: RecordId | undefined;
  switch (hit.kind) {
    case 'document': {
      const paper = await db.documents.get(hit.recordId);
      return paper ? paperStatus(paper, items) : publicRecord;
    }
    case 'agendaItem':
      itemId = hit.recordId;
      break;
    case 'minute':
      itemId = await itemOfMinute(hit.recordId);
      break;
    case 'resolution':
      itemId = await itemOfMinute((await db.resolutions.get(hit.recordId))?.minuteId);
      break;
    case 'action':
      itemId = await itemOfMinute((await db.actions.get(hit.recordId))?.minuteId);
      break;
  }
  if (!itemId) return publicRecord;
  const partB = partBItemOf(itemId, items);
  if (!partB) return publicRecord;
  return partB.exemptParagraph ? { exempt: true, paragraph: partB.exemptParagraph } : { exempt: true };
}
