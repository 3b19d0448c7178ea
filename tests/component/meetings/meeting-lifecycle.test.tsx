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
  // Far ahead, so the meeting's day never comes while this test is kept (on its day the bar says "Go into the
  // meeting", domain/meeting-stage.ts).
  const meeting = await createMeeting(committee.id, {
    date: '2097-03-13',
    startTime: '18:30',
    venue: 'Room 2',
  });
  showScreen('meetings/:meetingId', `/meetings/${meeting.id}`, <MeetingPage />);
  await screen.findByRole('heading', { level: 1, name: 'Licensing Committee: Wednesday 13 March 2097' });
  return meeting.id;
}

const commands = () => within(screen.getByRole('toolbar', { name: 'Meeting commands' }));
/** The primary command: the bar's first button. */
const mainCommandShown = () => commands().getAllByRole('button')[0]?.textContent;
const statusOf = async (meetingId: string) => (await db.meetings.get(meetingId))?.status;
/** The "More" menu, once open: looked for in its own popup, not the whole page (slow in happy-dom). */
async function openMore(user: ReturnType<typeof userEvent.setup>) {
  await user.click(commands().getByRole('button', { name: 'More commands' }));
  const menu = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('[role="menu"]');
    if (!found) throw new Error('The More menu is not open.');
    return found;
  });
  return within(menu);
}
async function chooseMore(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click((await openMore(user)).getByRole('menuitem', { name }));
}
// Menus and many steps: at a load of 12 on 2 cores one test took 24 s, so twice the usual cap.
const steps = 120_000;

describe('the meeting command bar', () => {
  it(
    'puts the stage’s command first, from building the agenda to saving approved minutes',
    async () => {
      const user = userEvent.setup();
      const meetingId = await showPlannedMeeting();
      expect(screen.getByText('Planned')).toBeTruthy();
      expect(mainCommandShown()).toBe('Build the agenda');
      // Not offered first on a meeting only planned, but there.
      expect(commands().getByRole('button', { name: 'Save minutes (.docx)' })).toBeTruthy();
      for (const [button, status, first] of [
        ['Publish the agenda', 'agendaPublished', 'Make the agenda pack'],
        ['Mark as held', 'held', 'Write the minutes'],
        ['Mark minutes as drafted', 'minutesDrafted', 'Approve the minutes'],
        ['Approve the minutes', 'minutesApproved', 'Save minutes (.docx)'],
      ] as const) {
        await user.click(await commands().findByRole('button', { name: button }));
        await waitFor(async () => expect(await statusOf(meetingId)).toBe(status));
        await waitFor(() => expect(mainCommandShown()).toBe(first));
      }
      expect(await screen.findByText('Minutes approved')).toBeTruthy();
      // "Minutes drafted" is never a button: the status reads as a status.
      expect(commands().queryByRole('button', { name: 'Minutes drafted' })).toBeNull();
      const more = await openMore(user);
      expect(more.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
        'Export this meeting',
        'Add to calendar (.ics)',
      ]);
    },
    steps,
  );

  it(
    'opens the agenda’s add form from "Build the agenda", with the focus in its title',
    async () => {
      const user = userEvent.setup();
      await showPlannedMeeting();
      await user.click(screen.getByRole('tab', { name: 'Papers' }));
      await user.click(commands().getByRole('button', { name: 'Build the agenda' }));
      const form = await screen.findByRole('form', { name: 'Add agenda item' });
      await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/Item title/)));
    },
    steps,
  );

  it(
    'cancels and reinstates a meeting',
    async () => {
      const user = userEvent.setup();
      const meetingId = await showPlannedMeeting();
      await chooseMore(user, 'Cancel the meeting');
      await waitFor(() => expect(mainCommandShown()).toBe('Reinstate the meeting'));
      expect(await statusOf(meetingId)).toBe('cancelled');
      const more = await openMore(user);
      expect(more.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
        'Export this meeting',
        'Reschedule',
        'Delete the meeting',
      ]);
      await user.keyboard('{Escape}');
      await user.click(commands().getByRole('button', { name: 'Reinstate the meeting' }));
      await waitFor(() => expect(mainCommandShown()).toBe('Build the agenda'));
      expect(await statusOf(meetingId)).toBe('planned');
    },
    steps,
  );

  it(
    'refuses to reschedule to the same day, time and venue, then moves the meeting',
    async () => {
      const user = userEvent.setup();
      const meetingId = await showPlannedMeeting();
      await chooseMore(user, 'Reschedule');
      const form = within(await screen.findByRole('form', { name: 'Reschedule the meeting' }));
      await user.click(form.getByRole('button', { name: 'Move the meeting' }));
      expect((await form.findByRole('alert')).textContent).toContain(
        'Choose a different day, time or venue to reschedule the meeting.',
      );
      expect((await db.meetings.get(meetingId))?.date).toBe('2097-03-13');

      await user.clear(form.getByLabelText(/New start time/));
      await user.type(form.getByLabelText(/New start time/), '19:00');
      await user.click(form.getByRole('button', { name: 'Move the meeting' }));
      await waitFor(async () => expect((await db.meetings.get(meetingId))?.startTime).toBe('19:00'));
      expect(await screen.findByText('7.00 pm')).toBeTruthy();
    },
    steps,
  );
});
