import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import {
  concludeIndividualCallIn,
  publishIndividualDecisionNotice,
  recordIndividualCallIn,
  recordIndividualDecision,
  removeIndividualDecision,
  restoreIndividualDecision,
  saveIndividualDecision,
  withdrawIndividualCallIn,
  withdrawIndividualDecisionNotice,
} from '../../../../renderer/db/repositories/individual-decisions';
import { blankIndividualDecision } from '../../../../renderer/domain/individual-decision';
import { rulesFor } from '../../domain/calendar/rules-for-tests';
import { freshDatabase } from '../reset';
import { storedStamps } from '../stored-stamps';

beforeEach(freshDatabase);

const rules = rulesFor({ callInWorkingDays: 5 });
const parking = {
  ...blankIndividualDecision,
  title: ' Parking charges in Harrow Weald ',
  decisionMaker: 'Councillor Susan Hall',
  portfolio: 'Cabinet Member for Environment',
  decidedOn: '2025-03-12',
  decision: 'To set the charges in the schedule to the report.',
  reasons: 'The charges have not changed since 2009.',
  interests: 'Councillor Hall: none.',
};

describe('a decision taken by one cabinet member', () => {
  it('is stored on its own, trimmed and stamped so that sync carries it', async () => {
    const id = await recordIndividualDecision(parking);
    const stored = await db.individualDecisions.get(id);
    expect(stored).toMatchObject({ title: 'Parking charges in Harrow Weald', takenBy: 'member' });
    expect(Object.keys(await storedStamps('individualDecisions', id))).toEqual(
      expect.arrayContaining(['title', 'decisionMaker', 'portfolio', 'decidedOn', 'reasons']),
    );
  });

  it('taken in private keeps its paragraph and reason, and drops them when made public again', async () => {
    await expect(recordIndividualDecision({ ...parking, part: 'B' })).rejects.toThrow(
      /paragraph of Schedule 12A.*public interest in keeping it exempt/s,
    );
    const exempt = {
      ...parking,
      part: 'B' as const,
      exemptParagraph: 3 as const,
      publicInterestReason: ' The bids are commercially sensitive. ',
    };
    const id = await recordIndividualDecision(exempt);
    expect(await db.individualDecisions.get(id)).toMatchObject({
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'The bids are commercially sensitive.',
    });
    expect(Object.keys(await storedStamps('individualDecisions', id))).toEqual(
      expect.arrayContaining(['part', 'exemptParagraph', 'publicInterestReason']),
    );
    await saveIndividualDecision(id, { ...exempt, part: 'A' });
    const opened = await db.individualDecisions.get(id);
    expect(opened).toMatchObject({ part: 'A', publicInterestReason: '' });
    expect(opened?.exemptParagraph).toBeUndefined();
    // The reclassification is kept, as an agenda item's is; saving it unchanged adds nothing.
    expect(opened?.exemptHistory?.map((entry) => entry.change)).toEqual([
      'Changed from Part B (exempt, paragraph 3) to Part A (public).',
    ]);
    await saveIndividualDecision(id, { ...exempt, part: 'A' });
    expect((await db.individualDecisions.get(id))?.exemptHistory).toHaveLength(1);
  });

  it('is refused, with every missing field named, and nothing stored', async () => {
    await expect(
      recordIndividualDecision({ ...parking, decisionMaker: '', decidedOn: '2025-02-30' }),
    ).rejects.toThrow(/Say who took the decision.*“2025-02-30” is not a real date/s);
    expect(await db.individualDecisions.count()).toBe(0);
  });

  it('runs its notice and call-in by the council’s rules, each step undoable', async () => {
    const id = await recordIndividualDecision(parking);
    await expect(
      recordIndividualCallIn(id, { receivedOn: '2025-03-14', by: 'Cllr Ahmed', reason: '' }, rules),
    ).rejects.toThrow(/notice has not been published/);
    await publishIndividualDecisionNotice(id, '2025-03-13');
    await recordIndividualCallIn(id, { receivedOn: '2025-03-14', by: 'Cllr Ahmed', reason: 'Cost' }, rules);
    await expect(
      saveIndividualDecision(id, { ...parking, urgent: true, urgencyReason: 'Now' }),
    ).rejects.toThrow(/called in, so it cannot now be marked urgent/);
    await concludeIndividualCallIn(id, '2025-04-02');
    expect((await db.individualDecisions.get(id))?.callIn).toEqual({
      receivedOn: '2025-03-14',
      by: 'Cllr Ahmed',
      reason: 'Cost',
      concludedOn: '2025-04-02',
    });
    await withdrawIndividualCallIn(id);
    await withdrawIndividualDecisionNotice(id);
    const after = await db.individualDecisions.get(id);
    expect(after?.callIn).toBeUndefined();
    expect(after?.noticePublishedOn).toBeUndefined();
  });

  it('is corrected with its notice date kept', async () => {
    const id = await recordIndividualDecision(parking);
    await publishIndividualDecisionNotice(id, '2025-03-13');
    await saveIndividualDecision(id, { ...parking, alternatives: 'To leave the charges as they are.' });
    expect(await db.individualDecisions.get(id)).toMatchObject({
      alternatives: 'To leave the charges as they are.',
      noticePublishedOn: '2025-03-13',
    });
  });

  it('removed in error comes back by undo, under a new id; one whose notice is out stays', async () => {
    const id = await recordIndividualDecision(parking);
    const removed = await removeIndividualDecision(id);
    expect(await db.individualDecisions.count()).toBe(0);
    const back = await restoreIndividualDecision(removed);
    expect(back).not.toBe(id);
    expect(await db.individualDecisions.get(back)).toMatchObject({
      title: 'Parking charges in Harrow Weald',
    });
    await publishIndividualDecisionNotice(back, '2025-03-13');
    await expect(removeIndividualDecision(back)).rejects.toThrow(/published on 2025-03-13/);
  });
});
