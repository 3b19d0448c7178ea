// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { addAction } from '../../../renderer/db/repositories/actions';
import { MeetingActionListPage } from '../../../renderer/ui/features/actions/meeting-action-list-page';
import { ActionTrackerPage } from '../../../renderer/ui/features/actions/action-tracker-page';

let nextMeetingId = '';
beforeEach(async () => {
  await freshDatabase();
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const first = await createMeeting(committee.id, { date: '2020-01-10' });
  nextMeetingId = (await createMeeting(committee.id, { date: '2020-02-10' })).id;
  await addAction(first.id, 'minute-1', {
    text: 'Arrange a site visit',
    ownerText: 'Head of Planning',
    due: '2020-01-31',
  });
});
afterEach(cleanup);

function at(path: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="actions" element={<ActionTrackerPage />} />
          <Route path="actions/meeting/:meetingId" element={<MeetingActionListPage />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

describe('the action list at the next meeting', () => {
  it('lists the open action as overdue and records its outcome dated to the meeting', async () => {
    at(`/actions/meeting/${nextMeetingId}`);
    const form = await screen.findByRole('form', { name: 'Outcome at this meeting: Arrange a site visit' });
    expect(screen.getByText('Overdue')).toBeDefined();
    await userEvent.type(within(form).getByLabelText('Outcome'), 'Visit held on 5 February.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record outcome' }));
    await within(form).findByText('Outcome recorded.');
    const action = (await db.actions.toArray())[0];
    expect(action).toMatchObject({ status: 'done', outcome: 'Visit held on 5 February.' });
    expect(action?.updates).toEqual([{ on: '2020-02-10', text: 'Visit held on 5 February.' }]);
  });

  it('counts every action and the overdue ones in the tracker, and filters by status', async () => {
    at('/actions');
    // The rows themselves need a real layout (the list is virtualised): the end-to-end test sees them.
    await screen.findByText('1 action, 1 overdue.');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'done');
    await screen.findByText('0 actions, 0 overdue.');
  });
});
