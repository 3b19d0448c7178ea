// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { oldLaptop } from '../../unit/db/old-laptop';
import { reportUpgradeProgress } from '../../../renderer/db/upgrade-progress';
import { DataUpgradeNotice, noticeStoredVersion } from '../../../renderer/ui/shell/data-upgrade';
import { openDatabaseFilesNow } from '../../../renderer/ui/shell/first-reads';

const name = 'chamber-upgrade-notice-test';

afterEach(async () => {
  cleanup();
  await Dexie.delete(name);
});

function showNotice() {
  render(
    <FluentProvider theme={webLightTheme}>
      <DataUpgradeNotice />
    </FluentProvider>,
  );
}

/** The version IndexedDB reports for the stored database, as Chamber's start finds it. */
function storedVersion(): Promise<number> {
  return new Promise((resolve) => openDatabaseFilesNow(name, resolve));
}

describe('the first open of a new version of Chamber', () => {
  it('tells the clerk the records are being brought up to date, until the database is open', async () => {
    const old = await oldLaptop(name, 2);
    old.close();
    showNotice();
    const database = new ChamberDatabase(name);
    const found = await storedVersion();
    let opened: Promise<unknown> = Promise.resolve();
    await act(async () => {
      opened = database.open();
      noticeStoredVersion(found, database.verno, opened);
      await Promise.resolve();
    });
    expect(screen.getByRole('status').textContent).toMatch(/Bringing your records up to date/);
    expect(screen.getByRole('status').textContent).toMatch(/Please keep Chamber open/);
    await act(async () => {
      await opened;
    });
    expect(screen.queryByRole('status')).toBeNull();
    database.close();
  });

  it('shows how far the upgrade has gone as it goes', async () => {
    showNotice();
    let finish = () => undefined as void;
    const opened = new Promise<void>((resolve) => (finish = resolve));
    act(() => noticeStoredVersion(20, 3, opened));
    expect(screen.getByRole('status').textContent).toContain('Reading your records');
    act(() => reportUpgradeProgress({ done: 0, total: 207_758 }));
    expect(screen.getByRole('status').textContent).toContain('0% done');
    act(() => reportUpgradeProgress({ done: 103_879, total: 207_758 }));
    expect(screen.getByRole('status').textContent).toContain('50% done');
    const bar = screen.getByRole('progressbar', { name: 'Records brought up to date' });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeCloseTo(0.5);
    await act(async () => {
      finish();
      await opened;
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing when the database is new or already up to date', async () => {
    showNotice();
    const database = new ChamberDatabase(name);
    // A laptop with no database yet: IndexedDB reports version 0, and the open creates it.
    act(() => noticeStoredVersion(0, database.verno, new Promise(() => undefined)));
    expect(screen.queryByRole('status')).toBeNull();
    await database.open();
    database.close();
    const found = await storedVersion();
    expect(found).toBe(database.verno * 10);
    act(() => noticeStoredVersion(found, database.verno, Promise.resolve()));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
