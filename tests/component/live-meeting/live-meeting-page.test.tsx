// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { writeTransaction } from '../../../renderer/db/repositories/transaction';
import { putRecord } from '../../../renderer/db/gate';
import { LiveMeetingPage } from '../../../renderer/ui/features/live-meeting/live-meeting-page';
import { freshDatabase } from '../../unit/db/reset';

// Taking an item writes several records and opens an editor: give the screen time on a busy machine.
configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

async function boardMeeting() {
  const committee = await createCommittee(
    { name: 'Harrow Partnership Board', type: 'board', quorum: 2, standingItems: [], firstMinuteNumber: 101 },
    [
      { role: 'chair', person: { title: 'Councillor', name: 'Thaya Idaikkadar' } },
      { role: 'member', person: { title: 'Councillor', name: 'Susan Hall' } },
      { role: 'member', person: { title: '', name: 'Steve Porter' } },
    ],
  );
  const meeting = await createMeeting(committee.id, { date: '2012-12-06', startTime: '18:00' });
  await addAgendaItem(meeting.id, { title: 'Welcome' });
  await addAgendaItem(meeting.id, { title: 'Harrow Leisure Centre contract', wards: ['Wealdstone'] });
  const hall = (await db.people.where('name').equals('Susan Hall').first())!;
  await writeTransaction([db.interests], () =>
    putRecord(db, 'interests', {
      id: 'i1',
      personId: hall.id,
      category: 'employment',
      description: 'Director, Harrow Leisure Centres Ltd',
    }),
  );
  return meeting;
}

function show(meetingId: string) {
  return render(
    <MemoryRouter initialEntries={[`/meetings/${meetingId}/live`]}>
      <Routes>
        <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Taking an item writes several records and opens an editor: slower than a click under happy-dom. */
const slow = { timeout: 15_000 };

const key = (init: KeyboardEventInit) =>
  act(async () => void fireEvent.keyDown(document.activeElement ?? window, init));

describe('the meeting screen', () => {
  it('shows the agenda, the clock, the quorum and the shortcuts beside the work, never in a dialog', async () => {
    const meeting = await boardMeeting();
    show(meeting.id);
    const agenda = await screen.findByRole('navigation', { name: 'Agenda' });
    expect(within(agenda).getByText('Harrow Leisure Centre contract')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Time now' }).textContent).toMatch(/^\d{1,2}\.\d{2} (am|pm)$/);
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Quorum' }).textContent).toBe(
        'Inquorate: 0 present, 2 needed',
      ),
    );
    const help = screen.getByRole('complementary', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Take this item now (gives it its minute number)')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await key({ key: 'F1', code: 'F1' });
    expect(screen.queryByRole('complementary', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('takes an item with Alt+T, giving it the next minute number and an editor for its text', async () => {
    const meeting = await boardMeeting();
    show(meeting.id);
    await screen.findByRole('navigation', { name: 'Agenda' });
    await key({ key: 't', code: 'KeyT', altKey: true });
    expect(await screen.findByText('Item 1 · Minute 101.', {}, slow)).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: 'Minute 101: Welcome' }, slow)).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Agenda' })).getByText('Minute 101')).toBeTruthy();
  });

  it('marks attendance with one key, stamps a departure, and warns when the meeting becomes inquorate', async () => {
    const meeting = await boardMeeting();
    show(meeting.id);
    await screen.findByRole('navigation', { name: 'Agenda' });
    await key({ key: 's', code: 'KeyS', altKey: true });
    await key({ key: 'a', code: 'KeyA', altKey: true });
    const panel = await screen.findByRole('complementary', { name: 'Attendance' });
    const rows = await within(panel).findAllByRole('listitem', { name: /Present|Absent|Apologies/ });
    fireEvent.keyDown(rows[0]!, { key: 'p' });
    fireEvent.keyDown(rows[1]!, { key: 'p' });
    fireEvent.keyDown(rows[2]!, { key: 'a' });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Quorum' }).textContent).toBe('Quorate: 2 present, 2 needed'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(within(panel).getByRole('listitem', { name: /^Councillor Susan Hall/ }), { key: 'd' });
    await waitFor(() =>
      expect(
        within(panel).getByRole('listitem', { name: /^Councillor Susan Hall: Present, left/ }),
      ).toBeTruthy(),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The meeting is inquorate: 1 of the 2 members needed are present',
    );
  });

  it('suggests a declaration from the register when the item matches, and keeps a DPI out of the vote', async () => {
    const meeting = await boardMeeting();
    const lines = async () => db.attendance.where('meetingId').equals(meeting.id).toArray();
    show(meeting.id);
    await screen.findByRole('navigation', { name: 'Agenda' });
    await waitFor(async () => expect(await lines()).toHaveLength(3));
    await key({ key: 'a', code: 'KeyA', altKey: true });
    const panel = await screen.findByRole('complementary', { name: 'Attendance' });
    for (const row of await within(panel).findAllByRole('listitem', { name: /Absent/ }))
      fireEvent.keyDown(row, { key: 'p' });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Quorum' }).textContent).toBe('Quorate: 3 present, 2 needed'),
    );
    await key({ key: 'ArrowDown', code: 'ArrowDown', altKey: true });
    await key({ key: 't', code: 'KeyT', altKey: true });
    const suggestions = await screen.findByRole(
      'group',
      { name: 'Suggested from the register of interests' },
      slow,
    );
    expect(suggestions.textContent).toContain(
      'Councillor Susan Hall: Director, Harrow Leisure Centres Ltd (matches leisure, centre)',
    );
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Record this declaration' }));
    const motions = await screen.findByRole('region', { name: 'Motions and votes' });
    await waitFor(
      () =>
        expect(motions.textContent).toContain(
          '2 members can vote now. Not counted: Councillor Susan Hall (left the room for this item after declaring a disclosable pecuniary interest).',
        ),
      slow,
    );
    // Out of the room for this item, so out of its quorum count too.
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Quorum' }).textContent).toBe('Quorate: 2 present, 2 needed'),
    );
  });
});
