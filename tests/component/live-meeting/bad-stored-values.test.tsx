// @vitest-environment happy-dom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { putRecord, updateRecord } from '../../../renderer/db/gate';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { writeTransaction } from '../../../renderer/db/repositories/transaction';
import { LiveMeetingPage } from '../../../renderer/ui/features/live-meeting/live-meeting-page';
import { freshDatabase } from '../../unit/db/reset';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

describe('the meeting screen given values Chamber cannot read', () => {
  it('shows the meeting with the bad date and event time marked, never a blank screen', async () => {
    const committee = await createCommittee(
      { name: 'Licensing Committee', type: 'committee', standingItems: [], firstMinuteNumber: 1 },
      [{ role: 'chair', person: { title: 'Councillor', name: 'Ada Brown' } }],
    );
    const meeting = await createMeeting(committee.id, { date: '2013-03-13', startTime: '18:00' });
    await addAgendaItem(meeting.id, { title: 'Taxi licensing fees' });
    // What an old file or a hand-edited backup could have left in the database.
    await writeTransaction([db.meetings, db.meetingEvents], async () => {
      await updateRecord(db, 'meetings', meeting.id, { date: '2013-02-31' });
      await putRecord(db, 'meetingEvents', {
        id: 'e1',
        meetingId: meeting.id,
        kind: 'started',
        at: '25:99',
        note: '',
      });
    });
    render(
      <MemoryRouter initialEntries={[`/meetings/${meeting.id}/live`]}>
        <Routes>
          <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
        </Routes>
      </MemoryRouter>,
    );
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('Licensing Committee');
    expect(heading.textContent).toContain('2013-02-31');
    expect(within(screen.getByRole('list', { name: 'Events' })).getByText(/25:99/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Taxi licensing fees/ })).toBeTruthy();
  });
});
