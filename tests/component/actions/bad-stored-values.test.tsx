// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { addAction } from '../../../renderer/db/repositories/actions';
import type { Action } from '../../../renderer/domain/model';
import { MeetingActionListPage } from '../../../renderer/ui/features/actions/meeting-action-list-page';
import { ActionTrackerPage } from '../../../renderer/ui/features/actions/action-tracker-page';
import { withScreenSizedBoxes } from '../support/screen-box';

withScreenSizedBoxes();

let nextMeetingId = '';
beforeEach(async () => {
  await freshDatabase();
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const first = await createMeeting(committee.id, { date: '2020-01-10' });
  nextMeetingId = (await createMeeting(committee.id, { date: '2020-02-10' })).id;
  const action = await addAction(first.id, 'minute-1', {
    text: 'Arrange a site visit',
    ownerText: 'Head of Planning',
    due: '2020-01-31',
  });
  // Values an old import could leave, written straight into the database past the repository's checks.
  await db.actions.update(action.id, { due: '2020-02-30', status: 'weird' } as unknown as Partial<Action>);
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

describe('actions given values Chamber cannot read', () => {
  it('lists the action on the tracker with its due date and status marked', async () => {
    at('/actions');
    expect(await screen.findByText('Arrange a site visit')).toBeTruthy();
    expect(screen.getByText('Head of Planning')).toBeTruthy();
    expect(screen.getByText('Due date not valid: “2020-02-30”')).toBeTruthy();
    expect(screen.getByText('Status not valid: “weird”')).toBeTruthy();
  });

  it("lists it on the next meeting's action list with its due date marked", async () => {
    // The list reviews outstanding actions only: this one is open, with only its due date unreadable.
    await db.actions.toCollection().modify({ status: 'open' });
    at(`/actions/meeting/${nextMeetingId}`);
    expect(await screen.findByText('Arrange a site visit')).toBeTruthy();
    expect(screen.getByText('Due date not valid: “2020-02-30”')).toBeTruthy();
  });
});
