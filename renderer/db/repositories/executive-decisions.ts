import { db } from '../database';
import { updateRecord } from '../gate';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import { executiveDecisionProblems, type ExecutiveDecisionDetails } from '../../domain/executive-decision';
import {
  withCallIn,
  withCallInConcluded,
  withCallInWithdrawn,
  withNoticePublished,
  withNoticeWithdrawn,
} from '../../domain/executive-decision-steps';
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
 * One step on an item's decision (its notice, its call-in), by the rules a decision taken by one person follows
 * too (domain/executive-decision-steps.ts), in one transaction. `missing` says what to do when the item has no
 * decision yet; without it, a step with nothing to act on does nothing.
 */
function step(
  itemId: string,
  next: (decision: ExecutiveDecision) => ExecutiveDecision,
  missing?: string,
): Promise<void> {
  return writeTransaction([db.agendaItems], async () => {
    const decision = (await storedItem(itemId)).executiveDecision;
    if (!decision) {
      if (missing) throw new Error(missing);
      return;
    }
    await storeDecision(itemId, { executiveDecision: next(decision) });
  });
}

/**
 * Record the day the decision notice was published: the call-in period starts from it. Published once; a notice
 * is not published again on a later day (that would move the period the public was told of).
 */
export function publishDecisionNotice(itemId: string, publishedOn: IsoDate): Promise<void> {
  return step(
    itemId,
    (decision) => withNoticePublished(decision, publishedOn),
    'Record the decision before publishing its notice.',
  );
}

/** Take back a notice's publication (the undo of publishDecisionNotice): refused once a call-in is recorded. */
export function withdrawDecisionNotice(itemId: string): Promise<void> {
  return step(itemId, (decision) => (decision.noticePublishedOn ? withNoticeWithdrawn(decision) : decision));
}

/**
 * Record a call-in received within the period, by the council's rules: refused (with what to do) when the
 * decision is urgent, has no notice yet, or the call-in came after the period's last day.
 */
export function recordCallIn(itemId: string, callIn: CallIn, rules: DeadlineRules): Promise<void> {
  return step(
    itemId,
    (decision) => withCallIn(decision, callIn, rules),
    'Record the decision before its call-in.',
  );
}

/**
 * Record the day scrutiny concluded the call-in: the decision can be implemented from the next working day.
 * Undefined takes a conclusion back.
 */
export function concludeCallIn(itemId: string, concludedOn: IsoDate | undefined): Promise<void> {
  return step(
    itemId,
    (decision) => withCallInConcluded(decision, concludedOn),
    'This decision has not been called in.',
  );
}

/** Take a recorded call-in back (the undo of recordCallIn): the period stands as if nobody had called it in. */
export function withdrawCallIn(itemId: string): Promise<void> {
  return step(itemId, (decision) => (decision.callIn ? withCallInWithdrawn(decision) : decision));
}
