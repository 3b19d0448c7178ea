import { db } from '../database';
import { updateRecord } from '../gate';
import { callInProblem } from '../../domain/calendar/decision-call-in';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import { executiveDecisionProblems, type ExecutiveDecisionDetails } from '../../domain/executive-decision';
import type { AgendaItem, CallIn, ExecutiveDecision, IsoDate } from '../../domain/model';
import { writeTransaction } from './transaction';

async function storedItem(itemId: string): Promise<AgendaItem> {
  const item = await db.agendaItems.get(itemId);
  if (!item)
    throw new Error('That agenda item no longer exists: it may have been removed on another laptop.');
  return item;
}

function storeDecision(itemId: string, changes: Partial<AgendaItem>): Promise<AgendaItem> {
  return updateRecord<AgendaItem>(db, 'agendaItems', itemId, changes);
}

/**
 * Record (or correct) the executive decision taken on an agenda item, and whether it is a key decision. The
 * notice's date and any call-in stay as recorded; a decision already called in cannot become urgent, since the
 * call-in would then never have been possible.
 *
 * @example await saveExecutiveDecision(itemId, { reasons: 'Best value.', ... }, true)
 */
export async function saveExecutiveDecision(
  itemId: string,
  details: ExecutiveDecisionDetails,
  keyDecision: boolean,
): Promise<void> {
  const problems = Object.values(executiveDecisionProblems(details));
  if (problems.length > 0) throw new Error(problems.join(' '));
  await writeTransaction([db.agendaItems], async () => {
    const item = await storedItem(itemId);
    const before = item.executiveDecision;
    if (details.urgent && before?.callIn)
      throw new Error('This decision has been called in, so it cannot now be marked urgent.');
    const decision: ExecutiveDecision = {
      ...before,
      reasons: details.reasons.trim(),
      alternatives: details.alternatives.trim(),
      dispensations: details.dispensations.trim(),
      urgent: details.urgent,
      urgencyReason: details.urgent ? details.urgencyReason.trim() : '',
    };
    await storeDecision(itemId, { executiveDecision: decision, keyDecision });
  });
}

/**
 * Record the day the decision notice was published: the call-in period starts from it. Published once; a notice
 * is not published again on a later day (that would move the period the public was told of).
 */
export async function publishDecisionNotice(itemId: string, publishedOn: IsoDate): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    const decision = (await storedItem(itemId)).executiveDecision;
    if (!decision) throw new Error('Record the decision before publishing its notice.');
    if (decision.noticePublishedOn)
      throw new Error(`The decision notice was already published on ${decision.noticePublishedOn}.`);
    await storeDecision(itemId, { executiveDecision: { ...decision, noticePublishedOn: publishedOn } });
  });
}

/** Take back a notice's publication (the undo of publishDecisionNotice): refused once a call-in is recorded. */
export async function withdrawDecisionNotice(itemId: string): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    const decision = (await storedItem(itemId)).executiveDecision;
    if (!decision?.noticePublishedOn) return;
    if (decision.callIn) throw new Error('The decision has been called in since: undo the call-in first.');
    const { noticePublishedOn: _published, ...rest } = decision;
    await storeDecision(itemId, { executiveDecision: rest });
  });
}

/**
 * Record a call-in received within the period, by the council's rules: refused (with what to do) when the
 * decision is urgent, has no notice yet, or the call-in came after the period's last day.
 */
export async function recordCallIn(itemId: string, callIn: CallIn, rules: DeadlineRules): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    const decision = (await storedItem(itemId)).executiveDecision;
    if (!decision) throw new Error('Record the decision before its call-in.');
    if (decision.callIn) throw new Error('This decision has already been called in.');
    const cleaned: CallIn = {
      receivedOn: callIn.receivedOn,
      by: callIn.by.trim(),
      reason: callIn.reason.trim(),
    };
    const problem = callInProblem(decision, cleaned, rules);
    if (problem) throw new Error(problem);
    await storeDecision(itemId, { executiveDecision: { ...decision, callIn: cleaned } });
  });
}

/**
 * Record the day scrutiny concluded the call-in: the decision can be implemented from the next working day.
 * Undefined takes a conclusion back.
 */
export async function concludeCallIn(itemId: string, concludedOn: IsoDate | undefined): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    const decision = (await storedItem(itemId)).executiveDecision;
    const callIn = decision?.callIn;
    if (!decision || !callIn) throw new Error('This decision has not been called in.');
    if (concludedOn && concludedOn < callIn.receivedOn)
      throw new Error('Scrutiny cannot conclude a call-in before it was received.');
    const { concludedOn: _before, ...received } = callIn;
    await storeDecision(itemId, {
      executiveDecision: { ...decision, callIn: concludedOn ? { ...received, concludedOn } : received },
    });
  });
}

/** Take a recorded call-in back (the undo of recordCallIn): the period stands as if nobody had called it in. */
export async function withdrawCallIn(itemId: string): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    const decision = (await storedItem(itemId)).executiveDecision;
    if (!decision?.callIn) return;
    const { callIn: _callIn, ...rest } = decision;
    await storeDecision(itemId, { executiveDecision: rest });
  });
}
