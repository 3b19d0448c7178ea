import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './reset';
import { db } from '../../../renderer/db/database';
import { addAction } from '../../../renderer/db/repositories/actions';
import {
  addActionUpdate,
  recordActionOutcome,
  setActionStatus,
} from '../../../renderer/db/repositories/action-tracking';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';

let actionId = '';
beforeEach(async () => {
  await freshDatabase();
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const meeting = await createMeeting(committee.id, { date: '2025-01-10' });
  actionId = (await addAction(meeting.id, 'minute-1', { text: 'Arrange a site visit', due: '2025-02-01' }))
    .id;
});

describe('tracking an action', () => {
  it('keeps dated updates in date order and moves the status', async () => {
    await addActionUpdate(actionId, '2025-01-20', 'Visit booked.');
    await addActionUpdate(actionId, '2025-01-15', 'Dates offered.');
    await setActionStatus(actionId, 'inProgress');
    const action = await db.actions.get(actionId);
    expect(action?.status).toBe('inProgress');
    expect(action?.updates.map((update) => update.text)).toEqual(['Dates offered.', 'Visit booked.']);
  });

  it('records an outcome with its status and a dated note in one write, logged through the gate', async () => {
    await recordActionOutcome(actionId, { text: 'Site visit held.', status: 'done', on: '2025-02-10' });
    const action = await db.actions.get(actionId);
    expect(action).toMatchObject({ outcome: 'Site visit held.', status: 'done' });
    expect(action?.updates).toEqual([{ on: '2025-02-10', text: 'Site visit held.' }]);
    const logged = await db.changes.where('[table+recordId]').equals(['actions', actionId]).last();
    expect(logged?.fields).toEqual(['outcome', 'status', 'updates']);
  });

  it('refuses an empty outcome or a date that is not one, and changes nothing', async () => {
    await expect(
      recordActionOutcome(actionId, { text: ' ', status: 'done', on: '2025-02-10' }),
    ).rejects.toThrow('Type the outcome');
    await expect(addActionUpdate(actionId, '10/02/2025', 'Done')).rejects.toThrow('is not a date');
    expect((await db.actions.get(actionId))?.status).toBe('open');
  });
});
