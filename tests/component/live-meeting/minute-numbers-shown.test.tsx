// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem, saveAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { LiveMeetingPage } from '../../../renderer/ui/features/live-meeting/live-meeting-page';
import { MinutesTab } from '../../../renderer/ui/features/meetings/minutes-tab';
import { freshDatabase } from '../../unit/db/reset';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

/** A licensing committee printing its minutes 0654/13, with a presentation that takes no number. */
async function licensingMeeting() {
  const committee = await createCommittee({
    name: 'Harbourside Licensing Committee',
    type: 'committee',
    standingItems: [],
    firstMinuteNumber: 654,
    minuteNumberFormat: { prefix: '', suffix: '', width: 4, yearForm: 'slashYY', agendaNumberBeside: true },
  });
  const meeting = await createMeeting(committee.id, { date: '2013-03-13', startTime: '18:00' });
  const presentation = await addAgendaItem(meeting.id, { title: 'Presentation: Harbour Watch' });
  await saveAgendaItem(presentation.id, { unnumbered: true });
  const fees = await addAgendaItem(meeting.id, { title: 'Taxi Licensing Fees' });
  return { meeting, presentation, fees };
}

const key = (init: KeyboardEventInit) =>
  act(async () => void fireEvent.keyDown(document.activeElement ?? window, init));

describe('minute numbers on the screens are the numbers the minutes print', () => {
  it('shows the live screen’s minutes in the house form, and none for an unnumbered section', async () => {
    const { meeting } = await licensingMeeting();
    render(
      <MemoryRouter initialEntries={[`/meetings/${meeting.id}/live`]}>
        <Routes>
          <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
        </Routes>
      </MemoryRouter>,
    );
    await screen.findByRole('navigation', { name: 'Agenda' });
    // Asked afresh each time: the rail is drawn again as the minutes arrive.
    const rail = () => within(screen.getByRole('navigation', { name: 'Agenda' }));
    await key({ key: 't', code: 'KeyT', altKey: true });
    expect(await screen.findByText('Unnumbered section · minuted without a number')).toBeTruthy();
    expect(
      await screen.findByRole('textbox', { name: 'Unnumbered minute: Presentation: Harbour Watch' }),
    ).toBeTruthy();
    expect(await rail().findByText('Minuted (unnumbered)')).toBeTruthy();

    fireEvent.click(rail().getByRole('button', { name: /Taxi Licensing Fees/ }));
    await key({ key: 't', code: 'KeyT', altKey: true });
    expect(await screen.findByText('Item 1 · Minute 0654/13.')).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: 'Minute 0654/13: Taxi Licensing Fees' })).toBeTruthy();
    expect(await rail().findByText('Minute 0654/13')).toBeTruthy();
    expect(rail().getByRole('button', { name: /Taxi Licensing Fees/ }).textContent).toMatch(/^1\./);
  });

  it('shows the Minutes tab’s minutes in the house form, with the agenda number beside a number that differs', async () => {
    const { meeting, presentation, fees } = await licensingMeeting();
    await takeItem(meeting.id, presentation.id);
    await takeItem(meeting.id, fees.id);
    render(<MinutesTab meetingId={meeting.id} />);
    const feesSection = await screen.findByRole('region', { name: 'Item 1: Taxi Licensing Fees' });
    expect(await within(feesSection).findByText('Minute 0654/13. (Agenda item 1)')).toBeTruthy();
    const presentationSection = screen.getByRole('region', {
      name: 'Unnumbered section: Presentation: Harbour Watch',
    });
    expect(
      await within(presentationSection).findByText('Unnumbered section: its minute has no number.'),
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Minute 654\b/);
  });
});
