import { describe, expect, it } from 'vitest';
import {
  blankPlannedDecision,
  linesOf,
  plannedDecisionProblems,
} from '../../../../renderer/domain/planned-decision';

const depot = {
  ...blankPlannedDecision,
  matter: 'Sale of the depot site',
  decisionMaker: 'Cabinet',
  expectedDate: '2026-06-18',
};

describe('a key decision entered on the forward plan', () => {
  it('names the matter, the decision maker and the date when any is missing', () => {
    const problems = plannedDecisionProblems(blankPlannedDecision);
    expect(Object.keys(problems).sort()).toEqual(['decisionMaker', 'expectedDate', 'matter']);
    expect(problems.matter).toBe('Say what the decision is about (the matter).');
    expect(problems.decisionMaker).toMatch(/Name the decision maker/);
    expect(problems.expectedDate).toBe('Give the day the decision is expected.');
    expect(plannedDecisionProblems(depot)).toEqual({});
  });

  it('refuses a date that is not a real day', () => {
    expect(plannedDecisionProblems({ ...depot, expectedDate: '2026-02-30' }).expectedDate).toBe(
      '“2026-02-30” is not a real date: give the day the decision is expected.',
    );
  });

  it('taken in private, needs the Schedule 12A paragraph and the reason', () => {
    const problems = plannedDecisionProblems({ ...depot, inPrivate: true });
    expect(problems.exemptParagraph).toMatch(/Schedule 12A paragraph/);
    expect(problems.privateReason).toMatch(/public interest/);
    expect(
      plannedDecisionProblems({ ...depot, inPrivate: true, exemptParagraph: 3, privateReason: 'Bids.' }),
    ).toEqual({});
  });

  it('reads one line per ward or document, blank lines dropped', () => {
    expect(linesOf(' Harrow Weald \n\nWealdstone\n')).toEqual(['Harrow Weald', 'Wealdstone']);
  });
});
