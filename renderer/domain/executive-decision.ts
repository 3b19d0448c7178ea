import type { ExecutiveDecision } from './model';

/** What the clerk types for an executive decision; the notice's date and any call-in are recorded separately. */
export type ExecutiveDecisionDetails = Pick<
  ExecutiveDecision,
  'reasons' | 'alternatives' | 'dispensations' | 'urgent' | 'urgencyReason'
>;

export const blankExecutiveDecision: ExecutiveDecisionDetails = {
  reasons: '',
  alternatives: '',
  dispensations: '',
  urgent: false,
  urgencyReason: '',
};

/**
 * What stops a decision being recorded, field by field, in words the clerk can act on. A decision notice must
 * give the reasons (SI 2012/2089 reg 13), and an urgent decision escapes call-in only with the reason it could not
 * wait, which the notice prints.
 *
 * @example executiveDecisionProblems({ ...blankExecutiveDecision }) // { reasons: 'Give the reasons ...' }
 */
export function executiveDecisionProblems(
  details: ExecutiveDecisionDetails,
): Partial<Record<keyof ExecutiveDecisionDetails, string>> {
  const problems: Partial<Record<keyof ExecutiveDecisionDetails, string>> = {};
  if (!details.reasons.trim())
    problems.reasons = 'Give the reasons for the decision: the decision notice must print them.';
  if (details.urgent && !details.urgencyReason.trim())
    problems.urgencyReason = 'Say why the decision cannot wait for the call-in period, or untick Urgent.';
  return problems;
}
