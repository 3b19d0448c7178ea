import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { Action } from '../../domain/model';
import { parseIsoDate } from '../../domain/en-gb';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';
import { minutedActionFields } from '../../domain/signed-minutes-scope';

export type NewAction = Pick<Action, 'text'> & Partial<Pick<Action, 'ownerPersonId' | 'ownerText' | 'due'>>;

function checkDue(due: string | undefined): void {
  if (!due) return;
  try {
    parseIsoDate(due);
  } catch {
    throw new Error(`The due date "${due}" is not a date: choose one, or leave it empty.`);
  }
}

/** An action agreed on a minute: what, who (a person or words such as "All"), by when. Starts open. */
export async function addAction(
  meetingId: string,
  minuteId: string,
  fields: NewAction,
  correction?: SignedCorrection,
): Promise<Action> {
  if (!fields.text.trim()) throw new Error('Type what is to be done.');
  checkDue(fields.due);
  return writeTransaction([db.meetings, db.actions], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    await refuseUnlessCorrecting(meetingId, correction);
    const order = await db.actions.where('meetingId').equals(meetingId).count();
    const action: Action = {
      id: newId(),
      committeeId: meeting.committeeId,
      meetingId,
      minuteId,
      text: fields.text.trim(),
      ownerText: fields.ownerText?.trim() ?? '',
      status: 'open',
      updates: [],
      outcome: '',
      order,
    };
    if (fields.ownerPersonId) action.ownerPersonId = fields.ownerPersonId;
    if (fields.due) action.due = fields.due;
    await putRecord(db, 'actions', action);
    return action;
  });
}

/**
 * Change an action. What the minutes print of it is part of the minutes, so in signed minutes it changes only
 * with the clerk's reason; its status, updates and outcome are the action log's and stay free.
 */
export async function updateAction(
  id: string,
  changes: Partial<Omit<Action, 'id'>>,
  correction?: SignedCorrection,
): Promise<void> {
  checkDue(changes.due);
  await writeTransaction([db.meetings, db.actions], async () => {
    if (minutedActionFields.some((field) => field in changes))
      await refuseUnlessCorrecting((await db.actions.get(id))?.meetingId, correction);
    await updateRecord<Action>(db, 'actions', id, changes);
  });
}

export async function removeAction(id: string, correction?: SignedCorrection): Promise<void> {
  await writeTransaction([db.meetings, db.actions], async () => {
    await refuseUnlessCorrecting((await db.actions.get(id))?.meetingId, correction);
    await deleteRecord(db, 'actions', id);
  });
}
