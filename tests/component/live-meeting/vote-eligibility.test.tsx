// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { recordMotion } from '../../../renderer/db/repositories/motions';
import { freshDatabase } from '../../unit/db/reset';
import { everyonePresent, showLiveMeeting } from '../support/live-screen';

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
  await everyonePresent(meeting.id);
  const minute = await takeItem(meeting.id, item.id);
  await recordMotion(minute.id, { text: 'That the budget be approved.' });
  return meeting;
}

/** The clerk types part of a name in a person picker and presses Enter: the one name left is picked. */
async function typeAndPick(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, part: string) {
  await user.click(box);
  await user.type(box, part);
  await waitFor(() => expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(1));
  await user.keyboard('{Enter}');
}

const focusedName = () =>
  document.activeElement?.getAttribute('aria-label') ??
  (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent;

async function recordBarOnSusanHall(user: ReturnType<typeof userEvent.setup>) {
  const bars = await screen.findByRole('group', { name: 'Barred from voting (not an interest)' });
  const form = within(bars).getByRole('form', { name: 'Record a member barred from voting' });
  await typeAndPick(user, within(form).getByRole('combobox', { name: 'Member' }), 'hall');
  // Picked: the focus moves on to the item, where the clerk goes next.
  await waitFor(() => expect(focusedName()).toBe('On item'));
  fireEvent.click(within(form).getByRole('button', { name: 'Record the bar' }));
  await within(bars).findByText(/Councillor Susan Hall: may not vote, being barred by section 106/);
}

describe('the vote form and who may vote', () => {
  it('names a recorded vote by typing names, offers only members who may vote, refuses anyone else with the reason, and refuses a vote given before the bar', async () => {
    const user = userEvent.setup();
    const meeting = await budgetMeeting();
    showLiveMeeting(meeting.id);
    const motions = await screen.findByRole('region', { name: 'Motions and votes' });
    await within(motions).findByText('3 members can vote now.');
    fireEvent.click(within(motions).getByRole('radio', { name: 'Recorded vote (by name)' }));
    const named = await within(motions).findByRole('group', { name: 'How each member voted' });
    await typeAndPick(user, within(named).getByRole('combobox', { name: 'For: add a name' }), 'hall');
    await within(named).findByRole('list', { name: 'For (1)' });
    // The box is empty again and keeps the focus, for the next name for.
    await waitFor(() => expect(focusedName()).toBe('For: add a name'));
    expect((document.activeElement as HTMLInputElement).value).toBe('');

    await recordBarOnSusanHall(user);
    await within(motions).findByText(
      `2 members can vote now. Not counted: Councillor Susan Hall (${barred}).`,
    );
    // Her vote was entered before the bar was recorded: she stays in the list, marked, so the clerk sees why.
    await within(named).findByText(new RegExp(`Councillor Susan Hall \\(cannot vote: ${barred}\\)`));
    fireEvent.click(within(motions).getByRole('button', { name: 'Record the vote' }));
    expect((await within(motions).findByRole('alert')).textContent).toContain(
      `Councillor Susan Hall cannot be counted: ${barred}.`,
    );
    expect(await db.motions.where('meetingId').equals(meeting.id).first()).not.toHaveProperty('vote');

    fireEvent.click(
      within(named).getByRole('button', { name: 'Take Councillor Susan Hall off the list for' }),
    );
    await within(named).findByRole('list', { name: 'For (0)' });
    expect(within(motions).getByText(`Not offered: Councillor Susan Hall (${barred}).`)).toBeTruthy();
    // Typed into a list, she is refused there and then, saying why; nobody is offered to pick.
    const against = within(named).getByRole('combobox', { name: 'Against: add a name' });
    await user.click(against);
    await user.type(against, 'hall');
    expect((await within(named).findByRole('alert')).textContent).toBe(
      `Councillor Susan Hall cannot be added: ${barred}.`,
    );
    // Only the refusal: she is on record, so the list never says nobody matches.
    expect(
      within(named).getByRole('combobox', { name: 'Against: add a name' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(screen.queryByText(/Nobody on record matches/)).toBeNull();
    await user.keyboard('{Enter}');
    expect(within(named).getByRole('list', { name: 'Against (0)' }).children).toHaveLength(0);
    // The Chair and Councillor Porter only are offered.
    await user.clear(against);
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Councillor Thaya Idaikkadar', 'Councillor Steve Porter']),
    );
    // Down moves to the first name, Enter picks it.
    await user.keyboard('{ArrowDown}{Enter}');
    await within(named).findByRole('list', { name: 'Against (1)' });
    expect(within(named).getByRole('list', { name: 'Against (1)' }).textContent).toContain(
      'Councillor Thaya Idaikkadar',
    );
    await typeAndPick(user, within(named).getByRole('combobox', { name: 'For: add a name' }), 'porter');
    await within(named).findByRole('list', { name: 'For (1)' });
    fireEvent.click(within(motions).getByRole('button', { name: 'Record the vote' }));
    await within(motions).findByText(/For 1, against 1, abstentions 0/);

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
  }, 90_000);
});
