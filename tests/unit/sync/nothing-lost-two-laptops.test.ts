import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { clockWarning } from '../../../renderer/db/device';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { listOpenConflicts, resolveConflict } from '../../../renderer/sync/conflicts';
import { exportFile, recordExchange } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { memoryFolder } from '../../../renderer/sync/folder/folder';
import { syncNow } from '../../../renderer/sync/folder/sync-folder';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { forgetLaptops, useLaptop } from './support/laptops';
import { paragraph, seedMeeting } from './support/meeting';

/**
 * Issue #26, "sync's promises", through the database and real files: a conflict shows on both laptops and
 * stays until a person chooses; a laptop ten days fast does not make the other's later edits vanish.
 */
const day = 24 * 60 * 60 * 1000;
const realNow = Date.now.bind(Date);

beforeEach(forgetLaptops);
afterEach(() => vi.restoreAllMocks());

/** Changes since the last exchange with `peer`, saved: what "Export" with that choice writes. */
async function changesFor(peer: string): Promise<Uint8Array> {
  const file = await exportFile({ scope: { kind: 'everything' }, changes: { peer } });
  await recordExchange(file);
  return joinParts(file);
}

async function minuteText(minuteId: string): Promise<unknown> {
  return (await db.minutes.get(minuteId))?.text;
}

async function openVersions(): Promise<{ mine: unknown; theirs: unknown; from: string }[]> {
  return (await listOpenConflicts()).map((conflict) => ({
    mine: conflict.localValue,
    theirs: conflict.remoteValue,
    from: conflict.remoteDeviceId,
  }));
}

/** The office sets up the meeting and hands it to the chamber laptop; both are then on speaking terms. */
async function twoLaptops() {
  await useLaptop('office');
  const { minute } = await seedMeeting();
  const start = await exportFile({ scope: { kind: 'everything' } }, 'none');
  await useLaptop('chamber');
  await importFile(joinParts(start));
  const hello = await changesFor('office');
  await useLaptop('office');
  await importFile(hello);
  return { minute };
}

const officeWords = paragraph('The Board endorsed the Charter, subject to consultation.');
const chamberWords = paragraph('The Board endorsed the Charter and thanked officers.');

describe('a conflict found on one laptop', () => {
  it('shows on the other once its file comes back, and stays open when the clerk there types on', async () => {
    const { minute } = await twoLaptops();
    await saveMinuteText(minute.id, officeWords);
    const fromOffice = await changesFor('chamber');
    await useLaptop('chamber');
    await saveMinuteText(minute.id, chamberWords);
    expect((await importFile(fromOffice)).conflicts).toBe(1);
    const back = await changesFor('office');

    await useLaptop('office');
    // The preview says so before anything is written, as it does on the laptop that found it.
    const preview = await previewImport(back);
    expect(preview.conflicts).toEqual([expect.objectContaining({ table: 'minutes', fields: ['text'] })]);
    expect((await importFile(back)).conflicts).toBe(1);
    expect(await openVersions()).toEqual([{ mine: officeWords, theirs: chamberWords, from: 'chamber' }]);

    // The office clerk types on without settling it: the chamber's words stay in the conflict on both laptops.
    const typedOn = paragraph('The Board endorsed the Charter.');
    await saveMinuteText(minute.id, typedOn);
    const next = await changesFor('chamber');
    await useLaptop('chamber');
    await importFile(next);
    expect(await minuteText(minute.id)).toEqual(typedOn);
    expect(await openVersions()).toEqual([{ mine: chamberWords, theirs: officeWords, from: 'office' }]);
    const again = await changesFor('office');
    await useLaptop('office');
    await importFile(again);
    expect(await openVersions()).toEqual([{ mine: officeWords, theirs: chamberWords, from: 'chamber' }]);
  });

  it('is settled on both by one clerk’s choice, carried in the file', async () => {
    const { minute } = await twoLaptops();
    await saveMinuteText(minute.id, officeWords);
    const fromOffice = await changesFor('chamber');
    await useLaptop('chamber');
    await saveMinuteText(minute.id, chamberWords);
    await importFile(fromOffice);
    const back = await changesFor('office');
    await useLaptop('office');
    await importFile(back);
    const [conflict] = await listOpenConflicts();
    await resolveConflict(conflict!.id, { keep: 'remote' });
    const settled = await changesFor('chamber');
    await useLaptop('chamber');
    await importFile(settled);
    expect(await listOpenConflicts()).toEqual([]);
    expect(await minuteText(minute.id)).toEqual(chamberWords);
  });
});

describe('a choice that changes no text', () => {
  it('still settles the conflict on the other laptop', async () => {
    const { minute } = await twoLaptops();
    await saveMinuteText(minute.id, officeWords);
    const fromOffice = await changesFor('chamber');
    await useLaptop('chamber');
    await saveMinuteText(minute.id, chamberWords);
    await importFile(fromOffice);
    const back = await changesFor('office');
    await useLaptop('office');
    await importFile(back);
    // The office's words are the ones in the minute already: keeping them writes nothing.
    const [conflict] = await listOpenConflicts();
    await resolveConflict(conflict!.id, { keep: 'local' });
    const settled = await changesFor('chamber');
    await useLaptop('chamber');
    await importFile(settled);
    expect(await listOpenConflicts()).toEqual([]);
    expect(await minuteText(minute.id)).toEqual(officeWords);
  });
});

describe('a conflict held in a sync folder’s laptops', () => {
  it('does not make Sync now write a file when nothing else has changed', async () => {
    const folder = memoryFolder();
    const { minute } = await twoLaptops();
    await saveMinuteText(minute.id, officeWords);
    await syncNow(folder);
    await useLaptop('chamber');
    await saveMinuteText(minute.id, chamberWords);
    await syncNow(folder);
    expect(await listOpenConflicts()).toHaveLength(1);
    const files = folder.files.size;
    expect((await syncNow(folder)).written).toBeUndefined();
    expect(folder.files.size).toBe(files);
  });
});

describe('a laptop whose clock is ten days fast', () => {
  it('does not make a later edit on the other laptop vanish, and the clerk is told', async () => {
    const { minute } = await twoLaptops();
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 10 * day);
    await useLaptop('office');
    await saveMinuteText(minute.id, officeWords);
    const fromFastOffice = await changesFor('chamber');
    vi.restoreAllMocks();

    await useLaptop('chamber');
    await importFile(fromFastOffice);
    expect(Math.round((await clockWarning(db))!.aheadBy / day)).toBe(10);
    // The next morning the chamber clerk corrects the minute: stamped earlier than the fast laptop's version.
    await saveMinuteText(minute.id, chamberWords);
    const correction = await changesFor('office');

    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 10 * day);
    await useLaptop('office');
    expect((await importFile(correction)).conflicts).toBe(1);
    expect(await openVersions()).toEqual([{ mine: officeWords, theirs: chamberWords, from: 'chamber' }]);
    const reply = await changesFor('chamber');
    vi.restoreAllMocks();

    await useLaptop('chamber');
    await importFile(reply);
    // Both laptops hold the same text and the same open conflict, the correction kept in it.
    expect(await minuteText(minute.id)).toEqual(officeWords);
    expect(await openVersions()).toEqual([{ mine: chamberWords, theirs: officeWords, from: 'office' }]);
    const [conflict] = await listOpenConflicts();
    await resolveConflict(conflict!.id, { keep: 'local' });
    const chosen = await changesFor('office');
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 10 * day);
    await useLaptop('office');
    await importFile(chosen);
    expect(await minuteText(minute.id)).toEqual(chamberWords);
    expect(await listOpenConflicts()).toEqual([]);
  });
});
