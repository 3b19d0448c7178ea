import type { CallIn, ExecutiveDecision, IsoDate } from '../model';
import type { DeadlineRules } from './deadline-rules';
import { addWorkingDays, callInPeriod } from './working-days';

/**
 * Where an executive decision stands with call-in, as the decision notice, the decision's page and the action
 * tracker show it:
 * - waiting: no notice published yet, so no period has started and the decision cannot be implemented;
 * - urgent: exempt from call-in, implementable from the day its notice is published;
 * - open: within the period (to `lastDay`), implementable from `implementableFrom` if nobody calls it in;
 * - closed: the period ended with no call-in, implementable from `implementableFrom`;
 * - calledIn: called in within the period; implementation waits for scrutiny, and once the call-in is concluded
 *   it can be implemented from the next working day (the date moves from where the period alone would put it).
 */
export type CallInStanding =
  | { kind: 'waiting' }
  | { kind: 'urgent'; implementableFrom: IsoDate }
  | { kind: 'open' | 'closed'; lastDay: IsoDate; implementableFrom: IsoDate }
  | { kind: 'calledIn'; lastDay: IsoDate; callIn: CallIn; implementableFrom?: IsoDate };

/**
 * @example decisionCallIn({ ...decision, noticePublishedOn: '2025-03-13' }, rules, '2025-03-14').kind // 'open'
 */
export function decisionCallIn(
  decision: Pick<ExecutiveDecision, 'urgent' | 'noticePublishedOn' | 'callIn'>,
  rules: DeadlineRules,
  today: IsoDate,
): CallInStanding {
  const notice = decision.noticePublishedOn;
  if (!notice) return { kind: 'waiting' };
  if (decision.urgent) return { kind: 'urgent', implementableFrom: notice };
  const period = callInPeriod(notice, rules);
  const callIn = decision.callIn;
  if (callIn) {
    const concluded = callIn.concludedOn;
    return {
      kind: 'calledIn',
      lastDay: period.lastDay,
      callIn,
      ...(concluded ? { implementableFrom: addWorkingDays(concluded, 1, rules.calendar) } : {}),
    };
  }
  return { kind: today > period.lastDay ? 'closed' : 'open', ...period };
}

/**
 * Why a call-in cannot be recorded, or undefined when it can: an urgent decision is exempt, one with no notice
 * has no period yet, and one received after the period's last day is too late. Said in words the clerk can act on.
 */
export function callInProblem(
  decision: Pick<ExecutiveDecision, 'urgent' | 'noticePublishedOn'>,
  callIn: CallIn,
  rules: DeadlineRules,
): string | undefined {
  if (decision.urgent) return 'This decision was taken as urgent, so it cannot be called in.';
  if (!decision.noticePublishedOn)
    return 'The decision notice has not been published, so no call-in period has started.';
  const { lastDay } = callInPeriod(decision.noticePublishedOn, rules);
  if (callIn.receivedOn < decision.noticePublishedOn || callIn.receivedOn > lastDay)
    return `A call-in must be received between the notice (${decision.noticePublishedOn}) and the period's last day (${lastDay}).`;
  if (!callIn.by.trim()) return 'Say who called the decision in.';
  if (callIn.concludedOn && callIn.concludedOn < callIn.receivedOn)
    return 'Scrutiny cannot conclude a call-in before it was received.';
  return undefined;
}
