import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { numberAgenda, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import { paperStatus } from '../../../domain/exempt-papers';
import type { DocumentKind, Meeting } from '../../../domain/model';

/** What the Papers tab needs to know to offer the right documents: read live, so it follows the agenda's edits. */
export type PapersSummary = {
  meeting: Meeting;
  items: NumberedAgendaItem[];
  /** Whether anything of the meeting is exempt (a Part B item, or an exempt paper of a public item). */
  hasExempt: boolean;
  partBMinutes: number;
  /** Papers still promised "To Follow". */
  toFollow: number;
  /** Papers that arrived after the agenda was published, public and Part B. */
  supplementaryPublic: number;
  supplementaryPrivate: number;
  /** The organisation's template file name for each kind that has one. */
  templates: Partial<Record<DocumentKind, string>>;
};

export function usePapersSummary(meetingId: string): PapersSummary | null | undefined {
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return null;
    const [agendaItems, documents, minutes, templates] = await Promise.all([
      db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      db.documents.where('meetingId').equals(meetingId).toArray(),
      db.minutes.where('meetingId').equals(meetingId).toArray(),
      db.templates.toArray(),
    ]);
    const exempt = new Set(agendaItems.filter((item) => item.part === 'B').map((item) => item.id));
    const exemptPapers = new Set(
      documents
        .filter((document) => paperStatus(document, agendaItems).exempt)
        .map((document) => document.id),
    );
    const arrivedLate = documents.filter((document) => document.supplementary && !document.toFollow);
    return {
      meeting,
      items: numberAgenda(agendaItems),
      hasExempt: exempt.size > 0 || exemptPapers.size > 0,
      partBMinutes: minutes.filter((minute) => exempt.has(minute.agendaItemId)).length,
      toFollow: documents.filter((document) => document.toFollow).length,
      supplementaryPublic: arrivedLate.filter((document) => !exempt.has(document.agendaItemId)).length,
      supplementaryPrivate: arrivedLate.filter((document) => exemptPapers.has(document.id)).length,
      templates: Object.fromEntries(templates.map((template) => [template.kind, template.name])),
    };
  }, [meetingId]);
}
