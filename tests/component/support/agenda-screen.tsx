import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { expect } from 'vitest';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { MeetingPage } from '../../../renderer/ui/features/meetings/meeting-page';

/** A Cabinet meeting on 13 March 2013 whose agenda has the standing items and two reports (items 6 and 7). */
export async function meetingWithItems(): Promise<string> {
  const committee = await createCommittee({ name: 'Cabinet', type: 'committee', firstMinuteNumber: 1 }, [
    { role: 'chair', person: { title: 'Councillor', name: 'Ada Brown' } },
  ]);
  const meeting = await createMeeting(committee.id, { date: '2013-03-13', startTime: '18:00', venue: '' });
  await addAgendaItem(meeting.id, { title: 'Budget Monitoring', description: 'Report of the Treasurer.' });
  await addAgendaItem(meeting.id, { title: 'Housing Strategy', description: '' });
  return meeting.id;
}

/** The meeting page, as the clerk opens it from the meetings list. */
export function showMeeting(meetingId: string): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[`/meetings/${meetingId}`]}>
        <Routes>
          <Route path="meetings/:meetingId" element={<MeetingPage />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

/** The agenda's lines as a screen reader names them: "Item 6: Budget Monitoring". */
export const agendaLines = () =>
  within(screen.getByRole('list', { name: 'Agenda' }))
    .getAllByRole('listitem')
    .map((line) => line.getAttribute('aria-label'));

/** A closing dialog hides the page from assistive technology until it has gone: wait for that, as a user would. */
export const dialogGone = async () => {
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  await screen.findByRole('list', { name: 'Agenda' });
};

/**
 * The confirmation whose title reads `title`, found by that title as the clerk reads it. Not by its role and name:
 * in happy-dom, Fluent's focus manager can leave a new dialog marked aria-hidden while the last test's dialog
 * lets go of the page (in Chromium it never does: e2e agenda-seed-004), so its role cannot be relied on here.
 */
export async function confirmationTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2' });
  const dialog = heading.closest<HTMLElement>('[role="alertdialog"]');
  if (!dialog) throw new Error(`“${title}” is not the title of a confirmation.`);
  return dialog;
}
