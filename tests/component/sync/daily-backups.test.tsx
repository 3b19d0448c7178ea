// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupStatus } from '../../../renderer/sync/folder/backup-status';
import { DailyBackups } from '../../../renderer/ui/features/sync/daily-backups';
import { forgetPickedFolders } from '../../../renderer/ui/features/sync/folder-handles';
import { fakeBackupsLocation } from '../support/fake-bridge';
import { forgetLaptops } from '../../unit/sync/support/laptops';
import { seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge } from './support';

beforeEach(async () => {
  await forgetLaptops();
  forgetPickedFolders();
});
afterEach(() => {
  cleanup();
  delete window.chamber;
});

/** Chamber open at `path`, with the daily backup running as in the app. */
function openAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <DailyBackups />
      <Routes>
        <Route path="*" element={<p>screen</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backupsIn = (folders: Map<string, Map<string, Uint8Array>>) => [
  ...(folders.get(fakeBackupsLocation)?.keys() ?? []),
];

describe('the daily backup in the desktop app', () => {
  it('is made at start into the standard backups folder, and the panel’s status says so', async () => {
    await seedMeeting();
    const bridge = fakeBridge({ desktop: true });
    openAt('/sync');
    await expect
      .poll(() => backupsIn(bridge.folders), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^chamber-backup-\d{4}-\d{2}-\d{2}-\d{6}\.chamber$/)]);
    await expect.poll(async () => (await readBackupStatus()).lastMade?.where).toBe(fakeBackupsLocation);
  });

  it('is not made while a meeting is open for live minuting', async () => {
    await seedMeeting();
    const bridge = fakeBridge({ desktop: true });
    openAt('/meetings/m1/live');
    await pause(6000);
    expect(backupsIn(bridge.folders)).toEqual([]);
  });

  it('is not made while the clerk is typing', async () => {
    await seedMeeting();
    const bridge = fakeBridge({ desktop: true });
    openAt('/committees');
    fireEvent.keyDown(window, { key: 'b' });
    await pause(6000);
    expect(backupsIn(bridge.folders)).toEqual([]);
  });

  it('logs a failure and records it for the panel, without a dialog', async () => {
    await seedMeeting();
    const bridge = fakeBridge({ desktop: true });
    // The standard backups folder has gone (a disk removed, permissions changed).
    bridge.folders.delete(fakeBackupsLocation);
    openAt('/sync');
    await expect
      .poll(() => bridge.logged, { timeout: 15_000 })
      .toEqual([`The daily backup did not work: ${fakeBackupsLocation} cannot be found.`]);
    expect((await readBackupStatus()).problem?.message).toBe(`${fakeBackupsLocation} cannot be found.`);
  });
});
