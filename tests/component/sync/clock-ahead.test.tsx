// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { exportFile, importFile } from '../../../renderer/sync';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { forgetLaptops, useLaptop } from '../../unit/sync/support/laptops';
import { paragraph, seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge, showSync } from './support';

/** Issue #26: after importing from a laptop whose clock is days fast, the clerk is told by how many. */
beforeEach(forgetLaptops);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const day = 24 * 60 * 60 * 1000;

async function fileFromFastLaptop(): Promise<Uint8Array> {
  await useLaptop('office');
  const { minute } = await seedMeeting();
  const start = await exportFile({ scope: { kind: 'everything' } }, 'none');
  await useLaptop('chamber');
  await importFile(joinParts(start));
  await useLaptop('office');
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 10 * day);
  await saveMinuteText(minute.id, paragraph('Typed on a laptop whose clock is ten days fast.'));
  const file = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
  vi.restoreAllMocks();
  await useLaptop('chamber');
  return file;
}

describe('a file from a laptop whose clock is ten days fast', () => {
  it('is imported, and the clerk is told that laptop’s clock is 10 days ahead', async () => {
    fakeBridge().toPick.push([{ name: 'From office.chamber', bytes: await fileFromFastLaptop() }]);
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    await screen.findByText(/Imported From office.chamber/);
    expect((await screen.findByText('The clock on office is 10 days ahead')).textContent).toBeTruthy();
  });

  it('says nothing of clocks when they agree', async () => {
    await useLaptop('office');
    await seedMeeting();
    const file = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
    await useLaptop('chamber');
    fakeBridge().toPick.push([{ name: 'From office.chamber', bytes: file }]);
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    await screen.findByText(/Imported From office.chamber/);
    expect(screen.queryByText(/The clock on/)).toBeNull();
  });
});
