import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import { numberAgenda } from '../../domain/agenda-numbering';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaItem } from '../../domain/model';
import { loadDeadlineRules } from '../repositories/bank-holidays';
import { loadMeetingRecord } from './meeting-record';

/** What the decision screen shows: the meeting as minuted, the item with its number, and the call-in rules. */
export type DecisionPageData = {
  record: MeetingRecord;
  item: AgendaItem;
  number: string;
  rules: DeadlineRules;
};

/**
 * The item an executive decision is taken on, in its meeting (resolutions and declarations as minuted), with
 * the council's working days and bank holidays its call-in is counted by. Null when the item no longer exists.
 *
 * @example await loadDecisionPage(meetingId, itemId)
 */
export async function loadDecisionPage(meetingId: string, itemId: string): Promise<DecisionPageData | null> {
  const [record, rules] = await Promise.all([loadMeetingRecord(meetingId), loadDeadlineRules()]);
  const numbered = record && numberAgenda(record.agendaItems).find((entry) => entry.item.id === itemId);
  if (!record || !numbered) return null;
  return { record, item: numbered.item, number: numbered.number, rules };
}
