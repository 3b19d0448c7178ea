import { decisionCallIn } from '../../domain/calendar/decision-call-in';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import { decisionTakers, type IndividualDecision } from '../../domain/model';
import { linesOf } from '../../domain/planned-decision';
import { slugOf } from '../publishing/paper-files';
import { decisionNoticeOf, type DecisionNotice } from './decision-notice-data';

/**
 * The decision notice of a decision taken by one person: the decision maker named with their portfolio (or an
 * officer's post and delegation), the decision and interests as the clerk recorded them, and the call-in said as
 * at the notice's own date, so the notice reads the same whenever it is published again.
 *
 * @example individualDecisionNotice(decision, 'Wrenmoor Borough Council', rules).decisionMaker
 */
export function individualDecisionNotice(
  decision: IndividualDecision,
  council: string,
  rules: DeadlineRules,
): DecisionNotice {
  const standing = decisionCallIn(decision, rules, decision.noticePublishedOn ?? decision.decidedOn);
  const maker = [decision.decisionMaker.trim(), decision.portfolio.trim()].filter(Boolean).join(', ');
  const notice = decisionNoticeOf(
    {
      council: council.trim() || 'The council',
      decisionMaker:
        decision.takenBy === 'officer' ? `${maker} (${decisionTakers.officer.toLowerCase()})` : maker,
      decidedOn: decision.decidedOn,
      itemNumber: '',
      title: decision.title,
      keyDecision: decision.keyDecision,
    },
    undefined,
    decision,
    standing,
  );
  return { ...notice, decision: linesOf(decision.decision), interests: linesOf(decision.interests) };
}

/** The published page's name of one person's decision: its day and title, and the start of its id. */
export function individualNoticeName(
  decision: Pick<IndividualDecision, 'id' | 'decidedOn' | 'title'>,
): string {
  const slug = slugOf(decision.title).slice(0, 60).replace(/-+$/, '');
  return `decision-${decision.decidedOn}-${slug || 'notice'}-${slugOf(decision.id).slice(0, 8)}`;
}
