import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { attachDocument, prepareDocument } from '../../../../renderer/db/repositories/documents';
import {
  deleteMeeting,
  undeleteMeeting,
  whatDeletingMeetingTakes,
} from '../../../../renderer/db/repositories/meeting-delete';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { minutesPresentedBy } from '../../../../renderer/domain/minutes-presented';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4 ${text}`);

async function threeMeetings() {
  const committee = await createCommittee({ name: 'Cabinet', type: 'committee' });
  const january = await createMeeting(committee.id, { date: '2026-01-14' });
  const february = await createMeeting(committee.id, { date: '2026-02-11' });
  const march = await createMeeting(committee.id, { date: '2026-03-11' });
  const budget = await addAgendaItem(february.id, { title: 'Budget Monitoring' });
  await addAgendaItem(february.id, { title: 'Budget annex', parentId: budget.id });
  await attachDocument(budget.id, await prepareDocument({ name: 'budget.pdf', bytes: pdf('budget') }));
  return { january, february, march, budget };
}

const minutesItemOf = async (meetingId: string) =>
  (await db.agendaItems.where('meetingId').equals(meetingId).toArray()).find(
    (item) => item.standingKind === 'previousMinutes',
  );

describe('deleting a meeting', () => {
  it('says what goes, takes the meeting with its agenda and papers, and points the next Minutes item back', async () => {
    const { january, february, march } = await threeMeetings();
    const takes = await whatDeletingMeetingTakes(february.id);
    expect(takes).toMatchObject({ papers: 1, minutes: 0 });
    expect(takes.items).toBeGreaterThan(2);
    expect(minutesPresentedBy((await minutesItemOf(march.id))!)).toEqual([february.id]);

    await deleteMeeting(february.id);
    expect(await db.meetings.get(february.id)).toBeUndefined();
    expect(await db.agendaItems.where('meetingId').equals(february.id).count()).toBe(0);
    expect(await db.documents.where('meetingId').equals(february.id).count()).toBe(0);
    expect(await db.documentContents.count()).toBe(0);
    // March now approves January's minutes, the meeting before it.
    const minutes = (await minutesItemOf(march.id))!;
    expect(minutesPresentedBy(minutes)).toEqual([january.id]);
    expect(minutes.previousMeetingId).toBe(january.id);
  });

  it('brings it all back with undo, under a new id, and March presents it again', async () => {
    const { february, march } = await threeMeetings();
    const itemsBefore = (await db.agendaItems.where('meetingId').equals(february.id).sortBy('order')).map(
      (item) => item.title,
    );
    const deleted = await deleteMeeting(february.id);
    const back = await undeleteMeeting(deleted);
    expect(back).not.toBe(february.id);
    expect((await db.meetings.get(back))?.date).toBe('2026-02-11');
    const items = await db.agendaItems.where('meetingId').equals(back).sortBy('order');
    expect(items.filter((item) => !item.parentId).map((item) => item.title)).toEqual(
      itemsBefore.filter((title) => title !== 'Budget annex'),
    );
    const annex = items.find((item) => item.title === 'Budget annex');
    expect(items.find((item) => item.id === annex?.parentId)?.title).toBe('Budget Monitoring');
    const papers = await db.documents.where('meetingId').equals(back).toArray();
    expect(papers.map((paper) => paper.name)).toEqual(['budget.pdf']);
    expect(await db.documentContents.get(papers[0]!.id)).toBeTruthy();
    expect(minutesPresentedBy((await minutesItemOf(march.id))!)).toEqual([back]);
    await expect(undeleteMeeting(deleted)).rejects.toThrow('It is already back');
  });

  it('refuses a meeting with minutes, deleting nothing', async () => {
    const { february, budget } = await threeMeetings();
    await takeItem(february.id, budget.id);
    await expect(deleteMeeting(february.id)).rejects.toThrow(
      'cannot be deleted. Cancel the meeting instead.',
    );
    expect(await db.meetings.get(february.id)).toBeTruthy();
    expect(await db.agendaItems.where('meetingId').equals(february.id).count()).toBeGreaterThan(0);
  });
});
