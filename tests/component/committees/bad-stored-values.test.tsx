// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { toIsoDate } from '../../../renderer/domain/en-gb';
import type { Committee, Meeting } from '../../../renderer/domain/model';
import { CalendarPage } from '../../../renderer/ui/features/calendar/calendar-page';
import { CommitteePage } from '../../../renderer/ui/features/committees/committee-page';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from '../people/picked-files';
import { withScreenSizedBoxes } from '../support/screen-box';

beforeEach(freshDatabase);
afterEach(cleanup);

withScreenSizedBoxes();

// Values an old import could leave, written straight into the database past the repositories' checks.
const writeBad = (table: 'meetings' | 'committees', id: string, bad: Record<string, unknown>) =>
  db.table<Meeting | Committee>(table).update(id, bad);

describe('the committee page and calendar given values they cannot read', () => {
  it('lists every meeting, marking a start time of 25:99, an impossible date and an unknown status', async () => {
    const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    const badTime = await createMeeting(committee.id, { date: '2025-04-09', venue: 'Room 1' });
    const badDate = await createMeeting(committee.id, { date: '2025-05-14', venue: 'Room 2' });
    await createMeeting(committee.id, { date: '2025-06-11', startTime: '18:00', venue: 'Room 3' });
    await writeBad('meetings', badTime.id, { startTime: '25:99', status: 'weird' });
    await writeBad('meetings', badDate.id, { date: '2026-02-31' });
    await writeBad('committees', committee.id, { defaultStartTime: '', type: 'club' });
    showScreen('committees/:committeeId', `/committees/${committee.id}`, <CommitteePage />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Planning Committee' })).toBeTruthy();
    expect(screen.getByText('Usual start time missing')).toBeTruthy();
    expect(screen.getByText('Kind of committee not valid: “club”')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Meetings' });
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(4);
    const text = rows.map((row) => row.textContent);
    expect(text.join('\n')).toContain('Wednesday 9 April 2025Start time not valid: “25:99”Room 1');
    expect(text.join('\n')).toContain('Status not valid: “weird”');
    expect(text.join('\n')).toContain('Date not valid: “2026-02-31”');
    expect(text.join('\n')).toContain('Wednesday 11 June 2025');
    expect(
      within(table)
        .getByRole('link', { name: /Date not valid/ })
        .getAttribute('href'),
    ).toBe(`/meetings/${badDate.id}`);
    expect(await screen.findByRole('button', { name: 'Create meeting' })).toBeTruthy();
  });

  it("shows this month's meetings on the calendar with a start time it cannot read marked", async () => {
    const committee = await createCommittee({ name: 'Audit Committee', type: 'committee' });
    const today = toIsoDate(new Date());
    const meeting = await createMeeting(committee.id, { date: today });
    await createMeeting(committee.id, { date: today, startTime: '10:00' });
    await writeBad('meetings', meeting.id, { startTime: 'abc' });
    showScreen('calendar', '/calendar', <CalendarPage />);
    const grid = await screen.findByRole('table', { name: /Meetings in/ });
    expect(
      await within(grid).findByRole('link', { name: /Start time not valid: “abc” Audit Committee/ }),
    ).toBeTruthy();
    expect(within(grid).getByRole('link', { name: '10.00 am Audit Committee' })).toBeTruthy();
  });
});
