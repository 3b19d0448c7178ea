// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember, createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { CommitteePage } from '../../../renderer/ui/features/committees/committee-page';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from '../people/picked-files';
import { withScreenSizedBoxes } from '../support/screen-box';

beforeEach(freshDatabase);
afterEach(cleanup);

withScreenSizedBoxes();

describe('the committee page', () => {
  it("shows the committee's meetings in date order in the Meetings table", async () => {
    const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
    await createMeeting(committee.id, { date: '2025-06-11' });
    await createMeeting(committee.id, { date: '2025-04-09' });
    showScreen('committees/:committeeId', `/committees/${committee.id}`, <CommitteePage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Planning Committee' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Meetings' });
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toContain('Wednesday 9 April 2025');
    expect(rows[2]?.textContent).toContain('Wednesday 11 June 2025');
  });

  it('shows the meetings first, then the new-meeting form and the membership below them', async () => {
    const committee = await createCommittee({ name: 'Licensing Committee', type: 'committee' });
    await createMeeting(committee.id, { date: '2025-06-11' });
    await addMember(committee.id, { person: { name: 'Ada Brown' }, role: 'chair' });
    showScreen('committees/:committeeId', `/committees/${committee.id}`, <CommitteePage />);
    const meetings = await screen.findByRole('table', { name: 'Meetings' });
    const members = await screen.findByRole('table', { name: 'Members' });
    expect(within(members).getByText('Ada Brown')).toBeTruthy();
    expect(meetings.compareDocumentPosition(members) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Create meeting' })).toBeTruthy();
  });

  it('says so when the committee no longer exists', async () => {
    showScreen('committees/:committeeId', '/committees/gone', <CommitteePage />);
    expect(await screen.findByText('That committee no longer exists.')).toBeTruthy();
  });
});
