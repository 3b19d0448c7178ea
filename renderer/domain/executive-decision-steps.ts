import { callInProblem } from './calendar/decision-call-in';
import type { DeadlineRules } from './calendar/deadline-rules';
import type { CallIn, ExecutiveDecision, IsoDate } from './model';

/**
 * The steps of an executive decision after it is taken, the same whether a meeting took it (on its agenda item)
 * or one person did: each returns the decision as it stands after the step, or throws saying why the step
 * cannot be taken, in words the clerk can act on. Pure: the repositories store what they return.
 *
 * @example withNoticePublished(decision, '2025-03-13').noticePublishedOn // '2025-03-13'
 */
export function withNoticePublished<T extends ExecutiveDecision>(decision: T, publishedOn: IsoDate): T {
  // Published once: a notice published again on a later day would move the period the public was told of.
  if (decision.noticePublishedOn)
    throw new Error(`The decision notice was already published on ${decision.noticePublishedOn}.`);
  return { ...decision, noticePublishedOn: publishedOn };
}

/** The undo of withNoticePublished: refused once a call-in is recorded. */
export function withNoticeWithdrawn<T extends ExecutiveDecision>(decision: T): T {
  if (decision.callIn) throw new Error('The decision has been called in since: undo the call-in first.');
  const { noticePublishedOn: _published, ...rest } = decision;
  return rest as T;
}

/** A call-in received within the period, by the council's rules (domain/calendar/decision-call-in.ts). */
export function withCallIn<T extends ExecutiveDecision>(
  decision: T,
  callIn: CallIn,
  rules: DeadlineRules,
): T {
  if (decision.callIn) throw new Error('This decision has already been called in.');
  const cleaned: CallIn = {
    receivedOn: callIn.receivedOn,
    by: callIn.by.trim(),
    reason: callIn.reason.trim(),
  };
  const problem = callInProblem(decision, cleaned, rules);
  if (problem) throw new Error(problem);
  return { ...decision, callIn: cleaned };
}

/** The day scrutiny concluded the call-in (undefined takes a conclusion back). */
export function withCallInConcluded<T extends ExecutiveDecision>(
  decision: T,
  concludedOn: IsoDate | undefined,
): T {
  const callIn = decision.callIn;
  if (!callIn) throw new Error('This decision has not been called in.');
  if (concludedOn && concludedOn < callIn.receivedOn)
    throw new Error('Scrutiny cannot conclude a call-in before it was received.');
  const { concludedOn: _before, ...received } = callIn;
  return { ...decision, callIn: concludedOn ? { ...received, concludedOn } : received };
}

/** The undo of withCallIn: the period stands as if nobody had called it in. */
export function withCallInWithdrawn<T extends ExecutiveDecision>(decision: T): T {
  const { callIn: _callIn, ...rest } = decision;
  return rest as T;
}
