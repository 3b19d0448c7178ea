import { agendaItemProblems } from './agenda-item-problems';
import { parseIsoDate } from './en-gb';
import { executiveDecisionProblems, type ExecutiveDecisionDetails } from './executive-decision';
import type { IndividualDecision } from './model';

/** What the clerk types for a decision taken by one person; the notice's date and any call-in come later. */
export type IndividualDecisionDetails = ExecutiveDecisionDetails &
  Pick<
    IndividualDecision,
    | 'title'
    | 'decisionMaker'
    | 'portfolio'
    | 'takenBy'
    | 'decidedOn'
    | 'decision'
    | 'interests'
    | 'keyDecision'
    | 'part'
    | 'exemptParagraph'
    | 'publicInterestReason'
  >;

export const blankIndividualDecision: IndividualDecisionDetails = {
  title: '',
  decisionMaker: '',
  portfolio: '',
  takenBy: 'member',
  decidedOn: '',
  decision: '',
  interests: '',
  keyDecision: false,
  part: 'A',
  publicInterestReason: '',
  reasons: '',
  alternatives: '',
  dispensations: '',
  urgent: false,
  urgencyReason: '',
};

/** Whether `date` is a real calendar day written YYYY-MM-DD (what a date field gives). */
export function isRealDate(date: string): boolean {
  try {
    parseIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

/**
 * What stops a decision by one person being recorded, field by field, in words the clerk can act on: the notice
 * names the decision maker and their portfolio, the day it was taken and what was decided, and (as for a
 * meeting's decision) the reasons, and why an urgent one could not wait; one taken in private states its Schedule 12A
 * paragraph and the public-interest reason, as a Part B agenda item does.
 *
 * @example individualDecisionProblems(blankIndividualDecision).decisionMaker // 'Say who took the decision ...'
 */
export function individualDecisionProblems(
  details: IndividualDecisionDetails,
): Partial<Record<keyof IndividualDecisionDetails, string>> {
  const problems: Partial<Record<keyof IndividualDecisionDetails, string>> = {
    ...executiveDecisionProblems(details),
  };
  if (!details.title.trim())
    problems.title = 'Give the decision a title: the notice and the tracker list it by it.';
  if (!details.decisionMaker.trim())
    problems.decisionMaker = 'Say who took the decision: the notice must name the decision maker.';
  if (!details.portfolio.trim())
    problems.portfolio =
      details.takenBy === 'officer'
        ? 'Give the officer’s post and the delegation they acted under.'
        : 'Give the cabinet member’s portfolio.';
  if (!isRealDate(details.decidedOn))
    problems.decidedOn = details.decidedOn.trim()
      ? `“${details.decidedOn}” is not a real date: give the day the decision was taken.`
      : 'Give the day the decision was taken.';
  if (!details.decision.trim()) problems.decision = 'Say what was decided: the decision notice prints it.';
  // Taken in private: the same two things a Part B agenda item must state, in the same words.
  const { exemptParagraph, publicInterestReason } = agendaItemProblems({
    part: details.part ?? 'A',
    publicInterestReason: details.publicInterestReason ?? '',
    ...(details.exemptParagraph ? { exemptParagraph: details.exemptParagraph } : {}),
  });
  if (exemptParagraph) problems.exemptParagraph = exemptParagraph;
  if (publicInterestReason) problems.publicInterestReason = publicInterestReason;
  return problems;
}
