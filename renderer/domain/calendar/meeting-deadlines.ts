import type { IsoDate } from '../model';
import type { DeadlineRules } from './deadline-rules';
import { publicationDeadline } from './clear-days';
import { keyDecisionNoticeDate } from './key-decisions';
import { reportDeadline } from './working-days';

/** The dates shown on a meeting: when reports are due, when the agenda must be out, when key decisions need notice. */
export type MeetingDeadlines = {
  reportsDueBy: IsoDate;
  publishAgendaBy: IsoDate;
  keyDecisionNoticeBy: IsoDate;
};

/**
 * Every deadline that hangs off one meeting date.
 *
 * @example meetingDeadlines('2013-03-13', rules)
 * // { reportsDueBy: '2013-02-26', publishAgendaBy: '2013-03-05', keyDecisionNoticeBy: '2013-02-12' }
 */
export function meetingDeadlines(meeting: IsoDate, rules: DeadlineRules): MeetingDeadlines {
  const publishAgendaBy = publicationDeadline(meeting, rules);
  return {
    reportsDueBy: reportDeadline(publishAgendaBy, rules),
    publishAgendaBy,
    keyDecisionNoticeBy: keyDecisionNoticeDate(meeting, rules.calendar),
  };
}
