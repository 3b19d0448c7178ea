// @vitest-environment happy-dom
import { cleanup, configure, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee, updateCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { recordMotion, recordVote } from '../../../renderer/db/repositories/motions';
import { recordProceeding } from '../../../renderer/db/repositories/proceedings';
import type { RecordedVoteLayout } from '../../../renderer/domain/house-style';
import { freshDatabase } from '../../unit/db/reset';
import { everyonePresent, showLiveMeeting } from '../support/live-screen';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

/**
 * Four members present, the chair handed to Councillor Hall under item 1, and on item 2 a recorded vote tied
 * two all, carried on her casting vote; the committee's house style lays recorded votes out as `layout`.
 */
async function tiedRecordedVote(layout: RecordedVoteLayout) {
  const committee = await createCommittee(
    { name: 'Council', type: 'committee', quorum: 2, standingItems: [], firstMinuteNumber: 101 },
    [
      { role: 'chair', person: { title: 'Councillor', name: 'Thaya Idaikkadar' } },
      { role: 'member', person: { title: 'Councillor', name: 'Susan Hall' } },
      { role: 'member', person: { title: 'Councillor', name: 'Steve Porter' } },
      { role: 'member', person: { title: 'Councillor', name: 'Rob Larkman' } },
    ],
  );
  await updateCommittee(committee.id, { houseStyle: { recordedVotes: layout } });
  const meeting = await createMeeting(committee.id, { date: '2026-02-24', startTime: '18:00' });
  const first = await addAgendaItem(meeting.id, { title: 'Election of Chair' });
  const second = await addAgendaItem(meeting.id, { title: 'Library Charges' });
  await everyonePresent(meeting.id);
  const people = new Map((await db.people.toArray()).map((person) => [person.name.split(' ')[1], person.id]));
  const id = (surname: string) => people.get(surname) ?? '';
  await recordProceeding((await takeItem(meeting.id, first.id)).id, {
    kind: 'chairChange',
    personId: id('Hall'),
  });
  const minute = await takeItem(meeting.id, second.id);
  const motion = await recordMotion(minute.id, { text: 'That the charges be approved.' });
  await recordVote(
    motion.id,
    {
      kind: 'recorded',
      choices: [
        { personId: id('Porter'), choice: 'for' },
        { personId: id('Idaikkadar'), choice: 'against' },
        { personId: id('Hall'), choice: 'for' },
        { personId: id('Larkman'), choice: 'against' },
      ],
    },
    'for',
  );
  return meeting;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('a recorded vote on the live screen', () => {
  it('shows a Name | Vote table in the order the names were called when the house tabulates recorded votes, and names the new chair’s casting vote', async () => {
    const meeting = await tiedRecordedVote('table');
    showLiveMeeting(meeting.id);
    const order = await screen.findByRole('list', { name: 'As it will print' });
    const table = await within(order).findByRole('table', { name: 'Recorded vote' });
    expect(rowsOf(table)).toEqual([
      ['Name', 'Vote'],
      ['Councillor Steve Porter', 'For'],
      ['Councillor Thaya Idaikkadar', 'Against'],
      ['Councillor Susan Hall', 'For'],
      ['Councillor Rob Larkman', 'Against'],
    ]);
    await within(order).findByText(
      'There being an equality of votes, the Chair, Councillor Susan Hall, used their casting vote for the motion.',
    );
    expect(order.textContent).not.toContain('Councillor Steve Porter: For');
  });

  it('shows the names as lines, and no table, where the house lists them', async () => {
    const meeting = await tiedRecordedVote('lists');
    showLiveMeeting(meeting.id);
    const order = await screen.findByRole('list', { name: 'As it will print' });
    await within(order).findByText('For (2): Councillor Steve Porter and Councillor Susan Hall');
    expect(within(order).queryByRole('table')).toBeNull();
  });
});
