import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupIfDue, scheduleDailyBackups } from '../../../renderer/sync/folder/backup-schedule';
import {
  readBackupStatus,
  readBackupsKept,
  saveBackupsKept,
} from '../../../renderer/sync/folder/backup-status';
import {
  backupMadeAt,
  isBackupDue,
  listBackupEntries,
  listBackups,
} from '../../../renderer/sync/folder/backups';
import { memoryFolder, type SyncFolder } from '../../../renderer/sync/folder/folder';
import { forgetLaptops } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(forgetLaptops);

const at = (iso: string) => new Date(iso);
const someone = new Uint8Array([1, 2, 3]);

/** Files a clerk might keep in the same folder, which Chamber must never touch. */
const notChamberBackups = [
  'Notes for IT.docx',
  'chamber-backup-2013-03-01-180000.chamber.part',
  '.chamber-backup-2013-03-01-180000.chamber.tmp',
  'chamber-office-000001363197600000-00001.chamber',
  'Chamber backup (old).chamber',
];

describe('whether a backup is due', () => {
  it('is due when none was made in the last 24 hours', async () => {
    const folder = memoryFolder();
    expect(await isBackupDue(folder, at('2013-03-13T18:00:00Z'))).toBe(true);
    folder.files.set('chamber-backup-2013-03-13-180000.chamber', someone);
    expect(await isBackupDue(folder, at('2013-03-14T09:00:00Z'))).toBe(false);
    expect(await isBackupDue(folder, at('2013-03-14T17:59:59Z'))).toBe(false);
    expect(await isBackupDue(folder, at('2013-03-14T18:00:00Z'))).toBe(true);
  });

  it('does not count files that are not Chamber’s backups', async () => {
    const folder = memoryFolder();
    for (const name of notChamberBackups) folder.files.set(name, someone);
    expect(await isBackupDue(folder, at('2013-03-01T19:00:00Z'))).toBe(true);
  });

  it('reads when a backup was made from its name, in UTC', () => {
    expect(backupMadeAt('chamber-backup-2013-03-13-180502.chamber')?.toISOString()).toBe(
      '2013-03-13T18:05:02.000Z',
    );
    expect(backupMadeAt('chamber-backup-2013-13-45-990000.chamber')).toBeUndefined();
    expect(backupMadeAt('Notes for IT.docx')).toBeUndefined();
  });
});

describe('making a backup when due', () => {
  it('keeps the last N and never removes anything that is not a Chamber backup', async () => {
    await seedMeeting();
    const folder = memoryFolder();
    for (const name of notChamberBackups) folder.files.set(name, someone);
    await saveBackupsKept(3);
    const made: (string | undefined)[] = [];
    for (const day of ['01', '02', '03', '04', '05'])
      made.push(await backupIfDue({ folder, where: 'Backups' }, at(`2013-03-${day}T18:00:00Z`)));
    expect(made).toHaveLength(5);
    expect(await backupIfDue({ folder, where: 'Backups' }, at('2013-03-05T20:00:00Z'))).toBeUndefined();
    expect(await listBackups(folder)).toEqual([
      'chamber-backup-2013-03-03-180000.chamber',
      'chamber-backup-2013-03-04-180000.chamber',
      'chamber-backup-2013-03-05-180000.chamber',
    ]);
    for (const name of notChamberBackups) expect(folder.files.get(name)).toEqual(someone);
    expect((await readBackupStatus()).lastMade).toEqual({
      at: '2013-03-05T18:00:00.000Z',
      name: 'chamber-backup-2013-03-05-180000.chamber',
      where: 'Backups',
    });
    const entries = await listBackupEntries(folder);
    expect(entries.map((entry) => entry.madeAt.toISOString().slice(0, 10))).toEqual([
      '2013-03-03',
      '2013-03-04',
      '2013-03-05',
    ]);
    expect(entries.every((entry) => (entry.size ?? 0) > 1000)).toBe(true);
  });

  it('keeps 14 unless told otherwise, and refuses a number to keep that makes no sense', async () => {
    expect(await readBackupsKept()).toBe(14);
    await expect(saveBackupsKept(0)).rejects.toThrow('Type a whole number of backups from 1 to 365.');
    await expect(saveBackupsKept(2.5)).rejects.toThrow(/whole number/);
    expect(await readBackupsKept()).toBe(14);
    await saveBackupsKept(30);
    expect(await readBackupsKept()).toBe(30);
  });
});

describe('the daily schedule', () => {
  const immediately = (run: () => void) => {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  };

  it('backs up at start when due, then looks again each hour', async () => {
    await seedMeeting();
    const folder = memoryFolder();
    let now = at('2013-03-13T09:00:00Z');
    const schedule = scheduleDailyBackups({
      target: async () => ({ folder, where: 'Backups' }),
      isQuiet: () => true,
      whenIdle: immediately,
      log: () => undefined,
      now: () => now,
      checkEveryMs: 30,
    });
    try {
      await vi.waitFor(async () => expect(await listBackups(folder)).toHaveLength(1));
      now = at('2013-03-13T10:00:00Z');
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await listBackups(folder)).toHaveLength(1);
      now = at('2013-03-14T10:00:00Z');
      await vi.waitFor(async () =>
        expect(await listBackups(folder)).toEqual([
          'chamber-backup-2013-03-13-090000.chamber',
          'chamber-backup-2013-03-14-100000.chamber',
        ]),
      );
    } finally {
      schedule.stop();
    }
  });

  it('waits while the clerk is typing or minuting, then backs up', async () => {
    await seedMeeting();
    const folder = memoryFolder();
    let quiet = false;
    const whenIdle = vi.fn(immediately);
    const schedule = scheduleDailyBackups({
      target: async () => ({ folder, where: 'Backups' }),
      isQuiet: () => quiet,
      whenIdle,
      log: () => undefined,
      retryWhenBusyMs: 20,
    });
    try {
      await vi.waitFor(() => expect(whenIdle.mock.calls.length).toBeGreaterThan(2));
      expect(folder.files.size).toBe(0);
      quiet = true;
      await vi.waitFor(async () => expect(await listBackups(folder)).toHaveLength(1));
    } finally {
      schedule.stop();
    }
  });

  it('records and logs a failure without throwing, and the next backup that works clears it', async () => {
    await seedMeeting();
    const folder = memoryFolder();
    const failing: SyncFolder = {
      ...folder,
      write: async () => Promise.reject(new Error('The disk is full.')),
    };
    let target: SyncFolder = failing;
    const log = vi.fn();
    const schedule = scheduleDailyBackups({
      target: async () => ({ folder: target, where: 'Backups' }),
      isQuiet: () => true,
      whenIdle: immediately,
      log,
      now: () => at('2013-03-13T09:00:00Z'),
      checkEveryMs: 30,
    });
    try {
      await vi.waitFor(() =>
        expect(log).toHaveBeenCalledWith('The daily backup did not work: The disk is full.'),
      );
      expect((await readBackupStatus()).problem).toEqual({
        at: '2013-03-13T09:00:00.000Z',
        message: 'The disk is full.',
      });
      target = folder;
      await vi.waitFor(async () => expect((await readBackupStatus()).lastMade?.where).toBe('Backups'));
      expect((await readBackupStatus()).problem).toBeUndefined();
    } finally {
      schedule.stop();
    }
  });

  it('writes nothing while there is no backups folder, and stops when told', async () => {
    const target = vi.fn(async () => undefined);
    const schedule = scheduleDailyBackups({
      target,
      isQuiet: () => true,
      whenIdle: immediately,
      log: () => undefined,
      checkEveryMs: 10,
    });
    await vi.waitFor(() => expect(target.mock.calls.length).toBeGreaterThan(1));
    schedule.stop();
    const calls = target.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(target.mock.calls.length).toBeLessThanOrEqual(calls + 1);
    expect(await readBackupStatus()).toEqual({});
  });
});
