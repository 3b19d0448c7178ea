import { decisionCallIn } from '../../domain/calendar/decision-call-in';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import { exemptWording } from '../../domain/exempt-wording';
import { decisionTakers, exemptParagraphs, type IndividualDecision } from '../../domain/model';
import { linesOf } from '../../domain/planned-decision';
import { slugOf } from '../publishing/paper-files';
import { decisionNoticeOf, type DecisionNotice } from './decision-notice-data';

/** The council's own wording of exempt markings (settings), for the withheld line. */
type ExemptWordingSettings = Parameters<typeof exemptWording>[0];

/**
 * The decision notice of a decision taken by one person: the decision maker named with their portfolio (or an
 * officer's post and delegation), the decision and interests as the clerk recorded them, and the call-in said as
 * at the notice's own date, so the notice reads the same whenever it is published again.
 *
 * A decision taken in private (Part B) is a public notice all the same (the call-in runs from it), but it holds
 * only its title, decision maker, date and call-in: in place of the rest, the Schedule 12A paragraph and the line
 * the public pack prints where it withholds a paper, in the council's words (`wording`, its settings).
 *
 * @example individualDecisionNotice(decision, 'Wrenmoor Borough Council', rules, organisation).decisionMaker
 */
export function individualDecisionNotice(
  decision: IndividualDecision,
  council: string,
  rules: DeadlineRules,
  wording?: ExemptWordingSettings,
): DecisionNotice {
  if (decision.part === 'B') return withheldNotice(decision, council, rules, wording);
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

/**
 * The notice of a decision taken in private, built from its public facts only, so no exempt words (not even an
 * urgent decision's reason) reach the page, the Word file or the feeds to leak.
 */
function withheldNotice(
  decision: IndividualDecision,
  council: string,
  rules: DeadlineRules,
  wording: ExemptWordingSettings,
): DecisionNotice {
  const { exemptParagraph: paragraph } = decision;
  const publicFacts: IndividualDecision = {
    ...decision,
    decision: '',
    interests: '',
    reasons: '',
    alternatives: '',
    dispensations: '',
    urgencyReason: '',
    publicInterestReason: '',
  };
  return {
    ...individualDecisionNotice({ ...publicFacts, part: 'A' }, council, rules),
    withheld: [
      `Exempt information${paragraph ? ` under paragraph ${paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${exemptParagraphs[paragraph]}` : ''}`,
      exemptWording(wording, 'withheldPaperLine', {
        paper: 'The record of this decision',
        ...(paragraph ? { paragraph } : {}),
      }),
    ],
  };
}

/** The published page's name of one person's decision: its day and title, and the start of its id. */
export function individualNoticeName(
  decision: Pick<IndividualDecision, 'id' | 'decidedOn' | 'title'>,
): string {
  const slug = slugOf(decision.title).slice(0, 60).replace(/-+$/, '');
  return `decision-${decision.decidedOn}-${slug || 'notice'}-${slugOf(decision.id).slice(0, 8)}`;
}
