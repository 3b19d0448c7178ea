// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { openRollCall, updateAttendance } from '../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { recordMotion } from '../../../renderer/db/repositories/motions';
import { LiveMeetingPage } from '../../../renderer/ui/features/live-meeting/live-meeting-page';
import { freshDatabase } from '../../unit/db/reset';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

const barred = 'barred from voting on this item by section 106 of the Local Government Finance Act 1992';

/** A budget meeting under way: three members present, the budget item taken, a motion moved. */
async function budgetMeeting() {
  const committee = await createCommittee(
    { name: 'Council', type: 'committee', quorum: 2, standingItems: [], firstMinuteNumber: 101 },
    [
      { role: 'chair', person: { title: 'Councillor', name: 'Thaya Idaikkadar' } },
      { role: 'member', person: { title: 'Councillor', name: 'Susan Hall' } },
      { role: 'member', person: { title: 'Councillor', name: 'Steve Porter' } },
    ],
  );
  const meeting = await createMeeting(committee.id, { date: '2026-02-24', startTime: '18:00' });
  const item = await addAgendaItem(meeting.id, { title: 'Budget and Council Tax 2026/27' });
  await openRollCall(meeting.id);
  for (const line of await db.attendance.where('meetingId').equals(meeting.id).toArray())
    await updateAttendance(line.id, { status: 'present' });
  const minute = await takeItem(meeting.id, item.id);
  await recordMotion(minute.id, { text: 'That the budget be approved.' });
  return meeting;
}

function show(meetingId: string) {
  render(
    <MemoryRouter initialEntries={[`/meetings/${meetingId}/live`]}>
      <Routes>
        <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

async function recordBarOnSusanHall() {
  const bars = await screen.findByRole('group', { name: 'Barred from voting (not an interest)' });
  const form = within(bars).getByRole('form', { name: 'Record a member barred from voting' });
  const member = within(form).getByLabelText<HTMLSelectElement>('Member');
  const hall = [...member.options].find((option) => option.text === 'Councillor Susan Hall')!;
  fireEvent.change(member, { target: { value: hall.value } });
  fireEvent.click(within(form).getByRole('button', { name: 'Record the bar' }));
  await within(bars).findByText(/Councillor Susan Hall: may not vote, being barred by section 106/);
}

describe('the vote form and who may vote', () => {
  it('offers a named vote only to members who may vote, says why the others are not offered, and refuses a vote given before the bar', async () => {
    const meeting = await budgetMeeting();
    show(meeting.id);
    const motions = await screen.findByRole('region', { name: 'Motions and votes' });
    await within(motions).findByText('3 members can vote now.');
    fireEvent.click(within(motions).getByRole('radio', { name: 'Recorded vote (by name)' }));
    const named = await within(motions).findByRole('group', { name: 'How each member voted' });
    const hallVote = within(named).getByLabelText<HTMLSelectElement>('Councillor Susan Hall');
    fireEvent.change(hallVote, { target: { value: 'for' } });

    await recordBarOnSusanHall();
    await within(motions).findByText(
      `2 members can vote now. Not counted: Councillor Susan Hall (${barred}).`,
    );
    // Her vote was entered before the bar was recorded: she stays in the list, marked, so the clerk sees why.
    const marked = await within(named).findByLabelText(`Councillor Susan Hall (cannot vote: ${barred})`);
    fireEvent.click(within(motions).getByRole('button', { name: 'Record the vote' }));
    expect((await within(motions).findByRole('alert')).textContent).toContain(
      `Councillor Susan Hall cannot be counted: ${barred}.`,
    );
    expect(await db.motions.where('meetingId').equals(meeting.id).first()).not.toHaveProperty('vote');

    fireEvent.change(marked, { target: { value: '' } });
    await waitFor(() => expect(within(named).queryByLabelText(/Councillor Susan Hall/)).toBeNull());
    expect(within(motions).getByText(`Not offered: Councillor Susan Hall (${barred}).`)).toBeTruthy();
    // The Chair and Councillor Porter only.
    expect(within(named).getAllByRole('combobox')).toHaveLength(2);

    await act(
      async () =>
        void fireEvent.keyDown(document.activeElement ?? window, { key: 'a', code: 'KeyA', altKey: true }),
    );
    const panel = await screen.findByRole('complementary', { name: 'Attendance' });
    expect(
      await within(panel).findByRole('listitem', {
        name: 'Councillor Susan Hall: Present, barred by law from voting on item 1',
      }),
    ).toBeTruthy();
  });
});
