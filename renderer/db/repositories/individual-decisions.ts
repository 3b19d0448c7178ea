import { db } from '../database';
import { deleteRecord, putRecord } from '../gate';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import {
  withCallIn,
  withCallInConcluded,
  withCallInWithdrawn,
  withNoticePublished,
  withNoticeWithdrawn,
} from '../../domain/executive-decision-steps';
import { individualDecisionProblems, type IndividualDecisionDetails } from '../../domain/individual-decision';
import type { CallIn, IndividualDecision, IsoDate } from '../../domain/model';
import { partWords } from './exempt-history';
import { newId, writeTransaction } from './transaction';

function refuseProblems(details: IndividualDecisionDetails): void {
  const problems = Object.values(individualDecisionProblems(details));
  if (problems.length > 0) throw new Error(problems.join(' '));
}

function cleaned(details: IndividualDecisionDetails): IndividualDecisionDetails {
  return {
    title: details.title.trim(),
    decisionMaker: details.decisionMaker.trim(),
    portfolio: details.portfolio.trim(),
    takenBy: details.takenBy,
    decidedOn: details.decidedOn,
    decision: details.decision.trim(),
    interests: details.interests.trim(),
    keyDecision: details.keyDecision,
    reasons: details.reasons.trim(),
    alternatives: details.alternatives.trim(),
    dispensations: details.dispensations.trim(),
    urgent: details.urgent,
    urgencyReason: details.urgent ? details.urgencyReason.trim() : '',
    // What makes it exempt is kept only while it is: a public decision names no paragraph (as an agenda item).
    part: details.part === 'B' ? 'B' : 'A',
    ...(details.part === 'B' && details.exemptParagraph ? { exemptParagraph: details.exemptParagraph } : {}),
    publicInterestReason: details.part === 'B' ? (details.publicInterestReason ?? '').trim() : '',
  };
}

async function stored(id: string): Promise<IndividualDecision> {
  const decision = await db.individualDecisions.get(id);
  if (!decision)
    throw new Error('That decision no longer exists: it may have been removed on another laptop.');
  return decision;
}

/** One step on a stored decision (its notice, its call-in), in one transaction, stamped for sync. */
function step(id: string, next: (decision: IndividualDecision) => IndividualDecision): Promise<void> {
  return writeTransaction([db.individualDecisions], async () => {
    await putRecord(db, 'individualDecisions', next(await stored(id)));
  });
}

/**
 * Record a decision taken by one person (a cabinet member, or an officer under delegation), not at a meeting.
 * Refused, with what to put right, when it lacks what its notice must say. Returns its id.
 *
 * @example await recordIndividualDecision({ ...blankIndividualDecision, title: 'Parking charges', ... })
 */
export async function recordIndividualDecision(details: IndividualDecisionDetails): Promise<string> {
  refuseProblems(details);
  const id = newId();
  await writeTransaction([db.individualDecisions], async () => {
    await putRecord<IndividualDecision>(db, 'individualDecisions', { id, ...cleaned(details) });
  });
  return id;
}

/**
 * Correct what a recorded decision says. Its notice's date and any call-in stay as recorded; one called in
 * cannot become urgent, since the call-in would then never have been possible.
 */
export async function saveIndividualDecision(id: string, details: IndividualDecisionDetails): Promise<void> {
  refuseProblems(details);
  await step(id, (before) => {
    if (details.urgent && before.callIn)
      throw new Error('This decision has been called in, so it cannot now be marked urgent.');
    const next: IndividualDecision = { ...before, ...cleaned(details) };
    // Made public again: the paragraph it was exempt under goes (as an agenda item's does).
    if (next.part !== 'B') delete next.exemptParagraph;
    const was = partWords(before.part ?? 'A', before.exemptParagraph);
    const now = partWords(next.part ?? 'A', next.exemptParagraph);
    // As for an agenda item, a deliberate reclassification of exempt information is kept with when it was made.
    if (was !== now)
      next.exemptHistory = [
        ...(before.exemptHistory ?? []),
        { at: new Date().toISOString(), change: `Changed from ${was} to ${now}.` },
      ];
    return next;
  });
}

/**
 * Remove a decision recorded in error. Returns it as it was, for the undo (restoreIndividualDecision). Refused
 * once its notice is published: the public has been told of it, and the call-in period runs from it.
 */
export async function removeIndividualDecision(id: string): Promise<IndividualDecision> {
  return writeTransaction([db.individualDecisions], async () => {
    const decision = await stored(id);
    if (decision.noticePublishedOn)
      throw new Error(
        `Its decision notice was published on ${decision.noticePublishedOn}: undo the publication before removing it.`,
      );
    await deleteRecord(db, 'individualDecisions', id);
    return decision;
  });
}

/**
 * Bring back a removed decision (the undo of removeIndividualDecision), under a new id: a deletion is final
 * between laptops, so a record never comes back under its old one. Returns the new id.
 */
export async function restoreIndividualDecision(decision: IndividualDecision): Promise<string> {
  const id = newId();
  await writeTransaction([db.individualDecisions], async () => {
    await putRecord<IndividualDecision>(db, 'individualDecisions', { ...decision, id });
  });
  return id;
}

/** Record the day the decision notice was published: the call-in period starts from it. Published once. */
export function publishIndividualDecisionNotice(id: string, publishedOn: IsoDate): Promise<void> {
  return step(id, (decision) => withNoticePublished(decision, publishedOn));
}

/** Take back a notice's publication (the undo of publishing): refused once a call-in is recorded. */
export function withdrawIndividualDecisionNotice(id: string): Promise<void> {
  return step(id, (decision) => withNoticeWithdrawn(decision));
}

/** Record a call-in received within the period, by the council's rules. */
export function recordIndividualCallIn(id: string, callIn: CallIn, rules: DeadlineRules): Promise<void> {
  return step(id, (decision) => withCallIn(decision, callIn, rules));
}

/** Record (or, with undefined, take back) the day scrutiny concluded the call-in. */
export function concludeIndividualCallIn(id: string, concludedOn: IsoDate | undefined): Promise<void> {
  return step(id, (decision) => withCallInConcluded(decision, concludedOn));
}

/** Take a recorded call-in back (the undo of recordIndividualCallIn). */
export function withdrawIndividualCallIn(id: string): Promise<void> {
  return step(id, (decision) => withCallInWithdrawn(decision));
}
