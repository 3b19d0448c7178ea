import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { loadMeetingRecord } from '../../../../renderer/db/read/meeting-record';
import { addAction } from '../../../../renderer/db/repositories/actions';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import {
  approveMinutes,
  chooseMinutesPresented,
} from '../../../../renderer/db/repositories/minutes-approval';
import { undoMinutesApproval } from '../../../../renderer/db/repositories/approval-undo';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { recordMotion } from '../../../../renderer/db/repositories/motions';
import { createPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { mergePeople } from '../../../../renderer/db/repositories/person-merge';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { printedName } from '../../../../renderer/domain/person-name';
import { docxParts, paragraphTexts } from '../../documents/support/docx-xml';
import { forgetLaptops, useLaptop } from '../../sync/support/laptops';
import { seedMeeting } from '../../sync/support/meeting';

beforeEach(forgetLaptops);

/**
 * The March meeting names J. Smith (mover) and Pritesh Patel (seconder, action owner), and its minutes are
 * signed at the April meeting; the April meeting, still a draft, names J. Smith too.
 */
async function signedMarchAndDraftApril() {
  await useLaptop('office');
  const { meeting, minute } = await seedMeeting();
  const smith = await createPerson({ title: 'Councillor', name: 'J. Smith' });
  const seconder = await createPerson({ title: 'Councillor', name: 'Pritesh Patel' });
  await recordMotion(minute.id, {
    text: 'That the report be noted.',
    moverId: smith.id,
    seconderId: seconder.id,
  });
  await addAction(meeting.id, minute.id, { text: 'Report back', ownerPersonId: seconder.id });
  const next = await createMeeting(meeting.committeeId, { date: '2013-04-10' });
  const item = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
    (candidate) => candidate.standingKind === 'previousMinutes',
  )!;
  const plan = await addAgendaItem(next.id, { title: 'Delivery plan' });
  const nextMinute = await takeItem(next.id, plan.id);
  await recordMotion(nextMinute.id, { text: 'That the plan be agreed.', moverId: smith.id });
  await chooseMinutesPresented(item.id, [meeting.id]);
  await approveMinutes(item.id, { decision: 'approved', approvedOn: '2013-04-10', amendments: [] });
  return { meeting, next, item, smith, seconder };
}

async function printedAt(meetingId: string, personId: string): Promise<string | undefined> {
  const person = (await loadMeetingRecord(meetingId))?.people[personId];
  return person && printedName(person);
}

describe('signed minutes name people as they were signed', () => {
  it('keep the signed name after a rename, while a draft follows the rename', async () => {
    const { meeting, next, smith, seconder } = await signedMarchAndDraftApril();

    await updatePerson(smith.id, { name: 'John Smith' });
    await updatePerson(seconder.id, { title: 'Cllr', name: 'P. Patel', group: 'Labour' });

    expect(await printedAt(meeting.id, smith.id)).toBe('Councillor J. Smith');
    expect((await loadMeetingRecord(meeting.id))?.people[seconder.id]).toMatchObject({
      title: 'Councillor',
      name: 'Pritesh Patel',
      group: '',
    });
    expect(await printedAt(next.id, smith.id)).toBe('Councillor John Smith');
  });

  it('keep the signed name after the person is merged into another record', async () => {
    const { meeting, next, smith } = await signedMarchAndDraftApril();
    const john = await createPerson({ title: 'Councillor', name: 'John Smith' });

    await mergePeople(john.id, smith.id);

    const motion = await db.motions.where('meetingId').equals(meeting.id).first();
    expect(motion?.moverId).toBe(john.id);
    expect(await printedAt(meeting.id, john.id)).toBe('Councillor J. Smith');
    expect(await printedAt(next.id, john.id)).toBe('Councillor John Smith');
  });

  it('print current names again once the approval is undone', async () => {
    const { meeting, item, smith } = await signedMarchAndDraftApril();
    expect((await db.meetings.get(meeting.id))?.namesAsSigned?.[smith.id]).toMatchObject({
      name: 'J. Smith',
    });

    await undoMinutesApproval(item.id, 'The wrong meeting’s minutes were approved', '2013-04-10');
    await updatePerson(smith.id, { name: 'John Smith' });

    expect((await db.meetings.get(meeting.id))?.namesAsSigned).toBeUndefined();
    expect(await printedAt(meeting.id, smith.id)).toBe('Councillor John Smith');
  });

  it('print the signed name in the Word minutes', async () => {
    const { meeting, smith } = await signedMarchAndDraftApril();
    const john = await createPerson({ title: 'Councillor', name: 'John Smith' });
    await mergePeople(john.id, smith.id);
    await updatePerson(john.id, { name: 'Jonathan Smith' });

    const record = await loadMeetingRecord(meeting.id);
    const text = paragraphTexts((await docxParts(buildMinutes(record!)))['word/document.xml']!).join('\n');

    expect(text).toContain('J. Smith');
    expect(text).not.toContain('Jonathan Smith');
  });
});
