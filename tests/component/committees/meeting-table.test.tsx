// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, formatISO } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCommitteeMeetings } from '../../../renderer/db/read/committee-meetings';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import type { Meeting } from '../../../renderer/domain/model';
import { MeetingTable } from '../../../renderer/ui/features/committees/meeting-table';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from '../people/picked-files';
import { withScreenSizedBoxes } from '../support/screen-box';

beforeEach(freshDatabase);
afterEach(cleanup);

withScreenSizedBoxes();

/** Twelve years of monthly meetings, in date order as the committee page reads them. */
function archive(count: number): Meeting[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `meeting-${n}`,
    committeeId: 'planning',
    date: formatISO(addDays(new Date(2014, 0, 8), n * 30), { representation: 'date' }),
    startTime: '18:00',
    venue: 'Council Chamber',
    type: 'ordinary',
    status: 'minutesApproved',
  }));
}

describe("a committee's meeting table", () => {
  it('puts only the rows in view in the page, yet tells screen readers how many meetings there are', () => {
    showScreen('/', '/', <MeetingTable meetings={archive(144)} />);
    const table = screen.getByRole('table', { name: 'Meetings' });
    expect(table.getAttribute('aria-rowcount')).toBe('145');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(40);
    expect(rows[1]?.textContent).toContain('Wednesday 8 January 2014');
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/meetings/meeting-0');
  });

  it('moves from meeting to meeting with the arrow keys', async () => {
    const user = userEvent.setup();
    showScreen('/', '/', <MeetingTable meetings={archive(144)} />);
    act(() => screen.getByRole('link', { name: 'Wednesday 8 January 2014' }).focus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Friday 7 February 2014'));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Wednesday 8 January 2014'));
  });
});

describe("reading a committee's meetings", () => {
  it("gives that committee's meetings only, in date order", async () => {
    const planning = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    const licensing = await createCommittee({ name: 'Licensing Committee', type: 'committee' });
    await createMeeting(planning.id, { date: '2025-06-11' });
    await createMeeting(licensing.id, { date: '2025-05-01' });
    await createMeeting(planning.id, { date: '2025-04-09' });
    const meetings = await listCommitteeMeetings(planning.id);
    expect(meetings.map((meeting) => meeting.date)).toEqual(['2025-04-09', '2025-06-11']);
  });

  it('widens and narrows a column from the keyboard on its heading, the cells with it, and still sorts on Enter', async () => {
    const user = userEvent.setup();
    showScreen('/', '/', <MeetingTable meetings={archive(30)} />);
    const table = screen.getByRole('table', { name: 'Meetings' });
    const place = within(table).getByRole('columnheader', { name: 'Place' });
    const widthOf = (cell: HTMLElement) => cell.style.width;
    expect(widthOf(place)).toBe('220px');
    act(() => within(place).getByRole('button').focus());
    await user.keyboard('{Control>}{ArrowRight}{ArrowRight}{/Control}');
    await waitFor(() => expect(widthOf(place)).toBe('260px'));
    await user.keyboard('{Control>}{ArrowLeft}{/Control}');
    await waitFor(() => expect(widthOf(place)).toBe('240px'));
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(widthOf(within(firstRow).getAllByRole('cell')[2] as HTMLElement)).toBe('240px');
    // The resize handle is there for the mouse too.
    expect(place.querySelector('[role="separator"], .fui-TableResizeHandle')).not.toBeNull();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(place.getAttribute('aria-sort')).toBe('ascending'));
  });
});
