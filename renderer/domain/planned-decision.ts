import { isRealDate } from './individual-decision';
import type { PlannedDecision } from './model';

/** What the clerk types for a key decision planned ahead; its link to an agenda item is made separately. */
export type PlannedDecisionDetails = Omit<PlannedDecision, 'id' | 'agendaItemId'>;

export const blankPlannedDecision: PlannedDecisionDetails = {
  matter: '',
  decisionMaker: '',
  expectedDate: '',
  responsibleOfficer: '',
  wards: [],
  documents: [],
  inPrivate: false,
  privateReason: '',
};

/**
 * What stops a forward plan entry being stored, field by field, in words the clerk can act on. The plan must
 * describe the matter, name the decision maker and the date (SI 2012/2089 reg 9), and a decision to be taken in
 * private needs its Schedule 12A paragraph and the reason, which the notice of a private meeting prints (reg 5).
 *
 * @example plannedDecisionProblems({ ...blankPlannedDecision, expectedDate: '2026-02-30' }).expectedDate
 */
export function plannedDecisionProblems(
  details: PlannedDecisionDetails,
): Partial<Record<keyof PlannedDecisionDetails, string>> {
  const problems: Partial<Record<keyof PlannedDecisionDetails, string>> = {};
  if (!details.matter.trim()) problems.matter = 'Say what the decision is about (the matter).';
  if (!details.decisionMaker.trim())
    problems.decisionMaker = 'Name the decision maker: the Cabinet, a committee or a cabinet member.';
  if (!isRealDate(details.expectedDate))
    problems.expectedDate = details.expectedDate.trim()
      ? `“${details.expectedDate}” is not a real date: give the day the decision is expected.`
      : 'Give the day the decision is expected.';
  if (details.inPrivate && !details.exemptParagraph)
    problems.exemptParagraph = 'Choose the Schedule 12A paragraph that makes it exempt, or untick Private.';
  if (details.inPrivate && !details.privateReason.trim())
    problems.privateReason =
      'Say why the public interest in keeping it private outweighs disclosing it, or untick Private.';
  return problems;
}

/** The lines a clerk types into one box (wards, documents), one a line, blanks dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
