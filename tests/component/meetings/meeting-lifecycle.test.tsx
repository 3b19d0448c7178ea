// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { MeetingPage } from '../../../renderer/ui/features/meetings/meeting-page';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from '../people/picked-files';

beforeEach(freshDatabase);
afterEach(cleanup);

async function showPlannedMeeting(): Promise<string> {
  const committee = await createCommittee({ name: 'Licensing Committee', type: 'committee' });
  const meeting = await createMeeting(committee.id, {
    date: '2027-03-10',
    startTime: '18:30',
    venue: 'Room 2',
  });
  showScreen('meetings/:meetingId', `/meetings/${meeting.id}`, <MeetingPage />);
  await screen.findByRole('heading', { level: 1, name: 'Licensing Committee: Wednesday 10 March 2027' });
  return meeting.id;
}

const lifecycle = () => within(screen.getByRole('region', { name: 'Meeting lifecycle' }));
const statusOf = async (meetingId: string) => (await db.meetings.get(meetingId))?.status;

describe('the meeting lifecycle buttons', () => {
  it('steps a meeting from planned to minutes approved, with cancel offered only before it is held', async () => {
    const user = userEvent.setup();
    const meetingId = await showPlannedMeeting();
    expect(screen.getByText('Planned')).toBeTruthy();
    for (const [button, status] of [
      ['Publish the agenda', 'agendaPublished'],
      ['Mark as held', 'held'],
      ['Minutes drafted', 'minutesDrafted'],
      ['Minutes approved', 'minutesApproved'],
    ] as const) {
      await user.click(await lifecycle().findByRole('button', { name: button }));
      await waitFor(async () => expect(await statusOf(meetingId)).toBe(status));
      if (status === 'agendaPublished') {
        expect(lifecycle().getByRole('button', { name: 'Cancel the meeting' })).toBeTruthy();
      }
    }
    expect(await screen.findByText('Minutes approved', { selector: 'span' })).toBeTruthy();
    expect(lifecycle().queryByRole('button', { name: 'Cancel the meeting' })).toBeNull();
    expect(lifecycle().queryByRole('button', { name: 'Reschedule' })).toBeNull();
  });

  it('cancels and reinstates a meeting', async () => {
    const user = userEvent.setup();
    const meetingId = await showPlannedMeeting();
    await user.click(lifecycle().getByRole('button', { name: 'Cancel the meeting' }));
    await lifecycle().findByRole('button', { name: 'Reinstate the meeting' });
    expect(await statusOf(meetingId)).toBe('cancelled');
    expect(lifecycle().queryByRole('button', { name: 'Add to calendar (.ics)' })).toBeNull();
    await user.click(lifecycle().getByRole('button', { name: 'Reinstate the meeting' }));
    await lifecycle().findByRole('button', { name: 'Cancel the meeting' });
    expect(await statusOf(meetingId)).toBe('planned');
  });

  it('refuses to reschedule to the same day, time and venue, then moves the meeting', async () => {
    const user = userEvent.setup();
    const meetingId = await showPlannedMeeting();
    await user.click(lifecycle().getByRole('button', { name: 'Reschedule' }));
    const form = within(await screen.findByRole('form', { name: 'Reschedule the meeting' }));
    await user.click(form.getByRole('button', { name: 'Move the meeting' }));
    expect((await form.findByRole('alert')).textContent).toContain(
      'Choose a different day, time or venue to reschedule the meeting.',
    );
    expect((await db.meetings.get(meetingId))?.date).toBe('2027-03-10');

    await user.clear(form.getByLabelText(/New start time/));
    await user.type(form.getByLabelText(/New start time/), '19:00');
    await user.click(form.getByRole('button', { name: 'Move the meeting' }));
    await waitFor(async () => expect((await db.meetings.get(meetingId))?.startTime).toBe('19:00'));
    expect(await screen.findByText('7.00 pm')).toBeTruthy();
  });
});
