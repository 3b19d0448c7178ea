import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem, takeItemInMeeting } from '../../../../renderer/db/repositories/minutes';
import type { MinuteNumberingScheme } from '../../../../renderer/domain/model';
import { numberAgenda } from '../../../../renderer/domain/agenda-numbering';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

/** A committee with no standing items, and a meeting with the given item titles in agenda order. */
async function meetingWith(
  scheme: MinuteNumberingScheme,
  date: string,
  titles: string[],
  firstMinuteNumber = 1,
) {
  const committee =
    (await db.committees.where('name').equals('Board').first()) ??
    (await createCommittee({
      name: 'Board',
      type: 'board',
      minuteNumbering: scheme,
      standingItems: [],
      firstMinuteNumber,
    }));
  const meeting = await createMeeting(committee.id, { date });
  for (const title of titles) await addAgendaItem(meeting.id, { title });
  const agenda = numberAgenda(await db.agendaItems.where('meetingId').equals(meeting.id).toArray());
  return { meeting, ids: agenda.map((entry) => entry.item.id) };
}

describe('minute numbers when items are taken', () => {
  it('runs continuously across meetings from the committee’s first number (seed 004: 101.-109.)', async () => {
    const titles = [
      'Welcome',
      'Substitutes',
      'Declarations',
      'Minutes',
      'Charter',
      'Budget',
      'Community Budgets',
      'Chief Executives',
      'Next Meeting',
    ];
    const { meeting, ids } = await meetingWith('continuous', '2012-12-06', titles, 101);
    const numbers = [];
    for (const id of ids) numbers.push((await takeItem(meeting.id, id)).number);
    expect(numbers).toEqual(['101', '102', '103', '104', '105', '106', '107', '108', '109']);
    const next = await meetingWith('continuous', '2013-03-13', ['Welcome']);
    expect((await takeItem(next.meeting.id, next.ids[0]!)).number).toBe('110');
  });

  it('runs through the municipal year as N/YY and restarts in May (seed 001: 9/18)', async () => {
    const first = await meetingWith(
      'perMunicipalYear',
      '2018-01-10',
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      1,
    );
    for (const id of first.ids) await takeItem(first.meeting.id, id);
    const march = await meetingWith('perMunicipalYear', '2018-03-06', ['Minutes', 'Interests']);
    expect((await takeItem(march.meeting.id, march.ids[0]!)).number).toBe('9/18');
    expect((await takeItem(march.meeting.id, march.ids[1]!)).number).toBe('10/18');
    const june = await meetingWith('perMunicipalYear', '2018-06-12', ['Minutes']);
    expect((await takeItem(june.meeting.id, june.ids[0]!)).number).toBe('1/19');
  });

  it('reuses the agenda item numbers when the scheme says so, whatever the order taken (seed 003)', async () => {
    const { meeting, ids } = await meetingWith('perAgendaItem', '2012-06-11', ['a', 'b', 'c']);
    expect((await takeItem(meeting.id, ids[2]!)).number).toBe('3');
    expect((await takeItem(meeting.id, ids[0]!)).number).toBe('1');
  });

  it('follows the order taken, not the agenda order, and records that the order was varied', async () => {
    const { meeting, ids } = await meetingWith(
      'continuous',
      '2012-12-06',
      ['Welcome', 'Minutes', 'Council Budget'],
      101,
    );
    await takeItemInMeeting(meeting.id, ids[0]!, '18:02');
    const budget = await takeItemInMeeting(meeting.id, ids[2]!, '18:05');
    const minutes = await takeItemInMeeting(meeting.id, ids[1]!, '18:30');
    expect([budget.number, minutes.number]).toEqual(['102', '103']);
    expect(budget.startedAt).toBe('18:05');
    const events = await db.meetingEvents.where('meetingId').equals(meeting.id).toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'orderVaried', at: '18:05', agendaItemId: ids[2] });
    expect(events[0]?.note).toBe(
      'The Chair varied the order of business: item 3 (Council Budget) was taken before item 2 (Minutes).',
    );
  });

  it('gives an item taken twice its first number', async () => {
    const { meeting, ids } = await meetingWith('continuous', '2012-12-06', ['Welcome'], 101);
    const first = await takeItemInMeeting(meeting.id, ids[0]!, '18:02');
    const again = await takeItemInMeeting(meeting.id, ids[0]!, '18:03');
    expect(again.id).toBe(first.id);
    expect(await db.minutes.count()).toBe(1);
  });
});
