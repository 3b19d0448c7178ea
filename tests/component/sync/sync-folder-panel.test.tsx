// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { memoryFolder, syncNow } from '../../../renderer/sync';
import { forgetPickedFolders } from '../../../renderer/ui/features/sync/folder-handles';
import { databaseHash, forgetLaptops, useLaptop } from '../../unit/sync/support/laptops';
import { seedMeeting } from '../../unit/sync/support/meeting';
import { FakeDirectory, pickDirectories } from './fake-directory';
import { fakeBridge, showSync } from './support';

beforeEach(async () => {
  await forgetLaptops();
  forgetPickedFolders();
});
afterEach(() => {
  cleanup();
  delete window.chamber;
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
});

const usb = '/media/clerk/USB/Council sync';

/**
 * The office laptop has synced seed 004's meeting into the folder; an annex laptop's file is still being
 * copied (cut short); the clerk keeps a note there too. Returns the folder's files and the meeting.
 */
async function folderFromTheOffice() {
  const files = new Map<string, Uint8Array>();
  await useLaptop('office');
  const { meeting } = await seedMeeting();
  const written = (await syncNow(memoryFolder(files))).written!;
  const whole = files.get(written)!;
  const halfCopied = 'chamber-annex-001363197600000-00001.chamber';
  files.set(halfCopied, whole.slice(0, Math.floor(whole.length / 2)));
  files.set('Notes for IT.docx', new Uint8Array([1, 2, 3]));
  await useLaptop('chamber');
  return { files, meeting, fromOffice: written, halfCopied };
}

async function syncSection() {
  return within(await screen.findByRole('region', { name: 'Sync folder' }));
}

describe('the sync folder in the desktop app', () => {
  it('Sync now writes this laptop’s file, imports the office’s, and leaves a half-copied file for next time', async () => {
    const { files, meeting, fromOffice, halfCopied } = await folderFromTheOffice();
    const bridge = fakeBridge({ desktop: true });
    bridge.folders.set(usb, files);
    bridge.toChoose.push(usb);
    showSync();
    const section = within(await screen.findByRole('region', { name: 'Sync folder' }));
    expect(await section.findByText('No sync folder chosen yet.')).toBeTruthy();
    await userEvent.click(section.getByRole('button', { name: 'Choose the sync folder...' }));
    expect(await section.findByText(`Sync folder: ${usb}`)).toBeTruthy();

    await userEvent.click(section.getByRole('button', { name: 'Sync now' }));
    const report = within(await section.findByRole('list', { name: 'Sync report' }, { timeout: 15_000 }));
    expect(
      report.getByText(new RegExp(`^Imported ${fromOffice}: \\d+ added, 0 updated, 0 deleted\\.$`)),
    ).toBeTruthy();
    expect(report.getByText(new RegExp(`^Left for next time: ${halfCopied} \\(`))).toBeTruthy();
    const wrote = report.getByText(/^Wrote chamber-chamber-\d{15}-\d{5}\.chamber\.$/).textContent;
    const ours = wrote.slice('Wrote '.length, -1);
    expect(files.has(ours)).toBe(true);
    expect(files.has(halfCopied)).toBe(true);
    expect(files.get('Notes for IT.docx')).toEqual(new Uint8Array([1, 2, 3]));
    expect((await db.meetings.get(meeting.id))?.venue).toBe('Committee Room 5');

    // Again: the office's file is not imported twice; the half-copied one is still waiting.
    await userEvent.click(section.getByRole('button', { name: 'Sync now' }));
    await waitFor(
      async () => expect((await syncSection()).getByText('No new files from other laptops.')).toBeTruthy(),
      {
        timeout: 15_000,
      },
    );
    expect((await syncSection()).getByText(new RegExp(`^Left for next time: ${halfCopied}`))).toBeTruthy();
  });

  it('remembers the chosen folder after Chamber restarts', async () => {
    const bridge = fakeBridge({ desktop: true });
    bridge.toChoose.push(usb);
    showSync();
    await userEvent.click(
      await (await syncSection()).findByRole('button', { name: 'Choose the sync folder...' }),
    );
    expect(await (await syncSection()).findByText(`Sync folder: ${usb}`)).toBeTruthy();
    cleanup();
    forgetPickedFolders();
    showSync();
    expect(await (await syncSection()).findByText(`Sync folder: ${usb}`)).toBeTruthy();
    expect((await syncSection()).getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', false);
  });

  it('says so when the folder has gone, and keeps the database as it was', async () => {
    const bridge = fakeBridge({ desktop: true });
    bridge.toChoose.push(usb);
    showSync();
    await userEvent.click(
      await (await syncSection()).findByRole('button', { name: 'Choose the sync folder...' }),
    );
    await (await syncSection()).findByText(`Sync folder: ${usb}`);
    bridge.folders.delete(usb);
    const before = await databaseHash();
    await userEvent.click((await syncSection()).getByRole('button', { name: 'Sync now' }));
    const alert = await (await syncSection()).findByRole('alert');
    expect(alert.textContent).toContain('The sync folder could not be used');
    expect(alert.textContent).toContain(`${usb} cannot be found.`);
    expect(await databaseHash()).toBe(before);
  });
});

describe('the sync folder in a browser', () => {
  it('uses the folder picked through the browser, and asks the clerk to allow it again when the browser wants', async () => {
    const { files, fromOffice } = await folderFromTheOffice();
    fakeBridge();
    const shared = new FakeDirectory('Council sync', files);
    pickDirectories(shared);
    showSync();
    await userEvent.click(
      await (await syncSection()).findByRole('button', { name: 'Choose the sync folder...' }),
    );
    expect(await (await syncSection()).findByText('Sync folder: Council sync')).toBeTruthy();
    await userEvent.click((await syncSection()).getByRole('button', { name: 'Sync now' }));
    expect(
      await (await syncSection()).findByText(new RegExp(`^Imported ${fromOffice}:`), {}, { timeout: 15_000 }),
    ).toBeTruthy();
    expect([...shared.files.keys()].some((name) => name.startsWith('chamber-chamber-'))).toBe(true);

    // As in a new browser session: the folder is remembered, but the browser wants the clerk's say-so first.
    cleanup();
    shared.permission = 'prompt';
    showSync();
    expect(
      await (
        await syncSection()
      ).findByText('Chamber needs your permission to use the folder "Council sync" again.'),
    ).toBeTruthy();
    expect((await syncSection()).getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true);
    await userEvent.click(
      (await syncSection()).getByRole('button', { name: 'Allow Chamber to use "Council sync"' }),
    );
    expect(await (await syncSection()).findByText('Sync folder: Council sync')).toBeTruthy();
  });

  it('explains a refused permission and what to do', async () => {
    fakeBridge();
    const shared = new FakeDirectory('Council sync');
    pickDirectories(shared);
    showSync();
    await userEvent.click(
      await (await syncSection()).findByRole('button', { name: 'Choose the sync folder...' }),
    );
    await (await syncSection()).findByText('Sync folder: Council sync');
    cleanup();
    shared.permission = 'prompt';
    shared.grant = 'denied';
    showSync();
    await userEvent.click(
      await (await syncSection()).findByRole('button', { name: 'Allow Chamber to use "Council sync"' }),
    );
    expect((await (await syncSection()).findByRole('alert')).textContent).toContain(
      'The browser did not let Chamber use the folder "Council sync". Allow it when the browser asks, or choose the folder again.',
    );
  });
});
