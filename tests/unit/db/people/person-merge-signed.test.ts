import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAction } from '../../../../renderer/db/repositories/actions';
import { addAttendee } from '../../../../renderer/db/repositories/attendance';
import { recordDeclaration } from '../../../../renderer/db/repositories/declarations';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import {
  approveMinutes,
  chooseMinutesPresented,
} from '../../../../renderer/db/repositories/minutes-approval';
import { recordMotion, recordVote } from '../../../../renderer/db/repositories/motions';
import { createPerson } from '../../../../renderer/db/repositories/people';
import { mergePeople } from '../../../../renderer/db/repositories/person-merge';
import { stampsKey } from '../../../../renderer/db/record-stamps';
import { exportFile } from '../../../../renderer/sync/export';
import { joinParts } from '../../../../renderer/sync/format/file-parts';
import { importFile, previewImport } from '../../../../renderer/sync/import';
import { forgetLaptops, useLaptop } from '../../sync/support/laptops';
import { seedMeeting } from '../../sync/support/meeting';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

/**
 * J. Smith, typed in at the March meeting, whose minutes the April meeting approved and signed; John Smith,
 * the same councillor imported later, is on the attendance sheet of the April meeting, still a draft.
 */
async function signedMinutesNamingACopy() {
  const { meeting, item, minute } = await seedMeeting();
  const copy = await createPerson({ title: 'Councillor', name: 'J. Smith' });
  const john = await createPerson({ title: 'Councillor', name: 'John Smith' });
  await addAttendee(meeting.id, { personId: copy.id, name: 'J. Smith', kind: 'member' });
  await recordDeclaration(meeting.id, {
    agendaItemId: item.id,
    personId: copy.id,
    kind: 'dpi',
    nature: 'Owns land nearby',
    conduct: 'dispensation',
  });
  const motion = await recordMotion(minute.id, { text: 'That the report be noted.', moverId: copy.id });
  await recordVote(motion.id, { kind: 'recorded', choices: [{ personId: copy.id, choice: 'for' }] });
  await addAction(meeting.id, minute.id, { text: 'Report back', ownerPersonId: copy.id });
  const next = await createMeeting(meeting.committeeId, { date: '2013-04-10' });
  const presenting = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
    (candidate) => candidate.standingKind === 'previousMinutes',
  )!;
  await chooseMinutesPresented(presenting.id, [meeting.id]);
  await approveMinutes(presenting.id, { decision: 'approved', approvedOn: '2013-04-10', amendments: [] });
  await addAttendee(next.id, { personId: copy.id, name: 'J. Smith', kind: 'member' });
  return { meeting, next, copy, john };
}

/** Every record of a meeting's minutes, as stored, without the stamps a write adds. */
async function minutesOf(meetingId: string): Promise<string> {
  const tables = ['minutes', 'resolutions', 'motions', 'attendance', 'declarations', 'actions'] as const;
  const records: unknown[] = [];
  for (const table of tables)
    records.push(
      ...(await db.table<{ id: string }>(table).where('meetingId').equals(meetingId).sortBy('id')),
    );
  return JSON.stringify(records, (key, value: unknown) => (key === stampsKey ? undefined : value));
}

describe('merging two people named in signed minutes', () => {
  it('moves the signed minutes’ references to the person kept and leaves their text as signed; a draft reads as the person kept', async () => {
    await useLaptop('office');
    const { meeting, next, copy, john } = await signedMinutesNamingACopy();
    const asSigned = await minutesOf(meeting.id);

    await mergePeople(john.id, copy.id);

    const signedNow = await minutesOf(meeting.id);
    expect(signedNow).not.toContain(copy.id);
    // Only the references moved: put the removed id back and the signed minutes are as they were signed.
    expect(signedNow.replaceAll(john.id, copy.id)).toBe(asSigned);
    const signedLine = await db.attendance.where('meetingId').equals(meeting.id).first();
    expect(signedLine).toMatchObject({ personId: john.id, name: 'J. Smith' });
    // The April minutes are not yet signed: the line reads as the person kept.
    const draftLine = await db.attendance.where('meetingId').equals(next.id).first();
    expect(draftLine).toMatchObject({ personId: john.id, name: 'Councillor John Smith' });
  });

  it('on a laptop that learns of the merge by file, the signed minutes keep the name they were signed with', async () => {
    await useLaptop('office');
    const { meeting, copy, john } = await signedMinutesNamingACopy();
    const before = joinParts(await exportFile(everything));
    await useLaptop('chamber');
    await importFile(before);
    await useLaptop('office');
    await mergePeople(john.id, copy.id);
    const merged = joinParts(await exportFile(everything));

    await useLaptop('chamber');
    const preview = await previewImport(merged);
    // Moving a reference is not a change to what was signed, so nothing is held back as a conflict.
    expect(preview.signedKept).toEqual([]);
    await importFile(merged);
    expect(await db.people.get(copy.id)).toBeUndefined();
    const line = await db.attendance.where('meetingId').equals(meeting.id).first();
    expect(line).toMatchObject({ personId: john.id, name: 'J. Smith' });
  });
});
