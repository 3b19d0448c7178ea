import { db } from '../database';
import { deleteRecord, putRecord } from '../gate';
import type { PlannedDecision } from '../../domain/model';
import { plannedDecisionProblems, type PlannedDecisionDetails } from '../../domain/planned-decision';
import { newId, writeTransaction } from './transaction';

function cleaned(details: PlannedDecisionDetails): PlannedDecisionDetails {
  const { exemptParagraph, ...rest } = details;
  return {
    ...rest,
    matter: details.matter.trim(),
    decisionMaker: details.decisionMaker.trim(),
    responsibleOfficer: details.responsibleOfficer.trim(),
    wards: details.wards.map((ward) => ward.trim()).filter(Boolean),
    documents: details.documents.map((document) => document.trim()).filter(Boolean),
    // What makes it private is kept only while it is private: a public entry prints no paragraph.
    ...(details.inPrivate && exemptParagraph ? { exemptParagraph } : {}),
    privateReason: details.inPrivate ? details.privateReason.trim() : '',
  };
}

function refuseProblems(details: PlannedDecisionDetails): void {
  const problems = Object.values(plannedDecisionProblems(details));
  if (problems.length > 0) throw new Error(problems.join(' '));
}

async function agendaItemExists(agendaItemId: string | undefined): Promise<void> {
  if (agendaItemId && !(await db.agendaItems.get(agendaItemId)))
    throw new Error('That agenda item no longer exists: choose the item again.');
}

/**
 * Put a key decision on the forward plan ahead of any agenda, optionally naming the agenda item that now stands
 * for it. Refused, with every missing field named, when the plan could not describe it. Returns its id.
 *
 * @example await addPlannedDecision({ ...blankPlannedDecision, matter: 'Sale of the depot', ... })
 */
export async function addPlannedDecision(
  details: PlannedDecisionDetails,
  agendaItemId?: string,
): Promise<string> {
  refuseProblems(details);
  const id = newId();
  await writeTransaction([db.plannedDecisions, db.agendaItems], async () => {
    await agendaItemExists(agendaItemId);
    await putRecord<PlannedDecision>(db, 'plannedDecisions', {
      id,
      ...cleaned(details),
      ...(agendaItemId ? { agendaItemId } : {}),
    });
  });
  return id;
}

/**
 * Change what the plan says of an entry, and which agenda item (if any) stands for it now: once its item is on
 * an agenda, the plan shows the item in its place (link, not copy), so a later change to the item shows there.
 */
export async function savePlannedDecision(
  id: string,
  details: PlannedDecisionDetails,
  agendaItemId?: string,
): Promise<void> {
  refuseProblems(details);
  await writeTransaction([db.plannedDecisions, db.agendaItems], async () => {
    if (!(await db.plannedDecisions.get(id)))
      throw new Error('That entry is no longer on the plan: it may have been removed on another laptop.');
    await agendaItemExists(agendaItemId);
    await putRecord<PlannedDecision>(db, 'plannedDecisions', {
      id,
      ...cleaned(details),
      ...(agendaItemId ? { agendaItemId } : {}),
    });
  });
}

/** Take an entry off the plan. Returns it as it was, for the undo (restorePlannedDecision). */
export async function removePlannedDecision(id: string): Promise<PlannedDecision | undefined> {
  return writeTransaction([db.plannedDecisions], async () => {
    const entry = await db.plannedDecisions.get(id);
    if (entry) await deleteRecord(db, 'plannedDecisions', id);
    return entry;
  });
}

/** The undo of removePlannedDecision: the entry back under a new id (a deletion is final between laptops). */
export async function restorePlannedDecision(entry: PlannedDecision): Promise<string> {
  const id = newId();
  await writeTransaction([db.plannedDecisions], async () => {
    await putRecord<PlannedDecision>(db, 'plannedDecisions', { ...entry, id });
  });
  return id;
}
