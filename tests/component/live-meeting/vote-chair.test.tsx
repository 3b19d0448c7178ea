// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { recordMotion } from '../../../renderer/db/repositories/motions';
import { recordProceeding } from '../../../renderer/db/repositories/proceedings';
import { freshDatabase } from '../../unit/db/reset';
import { everyonePresent, showLiveMeeting } from '../support/live-screen';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

/**
 * Four members present; the Chair, Councillor Idaikkadar, hands the chair to Councillor Hall during item 1; item 2
 * is taken and a motion moved on it. With `change` false, nobody changes the chair.
 */
async function meetingWithChangeOfChair(change = true) {
  const committee = await createCommittee(
    { name: 'Council', type: 'committee', quorum: 2, standingItems: [], firstMinuteNumber: 101 },
    [
      { role: 'chair', person: { title: 'Councillor', name: 'Thaya Idaikkadar' } },
      { role: 'member', person: { title: 'Councillor', name: 'Susan Hall' } },
      { role: 'member', person: { title: 'Councillor', name: 'Steve Porter' } },
      { role: 'member', person: { title: 'Councillor', name: 'Rob Larkman' } },
    ],
  );
  const meeting = await createMeeting(committee.id, { date: '2026-02-24', startTime: '18:00' });
  const first = await addAgendaItem(meeting.id, { title: 'Election of Chair' });
  const second = await addAgendaItem(meeting.id, { title: 'Library Charges' });
  await everyonePresent(meeting.id);
  const hall = (await db.people.toArray()).find((person) => person.name === 'Susan Hall')!;
  const election = await takeItem(meeting.id, first.id);
  if (change) await recordProceeding(election.id, { kind: 'chairChange', personId: hall.id });
  const minute = await takeItem(meeting.id, second.id);
  await recordMotion(minute.id, { text: 'That the charges be approved.' });
  return meeting;
}

async function typeCount(motion: HTMLElement, label: string, value: number) {
  const box = within(motion).getByRole('spinbutton', { name: label });
  fireEvent.change(box, { target: { value: String(value) } });
  fireEvent.blur(box);
  await waitFor(() => expect((box as HTMLInputElement).value).toBe(String(value)));
}

describe('the vote after a change of chair', () => {
  it('names the new chair as presiding, and offers the casting vote to them on a tie only', async () => {
    const meeting = await meetingWithChangeOfChair();
    showLiveMeeting(meeting.id);
    const motion = await screen.findByRole('group', { name: 'Motion 1' });
    await within(motion).findByText('In the Chair: Councillor Susan Hall');
    // No casting vote while the votes are not equal.
    await typeCount(motion, 'For', 2);
    await typeCount(motion, 'Against', 1);
    expect(within(motion).queryByLabelText(/casting vote/i)).toBeNull();

    await typeCount(motion, 'For', 1);
    const casting = await within(motion).findByLabelText<HTMLSelectElement>(
      'Casting vote of Councillor Susan Hall (in the Chair)',
    );
    fireEvent.change(casting, { target: { value: 'for' } });
    fireEvent.click(within(motion).getByRole('button', { name: 'Record the vote' }));
    await within(motion).findByText(
      /For 1, against 1, abstentions 0; the casting vote of Councillor Susan Hall \(in the Chair\) for:/,
    );
    expect(within(motion).getByText('CARRIED')).toBeTruthy();
    const stored = await db.motions.where('meetingId').equals(meeting.id).first();
    expect(stored).toMatchObject({ castingVote: 'for', result: 'carried' });
  });

  it('names the Chair when nobody changed it, and a casting vote left from a tie is not sent once the votes differ', async () => {
    const meeting = await meetingWithChangeOfChair(false);
    showLiveMeeting(meeting.id);
    const motion = await screen.findByRole('group', { name: 'Motion 1' });
    await within(motion).findByText('In the Chair: Councillor Thaya Idaikkadar');
    await typeCount(motion, 'For', 1);
    await typeCount(motion, 'Against', 1);
    fireEvent.change(
      await within(motion).findByLabelText('Casting vote of Councillor Thaya Idaikkadar (in the Chair)'),
      { target: { value: 'against' } },
    );
    await typeCount(motion, 'For', 2);
    await waitFor(() => expect(within(motion).queryByLabelText(/casting vote/i)).toBeNull());
    fireEvent.click(within(motion).getByRole('button', { name: 'Record the vote' }));
    await within(motion).findByText(/For 2, against 1, abstentions 0:/);
    const stored = await db.motions.where('meetingId').equals(meeting.id).first();
    expect(stored).toMatchObject({ result: 'carried' });
    expect(stored).not.toHaveProperty('castingVote');
  });
});
