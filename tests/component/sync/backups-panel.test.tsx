// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { backupNow, memoryFolder } from '../../../renderer/sync';
import {
  readBackupsKept,
  recordBackupMade,
  recordBackupProblem,
} from '../../../renderer/sync/folder/backup-status';
import { backupMadeWords } from '../../../renderer/ui/features/sync/backup-words';
import { forgetPickedFolders } from '../../../renderer/ui/features/sync/folder-handles';
import { fakeBackupsLocation } from '../support/fake-bridge';
import { forgetLaptops, useLaptop, visibleRecords } from '../../unit/sync/support/laptops';
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

async function backupsSection() {
  return within(await screen.findByRole('region', { name: 'Backups' }));
}

const twelfthOfMarch = new Date('2013-03-12T18:00:00Z');

describe('backups in the desktop app', () => {
  it('go to the standard folder beside the data, and Back up now says when and where', async () => {
    await seedMeeting();
    fakeBridge({ desktop: true });
    showSync();
    const section = await backupsSection();
    expect(
      await section.findByText(
        `Backups folder: ${fakeBackupsLocation} (the standard one beside Chamber’s data)`,
      ),
    ).toBeTruthy();
    expect(section.getByText(/^No backup made on this laptop yet\./)).toBeTruthy();
    expect(await section.findByText('No backups in this folder yet.')).toBeTruthy();
    await userEvent.click(section.getByRole('button', { name: 'Back up now' }));
    expect(
      await section.findByText(
        new RegExp(`^Last backup: .+, in ${fakeBackupsLocation}\\.`),
        {},
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    const backups = within(await section.findByRole('list', { name: 'Backups' }));
    expect(backups.getAllByRole('listitem')).toHaveLength(1);
    expect(backups.getByText(/ KB$/)).toBeTruthy();
  });

  it('show the last backup made and a failed daily backup calmly, without an alert', async () => {
    fakeBridge({ desktop: true });
    await recordBackupMade('chamber-backup-2013-03-12-180000.chamber', fakeBackupsLocation, twelfthOfMarch);
    await recordBackupProblem('The disk is full.', new Date('2013-03-13T18:00:00Z'));
    showSync();
    const section = await backupsSection();
    expect(
      await section.findByText(
        `Last backup: ${backupMadeWords(twelfthOfMarch)}, in ${fakeBackupsLocation}.`,
        {
          exact: false,
        },
      ),
    ).toBeTruthy();
    expect(await section.findByText(/The disk is full\. Chamber tries again within the hour/)).toBeTruthy();
    expect(section.queryByRole('alert')).toBeNull();
  });

  it('restore from a backup: the list shows date and size, the preview comes first, then Apply restores', async () => {
    const bridge = fakeBridge({ desktop: true });
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const before = await visibleRecords();
    await backupNow(memoryFolder(bridge.folders.get(fakeBackupsLocation)), { now: twelfthOfMarch });
    // The laptop's database is lost; the backups folder survived.
    await useLaptop('replacement');
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    showSync();
    const section = await backupsSection();
    const when = backupMadeWords(twelfthOfMarch);
    expect(await section.findByText(new RegExp(`^${when}, \\d+ KB$`))).toBeTruthy();
    await userEvent.click(section.getByRole('button', { name: `Restore from the backup of ${when}` }));
    const preview = within(
      await section.findByRole('region', { name: 'Import preview' }, { timeout: 15_000 }),
    );
    expect(preview.getByText(/^\d+ to add, 0 to update, 0 to delete, 0 conflicts/)).toBeTruthy();
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    await userEvent.click(preview.getByRole('button', { name: 'Apply' }));
    expect(
      await section.findByText(new RegExp(`^Restored from the backup of ${when}: \\d+ added, 0 updated\\.$`)),
    ).toBeTruthy();
    expect(await visibleRecords()).toEqual(before);
  });

  it('keeps the number of backups the clerk sets, and refuses a number that makes no sense', async () => {
    fakeBridge({ desktop: true });
    showSync();
    const section = await backupsSection();
    const keep = await section.findByLabelText('Backups to keep');
    await waitFor(() => expect(keep).toHaveProperty('value', '14'));
    await userEvent.clear(keep);
    await userEvent.type(keep, '0');
    expect(await section.findByText('Type a whole number of backups from 1 to 365.')).toBeTruthy();
    expect(section.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    await userEvent.clear(keep);
    await userEvent.type(keep, '30');
    await userEvent.click(section.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await readBackupsKept()).toBe(30));
  });

  it('use a folder the clerk chooses instead, remembered after a restart', async () => {
    const bridge = fakeBridge({ desktop: true });
    bridge.toChoose.push('/home/clerk/Council backups');
    showSync();
    const section = await backupsSection();
    await userEvent.click(await section.findByRole('button', { name: 'Choose another folder...' }));
    expect(await section.findByText('Backups folder: /home/clerk/Council backups')).toBeTruthy();
    cleanup();
    showSync();
    expect(
      await (await backupsSection()).findByText('Backups folder: /home/clerk/Council backups'),
    ).toBeTruthy();
  });
});

describe('backups in a browser', () => {
  it('wait for a folder to be chosen, and say so', async () => {
    fakeBridge();
    pickDirectories(new FakeDirectory('Chamber backups'));
    showSync();
    const section = await backupsSection();
    expect(
      await section.findByText('No backups folder chosen yet: daily backups start once you choose one.'),
    ).toBeTruthy();
    expect(section.getByRole('button', { name: 'Back up now' })).toHaveProperty('disabled', true);
    await userEvent.click(section.getByRole('button', { name: 'Choose the backups folder...' }));
    expect(await section.findByText('Backups folder: Chamber backups')).toBeTruthy();
    expect(section.getByRole('button', { name: 'Back up now' })).toHaveProperty('disabled', false);
  });
});
