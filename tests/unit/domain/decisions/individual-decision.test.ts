import { describe, expect, it } from 'vitest';
import {
  blankIndividualDecision,
  individualDecisionProblems,
} from '../../../../renderer/domain/individual-decision';
import {
  withCallIn,
  withCallInConcluded,
  withCallInWithdrawn,
  withNoticePublished,
  withNoticeWithdrawn,
} from '../../../../renderer/domain/executive-decision-steps';
import { decisionCallIn } from '../../../../renderer/domain/calendar/decision-call-in';
import type { IndividualDecision } from '../../../../renderer/domain/model';
import { rulesFor } from '../calendar/rules-for-tests';

const parking: IndividualDecision = {
  ...blankIndividualDecision,
  id: 'd1',
  title: 'Parking charges in Harrow Weald',
  decisionMaker: 'Councillor Susan Hall',
  portfolio: 'Cabinet Member for Environment',
  decidedOn: '2025-03-12',
  decision: 'To set the charges in the schedule to the report.',
  reasons: 'The charges have not changed since 2009.',
};
const rules = rulesFor({ callInWorkingDays: 5 });

describe('a decision taken by one person', () => {
  it('taken in private states its Schedule 12A paragraph and public-interest reason, as a Part B item does', () => {
    const problems = individualDecisionProblems({ ...parking, part: 'B' });
    expect(problems).toEqual({
      exemptParagraph: 'Choose the paragraph of Schedule 12A that makes this item exempt.',
      publicInterestReason:
        'State why the public interest in keeping it exempt outweighs the public interest in disclosing it.',
    });
    expect(
      individualDecisionProblems({
        ...parking,
        part: 'B',
        exemptParagraph: 3,
        publicInterestReason: 'The bids are commercially sensitive until the contract is let.',
      }),
    ).toEqual({});
    // A decision recorded before Chamber asked (no part) is public, and needs neither.
    const { part: _part, ...older } = parking;
    expect(individualDecisionProblems(older)).toEqual({});
  });

  it('names each missing field in words the clerk can act on', () => {
    const problems = individualDecisionProblems(blankIndividualDecision);
    expect(Object.keys(problems).sort()).toEqual([
      'decidedOn',
      'decision',
      'decisionMaker',
      'portfolio',
      'reasons',
      'title',
    ]);
    expect(problems.decisionMaker).toMatch(/Say who took the decision/);
    expect(problems.portfolio).toMatch(/portfolio/);
    expect(problems.decidedOn).toBe('Give the day the decision was taken.');
    expect(problems.decision).toMatch(/Say what was decided/);
    expect(individualDecisionProblems(parking)).toEqual({});
  });

  it('asks an officer for the post and delegation, and refuses a date that is not a real day', () => {
    const problems = individualDecisionProblems({
      ...parking,
      takenBy: 'officer',
      portfolio: ' ',
      decidedOn: '2025-02-30',
    });
    expect(problems.portfolio).toMatch(/post and the delegation/);
    expect(problems.decidedOn).toBe('“2025-02-30” is not a real date: give the day the decision was taken.');
  });

  it('is urgent only with the reason it could not wait', () => {
    expect(individualDecisionProblems({ ...parking, urgent: true }).urgencyReason).toMatch(/cannot wait/);
  });

  it('follows the call-in rules of a meeting’s decision: notice, period, call-in, conclusion', () => {
    expect(decisionCallIn(parking, rules, '2025-03-12').kind).toBe('waiting');
    const published = withNoticePublished(parking, '2025-03-13');
    expect(published.title).toBe(parking.title);
    expect(() => withNoticePublished(published, '2025-03-14')).toThrow(/already published on 2025-03-13/);
    expect(decisionCallIn(published, rules, '2025-03-14')).toEqual({
      kind: 'open',
      lastDay: '2025-03-20',
      implementableFrom: '2025-03-21',
    });
    expect(() =>
      withCallIn(published, { receivedOn: '2025-03-21', by: 'Cllr Ahmed', reason: '' }, rules),
    ).toThrow(/between the notice \(2025-03-13\) and the period's last day \(2025-03-20\)/);
    const calledIn = withCallIn(
      published,
      { receivedOn: '2025-03-18', by: ' Cllr Ahmed ', reason: '' },
      rules,
    );
    expect(calledIn.callIn).toEqual({ receivedOn: '2025-03-18', by: 'Cllr Ahmed', reason: '' });
    expect(() => withNoticeWithdrawn(calledIn)).toThrow(/undo the call-in first/);
    const concluded = withCallInConcluded(calledIn, '2025-04-02');
    expect(decisionCallIn(concluded, rules, '2025-04-03')).toMatchObject({
      kind: 'calledIn',
      implementableFrom: '2025-04-03',
    });
    expect(withCallInWithdrawn(calledIn).callIn).toBeUndefined();
    expect(withNoticeWithdrawn(published).noticePublishedOn).toBeUndefined();
  });

  it('cannot be called in when urgent', () => {
    const urgent = withNoticePublished({ ...parking, urgent: true, urgencyReason: 'Storm' }, '2025-03-13');
    expect(() =>
      withCallIn(urgent, { receivedOn: '2025-03-14', by: 'Cllr Ahmed', reason: '' }, rules),
    ).toThrow(/urgent/);
  });
});
