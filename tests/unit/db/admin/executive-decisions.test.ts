import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import {
  concludeCallIn,
  publishDecisionNotice,
  recordCallIn,
  saveExecutiveDecision,
  withdrawCallIn,
  withdrawDecisionNotice,
} from '../../../../renderer/db/repositories/executive-decisions';
import { decisionCallIn } from '../../../../renderer/domain/calendar/decision-call-in';
import { blankExecutiveDecision } from '../../../../renderer/domain/executive-decision';
import { seedMeeting } from '../../sync/support/meeting';
import { rulesFor } from '../../domain/calendar/rules-for-tests';
import { freshDatabase } from '../reset';
import { storedStamps } from '../stored-stamps';

beforeEach(freshDatabase);

const rules = rulesFor({ callInWorkingDays: 5 });
const decision = {
  ...blankExecutiveDecision,
  reasons: 'The programme sets the board’s priorities for the year.',
  alternatives: 'To defer the programme: rejected, as the board would have no plan for April.',
};

async function decided() {
  const { item } = await seedMeeting();
  await saveExecutiveDecision(item.id, decision, true);
  return item.id;
}

describe('an executive decision entered on an item', () => {
  it('is stored on the item with its key decision flag, stamped so that sync carries it', async () => {
    const itemId = await decided();
    const item = await db.agendaItems.get(itemId);
    expect(item?.keyDecision).toBe(true);
    expect(item?.executiveDecision).toMatchObject({ reasons: decision.reasons, urgent: false });
    expect((await storedStamps('agendaItems', itemId)).executiveDecision).toBeDefined();
  });

  it('is refused without reasons, or urgent without saying why, and nothing is stored', async () => {
    const { item } = await seedMeeting();
    await expect(saveExecutiveDecision(item.id, blankExecutiveDecision, false)).rejects.toThrow(
      /Give the reasons/,
    );
    await expect(
      saveExecutiveDecision(item.id, { ...decision, urgent: true, urgencyReason: ' ' }, false),
    ).rejects.toThrow(/cannot wait/);
    expect((await db.agendaItems.get(item.id))?.executiveDecision).toBeUndefined();
  });

  it('starts its call-in period when the notice is published, once only', async () => {
    const itemId = await decided();
    await expect(
      recordCallIn(itemId, { receivedOn: '2013-03-15', by: 'Cllr Hall', reason: '' }, rules),
    ).rejects.toThrow(/notice has not been published/);
    await publishDecisionNotice(itemId, '2013-03-14');
    await expect(publishDecisionNotice(itemId, '2013-03-15')).rejects.toThrow(/already published/);
    const stored = (await db.agendaItems.get(itemId))!.executiveDecision!;
    expect(decisionCallIn(stored, rules, '2013-03-15')).toEqual({
      kind: 'open',
      lastDay: '2013-03-21',
      implementableFrom: '2013-03-22',
    });
  });

  it('records a call-in within the period, holds implementation until scrutiny concludes, then moves it', async () => {
    const itemId = await decided();
    await publishDecisionNotice(itemId, '2013-03-14');
    await expect(
      recordCallIn(itemId, { receivedOn: '2013-03-25', by: 'Cllr Hall', reason: 'Late' }, rules),
    ).rejects.toThrow(/between the notice/);
    await recordCallIn(itemId, { receivedOn: '2013-03-18', by: ' Cllr Susan Hall ', reason: 'Cost' }, rules);
    let stored = (await db.agendaItems.get(itemId))!.executiveDecision!;
    expect(stored.callIn).toEqual({ receivedOn: '2013-03-18', by: 'Cllr Susan Hall', reason: 'Cost' });
    expect(decisionCallIn(stored, rules, '2013-03-25')).toMatchObject({ kind: 'calledIn' });
    await expect(
      saveExecutiveDecision(itemId, { ...decision, urgent: true, urgencyReason: 'x' }, true),
    ).rejects.toThrow(/called in/);
    await expect(withdrawDecisionNotice(itemId)).rejects.toThrow(/undo the call-in first/);
    // Concluded on Thursday 28 March 2013: Good Friday and Easter Monday are bank holidays.
    await concludeCallIn(itemId, '2013-03-28');
    stored = (await db.agendaItems.get(itemId))!.executiveDecision!;
    expect(decisionCallIn(stored, rules, '2013-04-01')).toMatchObject({
      kind: 'calledIn',
      implementableFrom: '2013-04-02',
    });
  });

  it('can have its call-in and then its notice taken back, as if neither had been recorded', async () => {
    const itemId = await decided();
    await publishDecisionNotice(itemId, '2013-03-14');
    await recordCallIn(itemId, { receivedOn: '2013-03-18', by: 'Cllr Hall', reason: '' }, rules);
    await withdrawCallIn(itemId);
    await withdrawDecisionNotice(itemId);
    const stored = (await db.agendaItems.get(itemId))!.executiveDecision!;
    expect(stored.callIn).toBeUndefined();
    expect(stored.noticePublishedOn).toBeUndefined();
    expect(stored.reasons).toBe(decision.reasons);
  });
});
