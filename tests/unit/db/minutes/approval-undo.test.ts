import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import { undoMinutesApproval } from '../../../../renderer/db/repositories/approval-undo';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../../renderer/db/repositories/minutes';
import {
  approveMinutes,
  chooseMinutesPresented,
} from '../../../../renderer/db/repositories/minutes-approval';
import { loadMeetingRecord } from '../../../../renderer/db/read/meeting-record';
import { signedChangeNote } from '../../../../renderer/domain/signed-change-note';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import type { AgendaItem, Meeting, Minute, MinutesApproval } from '../../../../renderer/domain/model';

let presented: Meeting;
let minutesItem: AgendaItem;
let minute: Minute;
let untouched: Minute;

const draft = 'Apologies were received from Councillor Smyth.';
const approval: MinutesApproval = {
  decision: 'approvedWithAmendments',
  approvedOn: '2027-03-03',
  amendments: [],
};

beforeEach(async () => {
  await freshDatabase();
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  presented = await createMeeting(committee.id, { date: '2027-01-12' });
  const next = await createMeeting(committee.id, { date: '2027-03-03' });
  const items = await db.agendaItems.where('meetingId').equals(presented.id).sortBy('order');
  minute = await takeItem(presented.id, items[0]!.id);
  await saveMinuteText(minute.id, richTextFromPlain(draft));
  untouched = await takeItem(presented.id, items[1]!.id);
  await saveMinuteText(untouched.id, richTextFromPlain('Councillor Jones declared an interest.'));
  minutesItem = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
    (item) => item.standingKind === 'previousMinutes',
  )!;
  await chooseMinutesPresented(minutesItem.id, [presented.id]);
  approval.amendments = [
    { meetingId: presented.id, minuteId: minute.id, original: 'Smyth', corrected: 'Smith' },
  ];
  await approveMinutes(minutesItem.id, approval);
});

const textOf = async (id: string) => richTextToPlain((await db.minutes.get(id))!.text);

describe('undoing an approval made in error', () => {
  it('puts back the text from before the approval, keeps the approved text, unlocks and records why', async () => {
    expect(await textOf(minute.id)).toBe('Apologies were received from Councillor Smith.');
    const reason = 'The minutes of the wrong meeting were approved';
    const undone = await undoMinutesApproval(minutesItem.id, reason, '2027-03-04');
    expect(undone).toEqual(approval);
    expect(await textOf(minute.id)).toBe(draft);
    expect(await textOf(untouched.id)).toBe('Councillor Jones declared an interest.');
    const kept = await db.minuteRevisions.where('minuteId').equals(minute.id).sortBy('savedAt');
    expect(richTextToPlain(kept.at(-1)!.text)).toBe('Apologies were received from Councillor Smith.');
    expect((await db.meetings.get(presented.id))?.status).toBe('minutesDrafted');
    expect((await db.agendaItems.get(minutesItem.id))?.minutesApproval).toBeUndefined();
    // Unlocked: the minutes change again without a reason.
    await saveMinuteText(
      minute.id,
      richTextFromPlain('Apologies were received from Councillor Smyth-Jones.'),
    );
    // The history says it, once for the meeting.
    const record = await loadMeetingRecord(presented.id);
    const notes = (record?.signedChanges ?? []).map(({ change }) => signedChangeNote('1', change));
    expect(notes.filter((note) => note.includes('undone'))).toEqual([
      `The approval of these minutes on 3 March 2027 was undone on 4 March 2027: ${reason}`,
    ]);
  });

  it('asks for a reason, and refuses minutes not approved', async () => {
    await expect(undoMinutesApproval(minutesItem.id, '  ', '2027-03-04')).rejects.toThrow('Say why');
    expect((await db.meetings.get(presented.id))?.status).toBe('minutesApproved');
    await undoMinutesApproval(minutesItem.id, 'Wrong meeting', '2027-03-04');
    await expect(undoMinutesApproval(minutesItem.id, 'Wrong meeting', '2027-03-04')).rejects.toThrow(
      'not approved',
    );
  });

  it('approves again as before (the session’s Undo), and a second undo still finds the draft text', async () => {
    const taken = await undoMinutesApproval(minutesItem.id, 'Wrong meeting', '2027-03-04');
    await approveMinutes(minutesItem.id, taken);
    expect(await textOf(minute.id)).toBe('Apologies were received from Councillor Smith.');
    expect((await db.meetings.get(presented.id))?.status).toBe('minutesApproved');
    await undoMinutesApproval(minutesItem.id, 'Wrong meeting after all', '2027-03-04');
    expect(await textOf(minute.id)).toBe(draft);
  });
});
