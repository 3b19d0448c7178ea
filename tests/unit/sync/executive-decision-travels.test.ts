import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  publishDecisionNotice,
  recordCallIn,
  saveExecutiveDecision,
} from '../../../renderer/db/repositories/executive-decisions';
import { blankExecutiveDecision } from '../../../renderer/domain/executive-decision';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { rulesFor } from '../domain/calendar/rules-for-tests';
import { forgetLaptops, useLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

describe('an executive decision entered on one laptop', () => {
  it('reaches the other with its notice and the call-in recorded there', async () => {
    await useLaptop('office');
    const { item } = await seedMeeting();
    await saveExecutiveDecision(item.id, { ...blankExecutiveDecision, reasons: 'Best value.' }, true);
    await publishDecisionNotice(item.id, '2013-03-14');
    const fromOffice = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(fromOffice));
    await recordCallIn(
      item.id,
      { receivedOn: '2013-03-18', by: 'Cllr Susan Hall', reason: 'Cost' },
      rulesFor({ callInWorkingDays: 5 }),
    );
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    const stored = await db.agendaItems.get(item.id);
    expect(stored?.keyDecision).toBe(true);
    expect(stored?.executiveDecision).toEqual({
      reasons: 'Best value.',
      alternatives: '',
      dispensations: '',
      urgent: false,
      urgencyReason: '',
      noticePublishedOn: '2013-03-14',
      callIn: { receivedOn: '2013-03-18', by: 'Cllr Susan Hall', reason: 'Cost' },
    });
  });
});
