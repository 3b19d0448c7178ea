// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import type { Meeting } from '../../../renderer/domain/model';
import { MeetingPage } from '../../../renderer/ui/features/meetings/meeting-page';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from '../people/picked-files';

beforeEach(freshDatabase);
afterEach(cleanup);

/**
 * A meeting stored with values Chamber cannot read, as an old import could leave them: written straight into
 * the database, past the repository's checks, since the point is what the screen does with what is stored.
 */
async function storeBadMeeting(bad: Partial<Record<keyof Meeting, unknown>>): Promise<string> {
  const committee = await createCommittee({ name: 'Licensing Committee', type: 'committee' });
  const meeting = await createMeeting(committee.id, {
    date: '2027-03-10',
    startTime: '18:30',
    venue: 'Room 2',
  });
  await db.meetings.update(meeting.id, bad as Partial<Meeting>);
  showScreen('meetings/:meetingId', `/meetings/${meeting.id}`, <MeetingPage />);
  return meeting.id;
}

const facts = () => screen.getByRole('heading', { level: 1 }).closest('main') ?? document.body;

describe('a meeting page given values it cannot read', () => {
  it('marks a start time of 25:99, shows the rest on every tab, and lets the clerk correct it', async () => {
    const user = userEvent.setup();
    const meetingId = await storeBadMeeting({ startTime: '25:99' });
    await screen.findByRole('heading', { level: 1, name: 'Licensing Committee: Wednesday 10 March 2027' });
    expect(screen.getByText('Start time not valid: “25:99” — correct it below')).toBeTruthy();
    expect(within(facts()).getByText('Room 2')).toBeTruthy();
    expect(within(facts()).getByText('Planned')).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Deadlines' })).toBeTruthy();
    for (const tab of ['Attendance', 'Minutes', 'Papers', 'Agenda']) {
      await user.click(screen.getByRole('tab', { name: tab }));
      expect(await screen.findByRole('tabpanel', { name: tab.toLowerCase() })).toBeTruthy();
      expect(screen.getByText('Start time not valid: “25:99” — correct it below')).toBeTruthy();
    }
    expect(screen.queryByText(/could not be shown/)).toBeNull();

    const form = within(screen.getByRole('form', { name: 'Correct the meeting' }));
    await user.clear(form.getByLabelText(/Start time/));
    await user.type(form.getByLabelText(/Start time/), '18:30');
    await user.click(form.getByRole('button', { name: 'Save the correction' }));
    expect(await screen.findByText('6.30 pm')).toBeTruthy();
    expect(screen.queryByText(/Start time not valid/)).toBeNull();
    expect(screen.queryByRole('form', { name: 'Correct the meeting' })).toBeNull();
    expect((await db.meetings.get(meetingId))?.startTime).toBe('18:30');
  });

  it.each([
    ['', 'Date missing — correct it below'],
    ['not a date', 'Date not valid: “not a date” — correct it below'],
    ['2026-02-31', 'Date not valid: “2026-02-31” — correct it below'],
  ])('marks a date of "%s" in the title and the facts, and takes a real day', async (date, mark) => {
    const user = userEvent.setup();
    const meetingId = await storeBadMeeting({ date });
    expect(await screen.findByText(mark)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Licensing Committee: Date');
    expect(screen.getByText('6.30 pm')).toBeTruthy();
    // The agenda is there to work on while the day waits to be corrected.
    expect(await screen.findByRole('list', { name: 'Agenda' })).toBeTruthy();
    expect(screen.getByText(/The deadlines cannot be worked out/)).toBeTruthy();

    const form = within(screen.getByRole('form', { name: 'Correct the meeting' }));
    const day = form.getByLabelText(/Day of the meeting/);
    await user.clear(day);
    await user.type(day, '2027-03-10');
    await user.click(form.getByRole('button', { name: 'Save the correction' }));
    await screen.findByRole('heading', { level: 1, name: 'Licensing Committee: Wednesday 10 March 2027' });
    expect(screen.queryByText(/Date not valid|Date missing/)).toBeNull();
    expect((await db.meetings.get(meetingId))?.date).toBe('2027-03-10');
  });

  it('marks a status it does not know and an impossible time, and the clerk chooses the status', async () => {
    const user = userEvent.setup();
    const meetingId = await storeBadMeeting({ status: 'weird', startTime: 'abc' });
    expect(await screen.findByText('Status not valid: “weird” — correct it below')).toBeTruthy();
    expect(screen.getByText('Start time not valid: “abc” — correct it below')).toBeTruthy();
    expect(screen.getByText('Room 2')).toBeTruthy();

    const form = within(screen.getByRole('form', { name: 'Correct the meeting' }));
    await user.clear(form.getByLabelText(/Start time/));
    await user.type(form.getByLabelText(/Start time/), '19:00');
    await user.selectOptions(form.getByLabelText(/Status/), 'Held');
    await user.click(form.getByRole('button', { name: 'Save the correction' }));
    expect(await screen.findByText('7.00 pm')).toBeTruthy();
    expect(screen.getByText('Held')).toBeTruthy();
    expect(screen.queryByText(/not valid/)).toBeNull();
    expect(await db.meetings.get(meetingId)).toMatchObject({ status: 'held', startTime: '19:00' });
  });

  it('marks a date first planned and a date published that it cannot read', async () => {
    await storeBadMeeting({ rescheduledFrom: '2027-13-01', agendaPublishedOn: 'soon' });
    expect(await screen.findByText('Date first planned not valid: “2027-13-01”')).toBeTruthy();
    expect(await screen.findByText('Date published not valid: “soon”')).toBeTruthy();
    expect(screen.getByText('6.30 pm')).toBeTruthy();
  });
});
