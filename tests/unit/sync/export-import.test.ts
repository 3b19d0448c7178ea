import { beforeEach, describe, expect, it } from 'vitest';
import { db, syncedTables } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { exportFile } from '../../../renderer/sync/export';
import { applyImport, importFile, previewImport } from '../../../renderer/sync/import';
import { databaseHash, newLaptop, visibleRecords } from './support/laptops';
import { paragraph, reportBytes, seedMeeting } from './support/meeting';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(newLaptop);

/** Every synced record as stored, with its field stamps. */
async function storedWithStamps(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const name of syncedTables)
    tables[name] = (await db.table(name).toArray()).map((row: object) => ({ ...row, stamps: stampsOf(row) }));
  return tables;
}

describe('exporting everything and importing it on another laptop', () => {
  it('brings across every record and document exactly', async () => {
    await seedMeeting();
    const before = await visibleRecords();
    const file = await exportFile({ scope: { kind: 'everything' } });
    expect(file.manifest.recordCounts.minutes).toBe(1);
    await newLaptop();
    const preview = await previewImport(joinParts(file));
    expect(preview.added.map((line) => line.label)).toContain('Harrow Partnership Board Work Programme');
    // Named by what they say, never by their ids: a resolution by its words.
    expect(preview.added.map((line) => line.label)).toContain('That the report be noted.');
    for (const line of preview.added) expect(line.label).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(preview.updated).toEqual([]);
    expect(await visibleRecords()).toEqual(
      Object.fromEntries(Object.keys(before).map((table) => [table, []])),
    );
    await importFile(joinParts(file));
    expect(await visibleRecords()).toEqual(before);
    expect((await db.documentContents.get('report-1'))?.bytes).toEqual(reportBytes);
  });

  it('imports the same when a large file is read again table by table as when its records are kept', async () => {
    // A small file's checked records are kept parsed for the merge; a large one's are read from the file again.
    await seedMeeting();
    const before = await visibleRecords();
    const file = joinParts(await exportFile({ scope: { kind: 'everything' } }));
    await newLaptop();
    const readAgain = await previewImport(file, { keepCheckedUpTo: 0 });
    expect(readAgain.bundle.checked).toBeUndefined();
    await applyImport(readAgain);
    expect(await visibleRecords()).toEqual(before);
    const once = await storedWithStamps();
    await newLaptop();
    const kept = await previewImport(file);
    expect(kept.bundle.checked?.size).toBeGreaterThan(0);
    expect(kept.added.map((line) => line.label)).toEqual(readAgain.added.map((line) => line.label));
    await applyImport(kept);
    expect(await storedWithStamps()).toEqual(once);
    expect((await db.documentContents.get('report-1'))?.bytes).toEqual(reportBytes);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await seedMeeting();
    const file = await exportFile({ scope: { kind: 'everything' } });
    await newLaptop();
    await importFile(joinParts(file));
    const once = await databaseHash();
    const again = await importFile(joinParts(file));
    expect(again).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    expect(await databaseHash()).toBe(once);
  });

  it('never lets an older file overwrite newer work', async () => {
    const { minute, meeting } = await seedMeeting();
    const older = await exportFile({ scope: { kind: 'everything' } });
    await saveMinuteText(
      minute.id,
      paragraph('Members asked about the work programme. The Chair thanked officers.'),
    );
    await updateMeeting(meeting.id, { venue: 'Council Chamber' });
    const result = await importFile(joinParts(older));
    expect(result).toMatchObject({ updated: 0, conflicts: 0 });
    expect((await db.minutes.get(minute.id))?.text).toEqual(
      paragraph('Members asked about the work programme. The Chair thanked officers.'),
    );
    expect((await db.meetings.get(meeting.id))?.venue).toBe('Council Chamber');
  });
});
