// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { ReportsPage } from '../../../renderer/ui/features/reports/reports-page';
import type { Attendance, Committee, Meeting, Person } from '../../../renderer/domain/model';
import { defaultStandingItems } from '../../../renderer/domain/standing-items';

const committee: Committee = {
  id: 'c1',
  name: 'Planning Committee',
  shortName: 'Planning',
  type: 'committee',
  quorum: 3,
  defaultVenue: '',
  defaultStartTime: '18:00',
  minuteNumbering: 'continuous',
  firstMinuteNumber: 1,
  standingItems: [...defaultStandingItems],
  allowsRemoteAttendance: false,
};
const person = (id: string, name: string): Person => ({
  id,
  title: 'Councillor',
  name,
  group: '',
  position: '',
  email: '',
  phone: '',
  status: 'active',
});
const meeting = (id: string, date: string): Meeting => ({
  id,
  committeeId: 'c1',
  date,
  startTime: '18:00',
  venue: '',
  type: 'ordinary',
  status: 'minutesApproved',
});
const line = (meetingId: string, personId: string, status: Attendance['status']): Attendance => ({
  id: `${meetingId}-${personId}`,
  meetingId,
  personId,
  name: personId === 'ada' ? 'Councillor Ada Brown' : 'Councillor Ben Carter',
  kind: 'member',
  status,
  order: 0,
});

beforeEach(async () => {
  await freshDatabase();
  // Test data written straight to the tables: the reports only read.
  await db.committees.put(committee);
  await db.people.bulkPut([person('ada', 'Ada Brown'), person('ben', 'Ben Carter')]);
  await db.meetings.bulkPut([
    meeting('m1', '2024-06-10'),
    meeting('m2', '2024-07-10'),
    meeting('m3', '2023-07-10'),
  ]);
  await db.attendance.bulkPut([
    line('m1', 'ada', 'present'),
    line('m2', 'ada', 'apologies'),
    line('m1', 'ben', 'absent'),
    line('m2', 'ben', 'present'),
    line('m3', 'ada', 'present'),
  ]);
});
afterEach(cleanup);

describe('the reports', () => {
  it('gives the attendance chart’s figures as a table for the latest municipal year', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter>
          <ReportsPage />
        </MemoryRouter>
      </FluentProvider>,
    );
    const panel = await screen.findByRole('region', { name: 'Attendance per member over a municipal year' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const rows = within(panel)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'MemberExpectedPresentApologiesAbsentAs substituteAttendance',
      'Councillor Ada Brown2110050%',
      'Councillor Ben Carter2101050%',
    ]);
    expect(within(panel).getByRole('button', { name: 'Show as chart' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('finds the member whose record is shown by typing part of their name, sorted by surname', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter>
          <ReportsPage />
        </MemoryRouter>
      </FluentProvider>,
    );
    const panel = await screen.findByRole('region', { name: 'A member’s attendance record' });
    const member = within(panel).getByRole('combobox', { name: 'Member' });
    expect((member as HTMLInputElement).value).toBe('Councillor Ada Brown');
    await user.click(member);
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Councillor Ada Brown', 'Councillor Ben Carter']);
    await user.clear(member);
    await user.type(member, 'cart');
    await user.keyboard('{Enter}');
    await within(panel).findByRole('figure', { name: /Attendance record of Councillor Ben Carter across/ });
    expect((member as HTMLInputElement).value).toBe('Councillor Ben Carter');
  });

  it('opens on the committee that last met with members there, not the first by name with nothing held', async () => {
    await db.committees.put({ ...committee, id: 'c0', name: 'Audit Committee', shortName: 'Audit' });
    await db.meetings.put({ ...meeting('future', '2025-09-01'), committeeId: 'c0', status: 'planned' });
    await db.attendance.put(line('future', 'ada', 'absent'));
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter>
          <ReportsPage />
        </MemoryRouter>
      </FluentProvider>,
    );
    const panel = await screen.findByRole('region', { name: 'Attendance per member over a municipal year' });
    const chosen = within(panel).getByRole<HTMLSelectElement>('combobox', { name: 'Committee' });
    expect(chosen.value).toBe('c1');
  });
});
