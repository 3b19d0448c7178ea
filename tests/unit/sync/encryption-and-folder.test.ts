import { beforeEach, describe, expect, it } from 'vitest';
import { db, syncedTables } from '../../../renderer/db/database';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { exportFile, planExport } from '../../../renderer/sync/export';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { backupNow, isBackupDue, listBackups, previewRestore } from '../../../renderer/sync/folder/backups';
import { memoryFolder } from '../../../renderer/sync/folder/folder';
import { syncNow } from '../../../renderer/sync/folder/sync-folder';
import { bundleTables } from '../../../renderer/sync/format/manifest';
import { forgetLaptops, useLaptop, visibleRecords } from './support/laptops';
import { seedMeeting } from './support/meeting';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(forgetLaptops);

describe('Part B business', () => {
  it('is encrypted by default, with the reason the clerk is shown', async () => {
    const { meeting } = await seedMeeting({ partB: true });
    const plan = await planExport({ scope: { kind: 'meeting', meetingId: meeting.id } });
    expect(plan.encryptionReason).toContain('Part B (exempt) business: “Disposal of land at Wealdstone”');
    await expect(exportFile({ scope: { kind: 'meeting', meetingId: meeting.id } })).rejects.toMatchObject({
      code: 'encryption-needed',
    });
    const file = await exportFile(
      { scope: { kind: 'meeting', meetingId: meeting.id } },
      { passphrase: 'Harrow' },
    );
    expect(file.encrypted).toBe(true);
    expect(new TextDecoder().decode(joinParts(file))).not.toContain('Wealdstone');
    const before = await visibleRecords();
    await useLaptop('other');
    await expect(previewImport(joinParts(file))).rejects.toMatchObject({ code: 'passphrase-needed' });
    await importFile(joinParts(file), { passphrase: 'Harrow' });
    const after = await visibleRecords();
    expect(after.agendaItems).toEqual(before.agendaItems);
    expect(after.minutes).toEqual(before.minutes);
  });

  it('is not asked for when the export holds only Part A business', async () => {
    await seedMeeting();
    expect((await planExport({ scope: { kind: 'everything' } })).encryptionReason).toBeUndefined();
  });
});

describe('the file format', () => {
  it('covers every synced table', () => {
    expect([...bundleTables].sort()).toEqual([...syncedTables].sort());
  });
});

describe('a shared sync folder', () => {
  it('carries each laptop’s changes to the others and leaves half-copied files for next time', async () => {
    const folder = memoryFolder();
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    expect((await syncNow(folder)).written).toMatch(/^chamber-office-\d{15}-\d{5}\.chamber$/);
    await useLaptop('chamber');
    const first = await syncNow(folder);
    expect(first.imported).toHaveLength(1);
    expect((await db.meetings.get(meeting.id))?.venue).toBe('Committee Room 5');
    await updateMeeting(meeting.id, { venue: 'Council Chamber' });
    await syncNow(folder);
    await useLaptop('office');
    const [name] = [...folder.files.keys()].filter((file) => file.startsWith('chamber-chamber-')).slice(-1);
    const whole = folder.files.get(name!)!;
    folder.files.set(name!, whole.slice(0, whole.length - 100));
    folder.files.set('.chamber-chamber-copying.chamber.tmp', new Uint8Array([1, 2, 3]));
    const interrupted = await syncNow(folder);
    expect(interrupted.waiting.map((entry) => entry.name)).toEqual([name]);
    expect((await db.meetings.get(meeting.id))?.venue).toBe('Committee Room 5');
    folder.files.set(name!, whole);
    const resumed = await syncNow(folder);
    expect(resumed.imported.map((entry) => entry.name)).toEqual([name]);
    expect((await db.meetings.get(meeting.id))?.venue).toBe('Council Chamber');
  });
});

describe('backups', () => {
  it('keeps the last N and restores into an empty database with a preview', async () => {
    const folder = memoryFolder();
    await seedMeeting();
    const before = await visibleRecords();
    for (const day of [1, 2, 3, 4])
      await backupNow(folder, { keep: 3, now: new Date(`2013-03-0${day}T18:00:00Z`) });
    expect(await listBackups(folder)).toHaveLength(3);
    expect(await isBackupDue(folder, new Date('2013-03-04T20:00:00Z'))).toBe(false);
    expect(await isBackupDue(folder, new Date('2013-03-05T08:00:00Z'))).toBe(false);
    expect(await isBackupDue(folder, new Date('2013-03-05T18:00:00Z'))).toBe(true);
    await useLaptop('replacement');
    const latest = (await listBackups(folder)).at(-1)!;
    const preview = await previewRestore(folder, latest);
    expect(preview.added.length).toBeGreaterThan(5);
    await importFile(await folder.read(latest));
    expect(await visibleRecords()).toEqual(before);
  });
});
