// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { freshDatabase } from '../../unit/db/reset';
import { showMeeting, agendaLines as lines } from '../support/agenda-screen';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

async function meetingWithPresentation(): Promise<string> {
  const committee = await createCommittee({ name: 'Cabinet', type: 'committee', standingItems: [] });
  const meeting = await createMeeting(committee.id, { date: '2013-03-13', startTime: '18:00', venue: '' });
  await addAgendaItem(meeting.id, { title: 'Minutes of the last meeting' });
  await addAgendaItem(meeting.id, { title: 'Presentation: Wrenmoor Food Bank' });
  await addAgendaItem(meeting.id, { title: 'Budget Monitoring' });
  return meeting.id;
}

describe('an unnumbered section set from the item’s details', () => {
  it('is switched on by keyboard, saved, and leaves the items after it numbered on', async () => {
    const user = userEvent.setup();
    const meetingId = await meetingWithPresentation();
    showMeeting(meetingId);
    await user.click(await screen.findByRole('button', { name: 'Details of item 2' }));
    const details = await screen.findByRole('form', { name: 'Details of item 2' });
    const unnumbered = within(details).getByRole('switch', {
      name: 'Unnumbered section (presentation, announcements, preamble)',
    });
    unnumbered.focus();
    await user.keyboard(' ');
    await waitFor(() => expect((unnumbered as HTMLInputElement).checked).toBe(true));
    await user.click(within(details).getByRole('button', { name: 'Save item 2' }));

    await waitFor(() =>
      expect(lines()).toEqual([
        'Item 1: Minutes of the last meeting',
        'Unnumbered section: Presentation: Wrenmoor Food Bank',
        'Item 2: Budget Monitoring',
      ]),
    );
    const stored = (await db.agendaItems.toArray()).find((item) => item.title.startsWith('Presentation'));
    expect(stored?.unnumbered).toBe(true);
    expect(
      await screen.findByRole('form', { name: 'Details of “Presentation: Wrenmoor Food Bank”' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move “Presentation: Wrenmoor Food Bank” up' })).toBeTruthy();
  });
});
