import { db } from '../database';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { loadOrganisationSettings } from '../repositories/settings';
import { keptDeadlineRules } from './kept-deadline-rules';

/** What the meeting page shows when it opens: the meeting, its committee, its agenda and its deadlines. */
export type MeetingPageData = {
  meeting: Meeting;
  committee: Committee | undefined;
  agendaItems: AgendaItem[];
  /** The agenda items with a report promised "To Follow" and not yet in. */
  reportsToFollow: ReadonlySet<string>;
  rules: DeadlineRules;
};

/**
 * Everything the meeting page's first screen needs, in one read-only transaction: the page draws once with all
 * of it, rather than the header, the agenda and the deadlines each waiting for a read of their own.
 * Null when the meeting no longer exists.
 */
export async function loadMeetingPage(meetingId: string): Promise<MeetingPageData | null> {
  return db.transaction(
    'r',
    [db.meetings, db.committees, db.agendaItems, db.documents, db.settings, db.bankHolidays],
    async () => {
      const [meeting, agendaItems, papers, settings, holidayEdits] = await Promise.all([
        db.meetings.get(meetingId),
        db.agendaItems.where('meetingId').equals(meetingId).toArray(),
        db.documents.where('meetingId').equals(meetingId).toArray(),
        loadOrganisationSettings(),
        db.bankHolidays.toArray(),
      ]);
      if (!meeting) return null;
      const rules = keptDeadlineRules(settings, holidayEdits);
      const committee = await db.committees.get(meeting.committeeId);
      const reportsToFollow = new Set(
        papers.filter((paper) => paper.toFollow).map((paper) => paper.agendaItemId),
      );
      return { meeting, committee, agendaItems, reportsToFollow, rules };
    },
  );
}
