// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { LiveMeetingPage } from '../../../renderer/ui/features/live-meeting/live-meeting-page';
import { freshDatabase } from '../../unit/db/reset';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

async function boardMeeting() {
  const committee = await createCommittee({
    name: 'Harrow Partnership Board',
    type: 'board',
    standingItems: [],
    firstMinuteNumber: 101,
  });
  const meeting = await createMeeting(committee.id, { date: '2012-12-06', startTime: '18:00' });
  await addAgendaItem(meeting.id, { title: 'Work Programme' });
  await addAgendaItem(meeting.id, { title: 'Leisure Centre contract' });
  render(
    <MemoryRouter initialEntries={[`/meetings/${meeting.id}/live`]}>
      <Routes>
        <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByRole('navigation', { name: 'Agenda' });
  return meeting;
}

const key = (init: KeyboardEventInit) =>
  act(async () => void fireEvent.keyDown(document.activeElement ?? window, init));

async function resolutionOf(title: string) {
  const item = (await db.agendaItems.toArray()).find((candidate) => candidate.title === title);
  const minute = await db.minutes
    .where('agendaItemId')
    .equals(item?.id ?? '')
    .first();
  return db.resolutions
    .where('minuteId')
    .equals(minute?.id ?? '')
    .first();
}

describe('a phrase that is a resolution', () => {
  it('makes the resolution of the item in front, and of no other, leaving the minute text as typed', async () => {
    await boardMeeting();
    await key({ key: 't', code: 'KeyT', altKey: true });
    await screen.findByRole('textbox', { name: 'Minute 101: Work Programme' });
    await key({ key: '1', code: 'Digit1', altKey: true });
    const box = () => screen.getByRole('textbox', { name: 'Resolution for Work Programme' });
    await waitFor(() => expect((box() as HTMLTextAreaElement).value).toBe('That the report be noted.'));
    expect(screen.getByLabelText('Resolution as it will print').textContent).toBe(
      'RESOLVED: That the report be noted.',
    );
    await waitFor(async () =>
      expect((await resolutionOf('Work Programme'))?.text).toBe('That the report be noted.'),
    );
    expect((await resolutionOf('Work Programme'))?.verb).toBe('resolved');

    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Agenda' })).getByRole('button', {
        name: /Leisure Centre contract/,
      }),
    );
    await key({ key: 't', code: 'KeyT', altKey: true });
    await screen.findByRole('textbox', { name: 'Minute 102: Leisure Centre contract' });
    await key({ key: '4', code: 'Digit4', altKey: true });
    await waitFor(async () => expect((await resolutionOf('Leisure Centre contract'))?.verb).toBe('agreed'));
    expect((await resolutionOf('Work Programme'))?.verb).toBe('resolved');
    for (const minute of await db.minutes.toArray()) expect(richTextToPlain(minute.text)).toBe('');
  });

  it('pressed at once after taking the item, waits for its minute and makes that resolution', async () => {
    await boardMeeting();
    // No wait between the keys: the clerk presses Alt+N then Alt+1 before the new minute is drawn.
    await key({ key: 'n', code: 'KeyN', altKey: true });
    await key({ key: '1', code: 'Digit1', altKey: true });
    await screen.findByRole('textbox', { name: 'Minute 101: Work Programme' });
    await waitFor(async () => expect((await resolutionOf('Work Programme'))?.verb).toBe('resolved'));
    expect(screen.getByLabelText('Resolution as it will print').textContent).toBe(
      'RESOLVED: That the report be noted.',
    );
    expect(screen.queryByText(/Take the item first/)).toBeNull();
    expect(await resolutionOf('Leisure Centre contract')).toBeUndefined();
  });

  it('is chosen as a kind on the phrases screen and saved with its verb', async () => {
    const user = userEvent.setup();
    await boardMeeting();
    await key({ key: 'k', code: 'KeyK', altKey: true });
    const form = await screen.findByRole('form', { name: 'New phrase' });
    await user.click(within(form).getByLabelText('Label'));
    await user.keyboard('Deferred');
    await user.click(within(form).getByRole('radio', { name: 'Resolution text' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Resolution wording' }), 'AGREED');
    await user.click(within(form).getByRole('textbox', { name: 'Resolution' }));
    await user.keyboard('That the item be deferred.');
    await user.click(within(form).getByRole('button', { name: 'Add phrase' }));
    await waitFor(async () =>
      expect((await db.phrases.toArray()).find((phrase) => phrase.label === 'Deferred')).toMatchObject({
        kind: 'resolution',
        verb: 'agreed',
        text: 'That the item be deferred.',
      }),
    );
  });
});
