// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { Route, Routes, MemoryRouter } from 'react-router';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { setActionStatus } from '../../../renderer/db/repositories/action-tracking';
import { addAction } from '../../../renderer/db/repositories/actions';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { ActionLogPage } from '../../../renderer/ui/features/documents/action-log-page';
import { freshDatabase } from '../../unit/db/reset';
import { fakeBridge, keyedMeeting } from './support';

beforeEach(freshDatabase);
afterEach(cleanup);

async function committeeWithActions(): Promise<string> {
  const { meetingId, committeeId } = await keyedMeeting(false);
  const item = (await db.agendaItems.where('meetingId').equals(meetingId).toArray()).find(
    (each) => each.title === 'Street Trading Policy',
  );
  const minute = await takeItem(meetingId, item?.id ?? '');
  await addAction(meetingId, minute.id, {
    text: 'Consult street traders on pitch fees',
    ownerText: 'Licensing Manager',
  });
  const done = await addAction(meetingId, minute.id, {
    text: 'Publish the revised policy',
    ownerText: 'Clerk',
  });
  await setActionStatus(done.id, 'done');
  return committeeId;
}

describe('the action log', () => {
  it('lists open actions first, filters by status, and saves what it shows', async () => {
    const { saved } = fakeBridge();
    const committeeId = await committeeWithActions();
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter initialEntries={[`/committees/${committeeId}/action-log`]}>
          <Routes>
            <Route path="committees/:committeeId/action-log" element={<ActionLogPage />} />
          </Routes>
        </MemoryRouter>
      </FluentProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Actions from previous meetings' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent ?? '');
    expect(rows[1]).toContain('Consult street traders on pitch fees');
    expect(rows[1]).toContain('Licensing Manager');
    expect(rows[2]).toContain('Publish the revised policy');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Done' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(table.textContent).not.toContain('Publish the revised policy');

    await userEvent.click(screen.getByRole('button', { name: 'Save the action log (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toMatch(/^Licensing Committee action log \d{4}-\d{2}-\d{2}\.docx$/);
    const text = strFromU8(
      unzipSync(saved[0]?.bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array(),
    );
    expect(text).toContain('Consult street traders on pitch fees');
    expect(text).not.toContain('Publish the revised policy');
  });
});
