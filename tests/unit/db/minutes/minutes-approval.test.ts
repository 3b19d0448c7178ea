import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { advanceMeeting, createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../../renderer/db/repositories/minutes';
import {
  approveMinutes,
  chooseMinutesPresented,
  correctSignedMinute,
} from '../../../../renderer/db/repositories/minutes-approval';
import { loadMeetingRecord } from '../../../../renderer/db/read/meeting-record';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import type { AgendaItem, Meeting, Minute } from '../../../../renderer/domain/model';

let ordinary: Meeting;
let special: Meeting;
let next: Meeting;
let minutesItem: AgendaItem;
let minute: Minute;
let specialMinute: Minute;

async function firstMinute(meeting: Meeting, text: string): Promise<Minute> {
  const item = (await db.agendaItems.where('meetingId').equals(meeting.id).sortBy('order'))[0]!;
  const taken = await takeItem(meeting.id, item.id);
  await saveMinuteText(taken.id, richTextFromPlain(text));
  return taken;
}

beforeEach(async () => {
  await freshDatabase();
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  ordinary = await createMeeting(committee.id, { date: '2027-01-12' });
  special = await createMeeting(committee.id, { date: '2027-02-02', type: 'extraordinary' });
  next = await createMeeting(committee.id, { date: '2027-03-03' });
  minutesItem = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
    (item) => item.standingKind === 'previousMinutes',
  )!;
  minute = await firstMinute(ordinary, 'Apologies were received from Councillor Smyth.');
  specialMinute = await firstMinute(special, 'The Chair welcomed the public to the special meeting.');
});

describe('the minutes a "Minutes" item presents', () => {
  it('starts with the meeting before and can present two, of any body, in the order chosen', async () => {
    expect(minutesItem.minutesOf).toEqual([special.id]);
    await chooseMinutesPresented(minutesItem.id, [ordinary.id, special.id]);
    expect((await db.agendaItems.get(minutesItem.id))?.minutesOf).toEqual([ordinary.id, special.id]);
    const record = await loadMeetingRecord(next.id);
    expect(record?.previousMeeting?.id).toBe(ordinary.id);
  });

  it('refuses the meeting itself', async () => {
    await expect(chooseMinutesPresented(minutesItem.id, [next.id])).rejects.toThrow('its own minutes');
  });

  it('links a meeting keyed after the meeting that follows it', async () => {
    const committee = await createCommittee({ name: 'Licensing Sub-Committee', type: 'subCommittee' });
    const later = await createMeeting(committee.id, { date: '2027-05-05' });
    const laterItem = (await db.agendaItems.where('meetingId').equals(later.id).toArray()).find(
      (item) => item.standingKind === 'previousMinutes',
    );
    expect(laterItem?.minutesOf).toBeUndefined();
    const earlier = await createMeeting(committee.id, { date: '2027-04-04' });
    expect((await db.agendaItems.get(laterItem!.id))?.minutesOf).toEqual([earlier.id]);
  });
});

describe('approving the minutes', () => {
  beforeEach(() => chooseMinutesPresented(minutesItem.id, [ordinary.id, special.id]));

  it('applies each amendment, keeps the original beside it, and signs every meeting presented', async () => {
    await approveMinutes(minutesItem.id, {
      decision: 'approvedWithAmendments',
      approvedOn: '2027-03-03',
      amendments: [
        { meetingId: ordinary.id, minuteId: minute.id, original: 'Smyth', corrected: 'Smith' },
        { meetingId: special.id, minuteId: specialMinute.id, original: 'the public', corrected: 'residents' },
      ],
    });
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(
      'Apologies were received from Councillor Smith.',
    );
    expect(richTextToPlain((await db.minutes.get(specialMinute.id))!.text)).toBe(
      'The Chair welcomed residents to the special meeting.',
    );
    const kept = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(kept.map((revision) => [richTextToPlain(revision.text), revision.signedChange])).toEqual([
      [
        'Apologies were received from Councillor Smyth.',
        { kind: 'amended', on: '2027-03-03', original: 'Smyth', corrected: 'Smith' },
      ],
    ]);
    expect((await db.meetings.get(ordinary.id))?.status).toBe('minutesApproved');
    expect((await db.meetings.get(special.id))?.status).toBe('minutesApproved');
    expect((await db.agendaItems.get(minutesItem.id))?.minutesApproval?.amendments).toHaveLength(2);
    await expect(chooseMinutesPresented(minutesItem.id, [ordinary.id])).rejects.toThrow('approved');
  });

  it('writes nothing when an amendment names words the minute does not hold', async () => {
    await expect(
      approveMinutes(minutesItem.id, {
        decision: 'approvedWithAmendments',
        approvedOn: '2027-03-03',
        amendments: [
          { meetingId: ordinary.id, minuteId: minute.id, original: 'Smyth', corrected: 'Smith' },
          { meetingId: special.id, minuteId: specialMinute.id, original: 'nowhere', corrected: 'x' },
        ],
      }),
    ).rejects.toThrow(`Minute ${specialMinute.number} does not contain “nowhere”`);
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toContain('Smyth');
    expect(await db.minuteRevisions.count()).toBe(0);
    expect((await db.meetings.get(ordinary.id))?.status).toBe('planned');
  });

  it('asks for the amendments when approved subject to them, and refuses them when approved as they stand', async () => {
    await expect(
      approveMinutes(minutesItem.id, {
        decision: 'approvedWithAmendments',
        approvedOn: '2027-03-03',
        amendments: [],
      }),
    ).rejects.toThrow('Add each amendment');
    await expect(
      approveMinutes(minutesItem.id, {
        decision: 'approved',
        approvedOn: '2027-03-03',
        amendments: [{ meetingId: ordinary.id, minuteId: minute.id, original: 'Smyth', corrected: 'Smith' }],
      }),
    ).rejects.toThrow('subject to the following amendments');
  });
});

describe('correcting signed minutes', () => {
  it('needs a reason, and keeps it in the history the minutes print', async () => {
    await advanceMeeting(ordinary.id, '2027-01-01');
    for (let step = 0; step < 3; step += 1) await advanceMeeting(ordinary.id, '2027-01-01');
    expect((await db.meetings.get(ordinary.id))?.status).toBe('minutesApproved');
    await expect(correctSignedMinute(minute.id, '  ', '2027-03-04')).rejects.toThrow('Say why');
    await correctSignedMinute(minute.id, 'The councillor’s name was misspelt', '2027-03-04');
    const record = await loadMeetingRecord(ordinary.id);
    expect(record?.signedChanges).toEqual([
      {
        minuteId: minute.id,
        change: { kind: 'corrected', on: '2027-03-04', reason: 'The councillor’s name was misspelt' },
      },
    ]);
  });
});
