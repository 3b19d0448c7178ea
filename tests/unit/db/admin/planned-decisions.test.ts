import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import {
  addPlannedDecision,
  removePlannedDecision,
  restorePlannedDecision,
  savePlannedDecision,
} from '../../../../renderer/db/repositories/planned-decisions';
import { blankPlannedDecision } from '../../../../renderer/domain/planned-decision';
import { seedMeeting } from '../../sync/support/meeting';
import { freshDatabase } from '../reset';
import { storedStamps } from '../stored-stamps';

beforeEach(freshDatabase);

const depot = {
  ...blankPlannedDecision,
  matter: ' Sale of the Northgate depot ',
  decisionMaker: 'Cabinet',
  expectedDate: '2026-06-18',
  wards: [' Abbey ', ''],
};

describe('a key decision entered on the forward plan', () => {
  it('is stored trimmed and stamped so that sync carries it', async () => {
    const id = await addPlannedDecision(depot);
    expect(await db.plannedDecisions.get(id)).toMatchObject({
      matter: 'Sale of the Northgate depot',
      wards: ['Abbey'],
      inPrivate: false,
    });
    expect(Object.keys(await storedStamps('plannedDecisions', id))).toEqual(
      expect.arrayContaining(['matter', 'decisionMaker', 'expectedDate']),
    );
  });

  it('is refused with every missing field named, and a date that is not real, and nothing stored', async () => {
    await expect(
      addPlannedDecision({ ...depot, decisionMaker: '', expectedDate: '2026-02-30' }),
    ).rejects.toThrow(/Name the decision maker.*“2026-02-30” is not a real date/s);
    await expect(addPlannedDecision({ ...depot, inPrivate: true })).rejects.toThrow(/Schedule 12A paragraph/);
    expect(await db.plannedDecisions.count()).toBe(0);
  });

  it('is linked to its agenda item once it is on an agenda, and refuses an item that does not exist', async () => {
    const id = await addPlannedDecision(depot);
    await expect(savePlannedDecision(id, depot, 'no-such-item')).rejects.toThrow(/no longer exists/);
    const { item } = await seedMeeting();
    await savePlannedDecision(id, depot, item.id);
    expect((await db.plannedDecisions.get(id))?.agendaItemId).toBe(item.id);
    await savePlannedDecision(id, depot);
    expect((await db.plannedDecisions.get(id))?.agendaItemId).toBeUndefined();
  });

  it('made public again forgets its paragraph and reason', async () => {
    const id = await addPlannedDecision({
      ...depot,
      inPrivate: true,
      exemptParagraph: 3,
      privateReason: 'Bids.',
    });
    await savePlannedDecision(id, { ...depot, inPrivate: false, exemptParagraph: 3, privateReason: 'Bids.' });
    const stored = await db.plannedDecisions.get(id);
    expect(stored?.exemptParagraph).toBeUndefined();
    expect(stored?.privateReason).toBe('');
  });

  it('removed comes back by undo under a new id', async () => {
    const id = await addPlannedDecision(depot);
    const removed = await removePlannedDecision(id);
    expect(await db.plannedDecisions.count()).toBe(0);
    const back = await restorePlannedDecision(removed!);
    expect(back).not.toBe(id);
    expect(await db.plannedDecisions.get(back)).toMatchObject({ matter: 'Sale of the Northgate depot' });
  });
});
