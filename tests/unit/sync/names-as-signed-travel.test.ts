import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { loadMeetingRecord } from '../../../renderer/db/read/meeting-record';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { approveMinutes, chooseMinutesPresented } from '../../../renderer/db/repositories/minutes-approval';
import { recordMotion } from '../../../renderer/db/repositories/motions';
import { createPerson, updatePerson } from '../../../renderer/db/repositories/people';
import { printedName } from '../../../renderer/domain/person-name';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { forgetLaptops, useLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

describe('the names signed minutes were signed with', () => {
  it('reach the other laptop, which prints them after a rename there', async () => {
    await useLaptop('office');
    const { meeting, minute } = await seedMeeting();
    const smith = await createPerson({ title: 'Councillor', name: 'J. Smith' });
    await recordMotion(minute.id, { text: 'That the report be noted.', moverId: smith.id });
    const next = await createMeeting(meeting.committeeId, { date: '2013-04-10' });
    const item = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
      (candidate) => candidate.standingKind === 'previousMinutes',
    )!;
    await chooseMinutesPresented(item.id, [meeting.id]);
    await approveMinutes(item.id, { decision: 'approved', approvedOn: '2013-04-10', amendments: [] });
    const signed = await exportFile(everything);

    await useLaptop('chamber');
    await importFile(joinParts(signed));
    expect((await db.meetings.get(meeting.id))?.namesAsSigned?.[smith.id]).toEqual({
      title: 'Councillor',
      name: 'J. Smith',
      group: '',
      position: '',
    });
    await updatePerson(smith.id, { name: 'John Smith' });

    const person = (await loadMeetingRecord(meeting.id))?.people[smith.id];
    expect(person && printedName(person)).toBe('Councillor J. Smith');
  });
});
