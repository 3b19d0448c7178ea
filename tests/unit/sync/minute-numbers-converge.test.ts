import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting, updateMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { listOpenConflicts } from '../../../renderer/sync/conflicts';
import { forgetLaptops, useLaptop } from './support/laptops';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };
const pause = () => new Promise((resolve) => setTimeout(resolve, 3));

/** The meeting's minutes as the clerk reads them: item title, number, order taken. */
async function minutesOf(meetingId: string): Promise<string[]> {
  const minutes = await db.minutes.where('meetingId').equals(meetingId).sortBy('takenOrder');
  const items = new Map((await db.agendaItems.toArray()).map((item) => [item.id, item.title]));
  return minutes.map(
    (minute) => `${minute.number}. ${items.get(minute.agendaItemId)} (${minute.takenOrder})`,
  );
}

/** A board numbering from 101 with a meeting of three items, shared with the chamber laptop. */
async function sharedMeeting() {
  await useLaptop('office');
  const committee = await createCommittee({
    name: 'Harrow Partnership Board',
    type: 'board',
    minuteNumbering: 'continuous',
    firstMinuteNumber: 101,
    standingItems: [],
  });
  const meeting = await createMeeting(committee.id, { date: '2013-03-13' });
  const apologies = await addAgendaItem(meeting.id, { title: 'Apologies' });
  const budget = await addAgendaItem(meeting.id, { title: 'Budget' });
  const libraries = await addAgendaItem(meeting.id, { title: 'Libraries' });
  await takeItem(meeting.id, apologies.id);
  const start = await exportFile(everything);
  await useLaptop('chamber');
  await importFile(joinParts(start));
  return { meeting, budget, libraries };
}

describe('minute numbers after two laptops took items of the same meeting apart', () => {
  it('end distinct and the same on both laptops, in the order the items were taken', async () => {
    const { meeting, budget, libraries } = await sharedMeeting();
    await useLaptop('office');
    await takeItem(meeting.id, budget.id);
    await pause();
    await useLaptop('chamber');
    await takeItem(meeting.id, libraries.id);
    expect(await minutesOf(meeting.id)).toEqual(['101. Apologies (1)', '102. Libraries (2)']);
    const fromChamber = await exportFile(everything);

    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    const onOffice = await minutesOf(meeting.id);
    expect(onOffice).toEqual(['101. Apologies (1)', '102. Budget (2)', '103. Libraries (3)']);
    const fromOffice = await exportFile(everything);

    await useLaptop('chamber');
    await importFile(joinParts(fromOffice));
    expect(await minutesOf(meeting.id)).toEqual(onOffice);
    expect(await listOpenConflicts()).toEqual([]);
  });

  it('come out the same when both laptops import each other’s file at once', async () => {
    const { meeting, budget, libraries } = await sharedMeeting();
    await useLaptop('office');
    await takeItem(meeting.id, budget.id);
    const fromOffice = await exportFile(everything);
    await pause();
    await useLaptop('chamber');
    await takeItem(meeting.id, libraries.id);
    const fromChamber = await exportFile(everything);
    await importFile(joinParts(fromOffice));
    const onChamber = await minutesOf(meeting.id);
    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    expect(await minutesOf(meeting.id)).toEqual(onChamber);
    expect(onChamber).toEqual(['101. Apologies (1)', '102. Budget (2)', '103. Libraries (3)']);

    // A further exchange each way changes nothing more.
    const again = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(again));
    expect(await minutesOf(meeting.id)).toEqual(onChamber);
  });

  it('leaves approved minutes without duplicates exactly as they are', async () => {
    const { meeting, budget } = await sharedMeeting();
    await useLaptop('office');
    await takeItem(meeting.id, budget.id);
    await updateMeeting(meeting.id, { status: 'minutesApproved' });
    const before = await db.minutes.where('meetingId').equals(meeting.id).sortBy('takenOrder');
    const approved = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(approved));
    expect(await db.minutes.where('meetingId').equals(meeting.id).sortBy('takenOrder')).toEqual(before);
    const back = await exportFile(everything);
    await useLaptop('office');
    await importFile(joinParts(back));
    expect(await db.minutes.where('meetingId').equals(meeting.id).sortBy('takenOrder')).toEqual(before);
  });
});
