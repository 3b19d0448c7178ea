import { db } from '../database';
import { updateRecord } from '../gate';
import type { Action, ActionStatus, IsoDate } from '../../domain/model';
import { parseIsoDate } from '../../domain/en-gb';
import { writeTransaction } from './transaction';

function checkDate(on: IsoDate): void {
  try {
    parseIsoDate(on);
  } catch {
    throw new Error(`"${on}" is not a date: give the date of the update.`);
  }
}

async function stored(actionId: string): Promise<Action> {
  const action = await db.actions.get(actionId);
  if (!action) throw new Error('That action no longer exists: it may have been removed on another laptop.');
  return action;
}

/** Move an action on (open, in progress, done, dropped), keeping everything else about it. */
export async function setActionStatus(actionId: string, status: ActionStatus): Promise<void> {
  await writeTransaction([db.actions], async () => {
    await stored(actionId);
    await updateRecord<Action>(db, 'actions', actionId, { status });
  });
}

/** Add a dated progress note to an action's history; earlier notes are kept as they were. */
export async function addActionUpdate(actionId: string, on: IsoDate, text: string): Promise<void> {
  if (!text.trim()) throw new Error('Type what has happened on the action.');
  checkDate(on);
  await writeTransaction([db.actions], async () => {
    const action = await stored(actionId);
    const updates = [...action.updates, { on, text: text.trim() }].sort((a, b) => a.on.localeCompare(b.on));
    await updateRecord<Action>(db, 'actions', actionId, { updates });
  });
}

/**
 * Record the outcome of an action as reported at a meeting: the outcome text, the new status, and a dated
 * update noting it, all in one write so the log never shows one without the other.
 */
export async function recordActionOutcome(
  actionId: string,
  outcome: { text: string; status: ActionStatus; on: IsoDate },
): Promise<void> {
  if (!outcome.text.trim()) throw new Error('Type the outcome reported at the meeting.');
  checkDate(outcome.on);
  await writeTransaction([db.actions], async () => {
    const action = await stored(actionId);
    const updates = [
      ...action.updates.filter((update) => update.on !== outcome.on),
      { on: outcome.on, text: outcome.text.trim() },
    ];
    updates.sort((a, b) => a.on.localeCompare(b.on));
    await updateRecord<Action>(db, 'actions', actionId, {
      outcome: outcome.text.trim(),
      status: outcome.status,
      updates,
    });
  });
}
