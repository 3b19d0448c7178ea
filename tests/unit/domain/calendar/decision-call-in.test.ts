import { describe, expect, it } from 'vitest';
import { callInProblem, decisionCallIn } from '../../../../renderer/domain/calendar/decision-call-in';
import { deadlineRulesFrom } from '../../../../renderer/domain/calendar/deadline-rules';
import { defaultOrganisationSettings } from '../../../../renderer/db/repositories/settings';

const rules = (callInWorkingDays: number) =>
  deadlineRulesFrom({ ...defaultOrganisationSettings, callInWorkingDays });
const decision = { urgent: false, noticePublishedOn: '2024-05-01' };

describe('the call-in period of an executive decision', () => {
  it('is 5 working days after the notice unless the council says otherwise', () => {
    expect(defaultOrganisationSettings.callInWorkingDays).toBe(5);
  });

  it('counts working days from the day after the notice, skipping weekends and bank holidays', () => {
    // Notice on Wednesday 1 May 2024: Thursday, Friday, (weekend, bank holiday Monday 6 May) Tuesday, Wednesday,
    // Thursday 9 May is the fifth working day; the decision can be implemented on Friday 10 May.
    expect(decisionCallIn(decision, rules(5), '2024-05-02')).toEqual({
      kind: 'open',
      lastDay: '2024-05-09',
      implementableFrom: '2024-05-10',
    });
    expect(decisionCallIn(decision, rules(5), '2024-05-10')).toMatchObject({ kind: 'closed' });
    // Seed 003's council: 3 working days.
    expect(decisionCallIn(decision, rules(3), '2024-05-02')).toMatchObject({
      lastDay: '2024-05-07',
      implementableFrom: '2024-05-08',
    });
  });

  it('has not started before the notice is published, and does not apply to an urgent decision', () => {
    expect(decisionCallIn({ urgent: false }, rules(5), '2024-05-02')).toEqual({ kind: 'waiting' });
    expect(decisionCallIn({ ...decision, urgent: true }, rules(5), '2024-05-02')).toEqual({
      kind: 'urgent',
      implementableFrom: '2024-05-01',
    });
  });

  it('holds the decision once called in, and moves its implementation to after scrutiny concludes', () => {
    const callIn = { receivedOn: '2024-05-08', by: 'Cllr Amara Osei and two others', reason: 'Consultation' };
    expect(decisionCallIn({ ...decision, callIn }, rules(5), '2024-05-20')).toEqual({
      kind: 'calledIn',
      lastDay: '2024-05-09',
      callIn,
    });
    const concluded = { ...callIn, concludedOn: '2024-05-24' };
    // Concluded on Friday 24 May; Monday 27 May is the spring bank holiday, so Tuesday 28 May.
    expect(decisionCallIn({ ...decision, callIn: concluded }, rules(5), '2024-05-25')).toMatchObject({
      kind: 'calledIn',
      implementableFrom: '2024-05-28',
    });
  });

  it('refuses a call-in that is late, of an urgent decision, without a name, or concluded before it came', () => {
    const callIn = { receivedOn: '2024-05-09', by: 'Cllr Amara Osei', reason: '' };
    expect(callInProblem(decision, callIn, rules(5))).toBeUndefined();
    expect(callInProblem(decision, { ...callIn, receivedOn: '2024-05-10' }, rules(5))).toMatch(
      /between the notice \(2024-05-01\) and the period's last day \(2024-05-09\)/,
    );
    expect(callInProblem({ ...decision, urgent: true }, callIn, rules(5))).toMatch(/urgent/);
    expect(callInProblem({ urgent: false }, callIn, rules(5))).toMatch(/not been published/);
    expect(callInProblem(decision, { ...callIn, by: ' ' }, rules(5))).toMatch(/who called/);
    expect(callInProblem(decision, { ...callIn, concludedOn: '2024-05-02' }, rules(5))).toMatch(
      /before it was received/,
    );
  });
});
