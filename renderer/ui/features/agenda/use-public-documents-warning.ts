import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { publicDocumentsWarning } from '../../../domain/public-documents';

/**
 * The warning before a change of exemption (an item's part, or one paper's status): which public documents of
 * the meeting would change (domain/public-documents.ts). Undefined while it is read.
 *
 * @example const warning = usePublicDocumentsWarning(item.meetingId, item.id)
 */
export function usePublicDocumentsWarning(
  meetingId: string,
  itemId: string,
  paperId?: string,
): string | undefined {
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return undefined;
    const [agendaItems, documents, minutes, actions] = await Promise.all([
      db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      db.documents.where('meetingId').equals(meetingId).toArray(),
      db.minutes.where('meetingId').equals(meetingId).toArray(),
      db.actions.where('meetingId').equals(meetingId).toArray(),
    ]);
    return publicDocumentsWarning({ meeting, agendaItems, documents, minutes, actions }, itemId, paperId);
  }, [meetingId, itemId, paperId]);
}
