import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  publishIndividualDecisionNotice,
  recordIndividualCallIn,
  recordIndividualDecision,
  saveIndividualDecision,
} from '../../../renderer/db/repositories/individual-decisions';
import { blankIndividualDecision } from '../../../renderer/domain/individual-decision';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { addPlannedDecision } from '../../../renderer/db/repositories/planned-decisions';
import { blankPlannedDecision } from '../../../renderer/domain/planned-decision';
import { exportFile, planExport } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { rulesFor } from '../domain/calendar/rules-for-tests';
import { forgetLaptops, useLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

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

describe('the executive’s records in a file of one meeting or one committee (not only of everything)', () => {
  const entry = (matter: string) => ({
    ...blankPlannedDecision,
    matter,
    decisionMaker: 'Cabinet',
    expectedDate: '2013-06-18',
  });

  it('carry every decision taken by one person, and the forward plan entries not on another body’s agenda', async () => {
    await useLaptop('office');
    const { committee, meeting, item } = await seedMeeting();
    const decisionId = await recordIndividualDecision(parking);
    await publishIndividualDecisionNotice(decisionId, '2013-03-14');
    const aheadId = await addPlannedDecision(entry('Sale of the Northgate depot'));
    const hereId = await addPlannedDecision(entry('The partnership’s work programme'), item.id);
    const planning = await createCommittee({ name: 'Planning Committee', type: 'committee' }, []);
    const planningMeeting = await createMeeting(planning.id, {
      date: '2013-04-10',
      venue: 'Council Chamber',
    });
    const elsewhere = await addAgendaItem(planningMeeting.id, { title: 'Local plan review' });
    const elsewhereId = await addPlannedDecision(entry('Local plan review'), elsewhere.id);
    const meetingFile = await exportFile({ scope: { kind: 'meeting', meetingId: meeting.id } });

    await useLaptop('chamber');
    await importFile(joinParts(meetingFile));
    expect(await db.individualDecisions.get(decisionId)).toMatchObject({
      title: 'Parking charges in Harrow Weald',
      noticePublishedOn: '2013-03-14',
    });
    expect((await db.plannedDecisions.toArray()).map((each) => each.id).sort()).toEqual(
      [aheadId, hereId].sort(),
    );
    // The call-in, recorded at the meeting's laptop, goes back in that committee's file and merges.
    await recordIndividualCallIn(
      decisionId,
      { receivedOn: '2013-03-18', by: 'Cllr Ahmed', reason: 'Cost' },
      rulesFor({ callInWorkingDays: 5 }),
    );
    const committeeFile = await exportFile({ scope: { kind: 'committee', committeeId: committee.id } });

    await useLaptop('office');
    await importFile(joinParts(committeeFile));
    expect(await db.individualDecisions.get(decisionId)).toMatchObject({
      noticePublishedOn: '2013-03-14',
      callIn: { receivedOn: '2013-03-18', by: 'Cllr Ahmed' },
    });
    expect(await db.plannedDecisions.get(elsewhereId)).toMatchObject({ agendaItemId: elsewhere.id });
  });

  it('taken in private make the file Part B business, encrypted unless the clerk says otherwise', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const scope = { kind: 'meeting' as const, meetingId: meeting.id };
    expect((await planExport({ scope })).encryptionReason).toBeUndefined();
    await recordIndividualDecision({
      ...parking,
      title: 'Sale of the Mill Lane depot',
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'The bids are commercially sensitive.',
    });
    expect((await planExport({ scope })).encryptionReason).toContain(
      'Part B (exempt) business: “Sale of the Mill Lane depot”',
    );
    const file = await exportFile({ scope }, { passphrase: 'Wealdstone' });
    await useLaptop('chamber');
    await importFile(joinParts(file), { passphrase: 'Wealdstone' });
    expect(await db.individualDecisions.toArray()).toMatchObject([
      { part: 'B', exemptParagraph: 3, publicInterestReason: 'The bids are commercially sensitive.' },
    ]);
  });
});
