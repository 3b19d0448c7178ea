import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { goToSync } from './support/sync-screen';

const open: Chamber[] = [];
afterEach(async () => {
  for (const laptop of open.splice(0)) await laptop.context.close();
});

/**
 * Each laptop's "folder on disk" is a folder in its browser's private file system (a real directory handle,
 * kept in IndexedDB like one the clerk picked): Chromium's picker is a native dialog a test cannot click.
 * The shared folder is then two such folders, copied between the laptops as a USB stick would be.
 */
async function openLaptop(): Promise<Chamber> {
  const laptop = await openChamber();
  open.push(laptop);
  await laptop.context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async (options?: {
      id?: string;
    }) =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(options?.id ?? 'folder', { create: true });
  });
  await laptop.page.reload();
  return laptop;
}

type FolderFiles = Record<string, string>;

/** The files in one of the laptop's folders, base64-encoded. */
async function readFolder(page: Page, folder: string): Promise<FolderFiles> {
  return page.evaluate(async (name) => {
    const directory = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle(name, { create: true });
    const files: Record<string, string> = {};
    for await (const [fileName, handle] of (
      directory as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }
    ).entries()) {
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      files[fileName] = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
    }
    return files;
  }, folder);
}

async function writeFolder(page: Page, folder: string, files: FolderFiles): Promise<void> {
  await page.evaluate(
    async ([name, contents]) => {
      const root = await navigator.storage.getDirectory();
      const directory = await root.getDirectoryHandle(name, { create: true });
      for (const [fileName, base64] of Object.entries(contents)) {
        const writable = await (await directory.getFileHandle(fileName, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
        await writable.close();
      }
    },
    [folder, files] as const,
  );
}

describe('the sync folder in Chromium', () => {
  it('carries a meeting between laptops, leaves a half-copied file, and remembers the folder after a restart', async () => {
    const office = await openLaptop();
    const chamber = await openLaptop();
    const meetingUrl = await keyBoardMeeting(office.page, inject('baseUrl'));

    await goToSync(office.page);
    const officeSync = office.page.getByRole('region', { name: 'Sync folder' });
    await officeSync.getByRole('button', { name: 'Choose the sync folder...' }).click();
    await officeSync.getByText('Sync folder: chamber-sync').waitFor();
    await officeSync.getByRole('button', { name: 'Sync now' }).click();
    await officeSync.getByText(/^Wrote chamber-.+\.chamber\.$/).waitFor();

    // The USB stick goes to the chamber laptop, with another laptop's file that was still being copied.
    const onStick = await readFolder(office.page, 'chamber-sync');
    const [officeFile] = Object.keys(onStick);
    expect(Object.keys(onStick)).toHaveLength(1);
    const halfCopied = 'chamber-annex-001363197600000-00001.chamber';
    onStick[halfCopied] = onStick[officeFile!]!.slice(0, 2000);
    await writeFolder(chamber.page, 'chamber-sync', onStick);

    await goToSync(chamber.page);
    const chamberSync = chamber.page.getByRole('region', { name: 'Sync folder' });
    await chamberSync.getByRole('button', { name: 'Choose the sync folder...' }).click();
    await chamberSync.getByRole('button', { name: 'Sync now' }).click();
    await chamberSync.getByText(new RegExp(`^Imported ${officeFile}: \\d+ added`)).waitFor();
    await chamberSync.getByText(new RegExp(`^Left for next time: ${halfCopied}`)).waitFor();
    expect(Object.keys(await readFolder(chamber.page, 'chamber-sync'))).toHaveLength(3);

    // Chamber restarts: the folder is remembered, nothing is imported twice, the half-copied file still waits.
    await chamber.page.reload();
    await goToSync(chamber.page);
    await chamberSync.getByText('Sync folder: chamber-sync').waitFor();
    await chamberSync.getByRole('button', { name: 'Sync now' }).click();
    await chamberSync.getByText('No new files from other laptops.').waitFor();
    await chamberSync.getByText(new RegExp(`^Left for next time: ${halfCopied}`)).waitFor();

    await chamber.page.goto(meetingUrl);
    await chamber.page
      .getByRole('heading', { name: /Harrow Partnership Board/ })
      .first()
      .waitFor();
  });

  it('makes the daily backup by itself when Chamber starts, and restores from it with a preview', async () => {
    const office = await openLaptop();
    await keyBoardMeeting(office.page, inject('baseUrl'));
    await goToSync(office.page);
    const backups = office.page.getByRole('region', { name: 'Backups' });
    await backups.getByText(/^No backups folder chosen yet/).waitFor();
    await backups.getByRole('button', { name: 'Choose the backups folder...' }).click();
    await backups.getByText('Backups folder: chamber-backups').waitFor();
    expect(Object.keys(await readFolder(office.page, 'chamber-backups'))).toEqual([]);
    // Unnamed, the laptop goes by the id it made at its first start; it must keep it after a restart. The box
    // holds no id as if it were a name: it says what other laptops see.
    const laptopName = office.page.getByLabel("This laptop's name");
    await expect.poll(() => laptopName.getAttribute('placeholder')).toMatch(/other laptops see [0-9a-f]{8}$/);
    expect(await laptopName.inputValue()).toBe('');
    const firstStartId = (await laptopName.getAttribute('placeholder'))?.slice(-8);

    // Chamber starts again with a backups folder and no backup today: one is made once the page is idle,
    // on a worker of its own so the page stays responsive while a whole archive is read and zipped.
    const workers: string[] = [];
    const warnings: string[] = [];
    office.page.on('worker', (worker) => workers.push(worker.url()));
    office.page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await office.page.reload();
    await goToSync(office.page);
    await backups.getByText(/^Last backup: .+, in chamber-backups\./).waitFor({ timeout: 30_000 });
    const made = Object.keys(await readFolder(office.page, 'chamber-backups'));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^chamber-backup-\d{4}-\d{2}-\d{2}-\d{6}\.chamber$/);
    expect(workers.filter((url) => url.includes('export-worker'))).toHaveLength(1);
    expect(warnings.filter((text) => text.includes('export worker'))).toEqual([]);

    await backups.getByRole('button', { name: /^Restore from the backup of / }).click();
    const preview = backups.getByRole('region', { name: 'Import preview' });
    await preview.getByText(/already here/).waitFor();
    expect(await preview.textContent()).toContain(`From ${firstStartId}, exported`);
    expect(await preview.textContent()).toContain('This laptop already has everything in this file');
    await preview.getByRole('button', { name: 'Apply' }).click();
    await backups.getByText(/^Restored from the backup of .+: 0 added, 0 updated\.$/).waitFor();
  });
});
