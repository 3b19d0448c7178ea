import { decisionCallIn } from '../../domain/calendar/decision-call-in';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import type { AgendaPackData } from '../agenda-pack';
import { publicMeeting } from '../publishing/public-meeting';
import { decisionNoticeOf, type DecisionNotice } from './decision-notice-data';

/**
 * The decision notices of a meeting's public items whose executive decision has a published notice, from the
 * public view (so a Part B decision never gets a public notice). Its call-in is said as at the notice's own date,
 * so the notice reads the same whenever it is published again, until a call-in is recorded.
 *
 * @example meetingDecisionNotices(data, rules).map((entry) => entry.notice.title)
 */
export function meetingDecisionNotices(
  data: AgendaPackData,
  rules: DeadlineRules,
): { itemNumber: string; notice: DecisionNotice }[] {
  const { record } = data;
  const view = publicMeeting(data, 'minutes');
  const council = record.organisation.name.trim() || 'The council';
  const byId = new Map(record.agendaItems.map((item) => [item.id, item]));
  return view.items.flatMap((item) => {
    if (item.part === 'B') return [];
    const agendaItem = byId.get(item.id);
    const decision = agendaItem?.executiveDecision;
    if (!agendaItem || !decision?.noticePublishedOn) return [];
    const standing = decisionCallIn(decision, rules, decision.noticePublishedOn);
    const notice = decisionNoticeOf(
      {
        council,
        decisionMaker: record.committee.name,
        decidedOn: record.meeting.date,
        itemNumber: item.number,
        title: item.title,
        keyDecision: agendaItem.keyDecision,
      },
      item.minute,
      decision,
      standing,
    );
    return [{ itemNumber: item.number, notice }];
  });
}
