// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { setPrintedPageCount } from '../../../renderer/db/repositories/documents';
import { PapersTab } from '../../../renderer/ui/features/documents/papers-tab';
import { freshDatabase } from '../../unit/db/reset';
import { fakeBridge, keyedMeeting, show } from './support';

beforeEach(freshDatabase);
afterEach(cleanup);

async function paperNamed(name: string) {
  const [paper] = await db.documents.filter((each) => each.name === name).toArray();
  if (!paper) throw new Error(`no paper ${name}`);
  return paper;
}

describe('printed page counts on the Papers tab', () => {
  it('shows an estimated count, and keeps the count the clerk enters for the next pack', async () => {
    fakeBridge();
    const { meetingId } = await keyedMeeting(false);
    show(<PapersTab meetingId={meetingId} />);
    const label = /Printed pages of “street-trading.docx” \(item [^)]+\)/;
    // Reading the paper and counting its lines takes a moment on a busy machine.
    const row = await screen.findByRole('group', { name: label }, { timeout: 10_000 });
    expect(within(row).getByText('Estimated')).toBeTruthy();
    expect(within(row).getByText(/the file does not say/)).toBeTruthy();
    const field = within(row).getByRole('spinbutton', { name: label });
    expect(within(row).getByRole<HTMLInputElement>('spinbutton').value).toBe('1');

    await userEvent.clear(field);
    await userEvent.type(field, '3');
    await userEvent.click(within(row).getByRole('button', { name: 'Save count' }));
    await waitFor(async () => expect((await paperNamed('street-trading.docx')).pageCount).toBe(3), {
      timeout: 10_000,
    });
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: label })).getByText(
          'Counted when attached, or entered here.',
        ),
      ).toBeTruthy(),
    );
    const saved = screen.getByRole('group', { name: label });
    expect(within(saved).queryByText('Estimated')).toBeNull();
    expect(within(saved).getByRole<HTMLInputElement>('spinbutton').value).toBe('3');
  });

  it('refuses a count that is not a whole number of pages, and stores nothing', async () => {
    fakeBridge();
    const { meetingId } = await keyedMeeting(false);
    show(<PapersTab meetingId={meetingId} />);
    const row = await screen.findByRole(
      'group',
      { name: /Printed pages of “street-trading.docx”/ },
      { timeout: 10_000 },
    );
    const field = within(row).getByRole('spinbutton');
    await userEvent.clear(field);
    await userEvent.type(field, '0');
    await userEvent.click(within(row).getByRole('button', { name: 'Save count' }));
    const alert = await within(row).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('The page count was not saved');
    expect(alert.textContent).toContain('whole number from 1 to 2000');
    expect((await paperNamed('street-trading.docx')).pageCount).toBeUndefined();
    await expect(setPrintedPageCount((await paperNamed('street-trading.docx')).id, 2.5)).rejects.toThrow(
      'nothing was changed',
    );
  });
});
