import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { approveMinutes, chooseMinutesPresented } from '../../../renderer/db/repositories/minutes-approval';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { forgetLaptops, useLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

describe('minutes presented, approved and amended on one laptop', () => {
  it('reach the other laptop: the meetings chosen, the approval, the amended text and its original', async () => {
    await useLaptop('office');
    const { meeting, minute } = await seedMeeting();
    const next = await createMeeting(meeting.committeeId, { date: '2013-04-10' });
    const item = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
      (candidate) => candidate.standingKind === 'previousMinutes',
    )!;
    const start = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(start));
    await chooseMinutesPresented(item.id, [meeting.id]);
    await approveMinutes(item.id, {
      decision: 'approvedWithAmendments',
      approvedOn: '2013-04-10',
      amendments: [
        { meetingId: meeting.id, minuteId: minute.id, original: 'work programme', corrected: 'forward plan' },
      ],
    });
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    expect((await db.agendaItems.get(item.id))?.minutesApproval).toMatchObject({
      decision: 'approvedWithAmendments',
      amendments: [{ original: 'work programme', corrected: 'forward plan' }],
    });
    expect((await db.agendaItems.get(item.id))?.minutesOf).toEqual([meeting.id]);
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(
      'Members asked about the forward plan.',
    );
    expect((await db.meetings.get(meeting.id))?.status).toBe('minutesApproved');
    const [kept] = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(richTextToPlain(kept!.text)).toBe('Members asked about the work programme.');
    expect(kept?.signedChange).toMatchObject({ kind: 'amended', on: '2013-04-10' });
  });
});
