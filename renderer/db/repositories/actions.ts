import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { Action } from '../../domain/model';
import { parseIsoDate } from '../../domain/en-gb';
import { newId, writeTransaction } from './transaction';

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
export async function addAction(meetingId: string, minuteId: string, fields: NewAction): Promise<Action> {
  if (!fields.text.trim()) throw new Error('Type what is to be done.');
  checkDue(fields.due);
  return writeTransaction([db.meetings, db.actions], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
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

export async function updateAction(id: string, changes: Partial<Omit<Action, 'id'>>): Promise<void> {
  checkDue(changes.due);
  await writeTransaction([db.actions], () => updateRecord<Action>(db, 'actions', id, changes));
}

export async function removeAction(id: string): Promise<void> {
  await writeTransaction([db.actions], () => deleteRecord(db, 'actions', id));
}
