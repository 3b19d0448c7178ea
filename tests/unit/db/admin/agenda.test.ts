import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import {
  addAgendaItem,
  addCheckedAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  saveAgendaItem,
} from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { numberAgenda } from '../../../../renderer/domain/agenda-numbering';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

async function meetingWithAgenda(): Promise<string> {
  const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
  const meeting = await createMeeting(committee.id, { date: '2013-03-13' });
  await addAgendaItem(meeting.id, { title: 'Budget Monitoring' });
  return meeting.id;
}

async function titles(meetingId: string): Promise<string[]> {
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  return numberAgenda(items).map(({ item, number }) => `${number} ${item.title}`);
}

describe('the agenda builder', () => {
  it('moves an item and renumbers the agenda', async () => {
    const meetingId = await meetingWithAgenda();
    const item = await db.agendaItems
      .where({ meetingId })
      .filter((i) => i.title === 'Budget Monitoring')
      .first();
    await moveAgendaItem(item!.id, 0);
    expect((await titles(meetingId)).slice(0, 2)).toEqual(['1 Budget Monitoring', '2 Apologies for Absence']);
  });

  it('refuses to move a Part B item before the exclusion of the press and public, changing nothing', async () => {
    const meetingId = await meetingWithAgenda();
    const exempt = await addCheckedAgendaItem(meetingId, {
      title: 'Acquisition of Land',
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'Commercial negotiations are continuing.',
    });
    const before = await titles(meetingId);
    const at = (title: string) => before.findIndex((line) => line.endsWith(title));
    expect(at('Acquisition of Land')).toBe(at('Exclusion of the Press and Public') + 1);
    await expect(moveAgendaItem(exempt.id, 1)).rejects.toThrow(
      /must stay after "Exclusion of the Press and Public"/,
    );
    expect(await titles(meetingId)).toEqual(before);
  });

  it('needs the Schedule 12A paragraph and the public-interest reason for Part B', async () => {
    const meetingId = await meetingWithAgenda();
    await expect(addCheckedAgendaItem(meetingId, { title: 'Staffing', part: 'B' })).rejects.toThrow(
      /paragraph of Schedule 12A/,
    );
    expect(
      await db.agendaItems
        .where({ meetingId })
        .filter((i) => i.title === 'Staffing')
        .count(),
    ).toBe(0);
  });

  it('adds the exclusion item when an item becomes Part B on an agenda without one, and moves it after it', async () => {
    const committee = await createCommittee({ name: 'Panel', type: 'panel', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2013-03-13' });
    const first = await addAgendaItem(meeting.id, { title: 'Tender Award' });
    await addAgendaItem(meeting.id, { title: 'Annual Report' });
    await saveAgendaItem(first.id, {
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'Bids are confidential.',
    });
    expect(await titles(meeting.id)).toEqual([
      '1 Annual Report',
      '2 Exclusion of the Press and Public',
      '3 Tender Award',
    ]);
    await saveAgendaItem(first.id, { part: 'A' });
    expect(await titles(meeting.id)).toEqual([
      '1 Annual Report',
      '2 Tender Award',
      '3 Exclusion of the Press and Public',
    ]);
  });

  it('numbers sub-items under their parent and keeps them with it', async () => {
    const meetingId = await meetingWithAgenda();
    const parent = await db.agendaItems
      .where({ meetingId })
      .filter((i) => i.title === 'Budget Monitoring')
      .first();
    await addCheckedAgendaItem(meetingId, { title: 'Revenue', parentId: parent!.id });
    const capital = await addCheckedAgendaItem(meetingId, { title: 'Capital', parentId: parent!.id });
    await moveAgendaItem(capital.id, 0);
    const list = await titles(meetingId);
    expect(list.filter((line) => /^\d+\.\d/.test(line))).toEqual(['6.1 Capital', '6.2 Revenue']);
  });

  it('needs special circumstances for an urgent item', async () => {
    const meetingId = await meetingWithAgenda();
    await expect(addCheckedAgendaItem(meetingId, { title: 'Flood Response', urgent: true })).rejects.toThrow(
      /special circumstances/,
    );
  });
});

describe('removing items', () => {
  it('closes up the numbering so an item added later never ties with another', async () => {
    const meetingId = await meetingWithAgenda();
    for (const title of ['Apologies for Absence', 'Action List from the Previous Meeting']) {
      const item = await db.agendaItems
        .where({ meetingId })
        .filter((i) => i.title === title)
        .first();
      await removeAgendaItem(item!.id);
    }
    await addAgendaItem(meetingId, { title: 'Appointment of Vice-Chairman' });
    expect((await titles(meetingId)).slice(0, 5)).toEqual([
      '1 Attendance by Substitute Members',
      '2 Declarations of Interest',
      '3 Minutes',
      '4 Budget Monitoring',
      '5 Appointment of Vice-Chairman',
    ]);
  });
});
