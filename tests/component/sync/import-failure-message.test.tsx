// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseHash, forgetLaptops } from '../../unit/sync/support/laptops';
import { fakeBridge, minutedOnTwoLaptops, showSync } from './support';
import type * as ImportModule from '../../../renderer/sync/import';

// The early commit the clerks saw never happens in the in-memory IndexedDB these tests use: applying fails
// here with the very error Dexie raised in Chromium (tests/e2e/sync-import-sizes.test.ts covers the cause).
vi.mock('../../../renderer/sync/import', async (original) => ({
  ...(await original<typeof ImportModule>()),
  applyImport: () =>
    Promise.reject(
      new Dexie.PrematureCommitError('Transaction committed too early. See http://bit.ly/2kdckMn'),
    ),
}));

beforeEach(forgetLaptops);
afterEach(cleanup);

describe('an import that fails while it is applied', () => {
  it('tells the clerk in words what happened and what to do, with no website, and nothing changed', async () => {
    const { fromChamber } = await minutedOnTwoLaptops();
    fakeBridge().toPick.push([{ name: 'from-chamber.chamber', bytes: fromChamber }]);
    const before = await databaseHash();
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Nothing was imported' +
        'Chamber could not finish reading and storing this file’s records. Import the file again; if it fails again, restart Chamber and import it once more.',
    );
    expect(document.body.textContent).not.toMatch(/https?:|bit\.ly|dexie\.org/);
    expect(await databaseHash()).toBe(before);
  });
});
