import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  publishIndividualDecisionNotice,
  recordIndividualCallIn,
  recordIndividualDecision,
  saveIndividualDecision,
} from '../../../renderer/db/repositories/individual-decisions';
import { blankIndividualDecision } from '../../../renderer/domain/individual-decision';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { rulesFor } from '../domain/calendar/rules-for-tests';
import { forgetLaptops, useLaptop } from './support/laptops';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };
const parking = {
  ...blankIndividualDecision,
  title: 'Parking charges in Harrow Weald',
  decisionMaker: 'Councillor Susan Hall',
  portfolio: 'Cabinet Member for Environment',
  decidedOn: '2013-03-12',
  decision: 'To set the charges in the schedule.',
  reasons: 'The charges have not changed since 2009.',
};

describe('a decision taken by one cabinet member, entered on one laptop', () => {
  it('reaches the other with its notice, and the call-in recorded there comes back', async () => {
    await useLaptop('office');
    const id = await recordIndividualDecision(parking);
    await publishIndividualDecisionNotice(id, '2013-03-14');
    const fromOffice = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(fromOffice));
    await recordIndividualCallIn(
      id,
      { receivedOn: '2013-03-18', by: 'Cllr Ahmed', reason: 'Cost' },
      rulesFor({ callInWorkingDays: 5 }),
    );
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    expect(await db.individualDecisions.get(id)).toMatchObject({
      title: 'Parking charges in Harrow Weald',
      noticePublishedOn: '2013-03-14',
      callIn: { receivedOn: '2013-03-18', by: 'Cllr Ahmed', reason: 'Cost' },
    });
  });

  it('changed on both laptops keeps both versions of the reasons as a conflict', async () => {
    await useLaptop('office');
    const id = await recordIndividualDecision(parking);
    const shared = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(shared));
    await saveIndividualDecision(id, { ...parking, reasons: 'Chamber’s reasons.' });
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await saveIndividualDecision(id, { ...parking, reasons: 'Office’s reasons.' });
    await importFile(joinParts(fromChamber));
    const conflicts = await db.conflicts.where('table').equals('individualDecisions').toArray();
    expect(conflicts.map((conflict) => conflict.field)).toEqual(['reasons']);
  });
});
