import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { removeAgendaItem, updateAgendaItem } from '../../../renderer/db/repositories/agenda';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { exportFile, recordExchange } from '../../../renderer/sync/export';
import { importFile, previewImport } from '../../../renderer/sync/import';
import { listOpenConflicts, resolveConflict } from '../../../renderer/sync/conflicts';
import { forgetLaptops, useLaptop } from './support/laptops';
import { paragraph, seedMeeting } from './support/meeting';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

describe('two clerks minuting the same meeting on two laptops', () => {
  it('takes the later change of a short field, field by field', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const start = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(start));
    await updateMeeting(meeting.id, { venue: 'Council Chamber' });
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await updateMeeting(meeting.id, { startTime: '18:30' });
    const preview = await previewImport(joinParts(fromChamber));
    expect(preview.updated.map((line) => line.fields)).toEqual([['venue']]);
    await importFile(joinParts(fromChamber));
    expect(await db.meetings.get(meeting.id)).toMatchObject({ venue: 'Council Chamber', startTime: '18:30' });
  });

  it('keeps both versions of minutes written on both laptops, and the resolution travels back', async () => {
    await useLaptop('office');
    const { minute } = await seedMeeting();
    const start = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(start));
    await saveMinuteText(
      minute.id,
      paragraph('Members asked about funding. Officers advised it was secured.'),
    );
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await saveMinuteText(minute.id, paragraph('The Chair introduced the work programme.'));
    const preview = await previewImport(joinParts(fromChamber));
    expect(preview.conflicts).toEqual([expect.objectContaining({ table: 'minutes', fields: ['text'] })]);
    const result = await importFile(joinParts(fromChamber));
    expect(result.conflicts).toBe(1);
    const [conflict] = await listOpenConflicts();
    expect(conflict).toMatchObject({
      field: 'text',
      localValue: paragraph('The Chair introduced the work programme.'),
      remoteValue: paragraph('Members asked about funding. Officers advised it was secured.'),
      remoteDeviceId: 'chamber',
    });
    const combined = paragraph('The Chair introduced the work programme. Members asked about funding.');
    await resolveConflict(conflict!.id, { combined });
    expect(await listOpenConflicts()).toEqual([]);
    const fromOffice = await exportFile(everything);
    await useLaptop('chamber');
    const back = await importFile(joinParts(fromOffice));
    expect(back.conflicts).toBe(0);
    expect((await db.minutes.get(minute.id))?.text).toEqual(combined);
  });

  it('carries a deletion as a tombstone, and an older copy does not bring the record back', async () => {
    await useLaptop('office');
    const { item } = await seedMeeting();
    const start = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(start));
    await removeAgendaItem(item.id);
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    const preview = await previewImport(joinParts(fromChamber));
    // The paper goes with its item; its bytes are not listed apart from it.
    expect(preview.deleted.map((line) => line.label)).toEqual([
      'Harrow Partnership Board Work Programme',
      'Work programme report.docx',
    ]);
    await importFile(joinParts(fromChamber));
    expect(await db.agendaItems.get(item.id)).toBeUndefined();
    await importFile(joinParts(start));
    expect(await db.agendaItems.get(item.id)).toBeUndefined();
  });

  it('keeps a report description edited on one laptop while the other deleted the item', async () => {
    await useLaptop('office');
    const { item } = await seedMeeting();
    const start = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(start));
    await removeAgendaItem(item.id);
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await updateAgendaItem(item.id, { description: 'The Board to agree its programme for 2013/14.' });
    const result = await importFile(joinParts(fromChamber));
    // The item, its paper and the paper's bytes.
    expect(result).toMatchObject({ deleted: 3, conflicts: 1 });
    const [conflict] = await listOpenConflicts();
    expect(conflict).toMatchObject({ field: '*', remoteValue: null });
    await resolveConflict(conflict!.id, { keep: 'local' });
    const restored = await db.agendaItems.filter((each) => each.title === item.title).toArray();
    expect(restored.map((each) => each.description)).toEqual([
      'The Board to agree its programme for 2013/14.',
    ]);
  });

  it('sends only what a laptop has not had since the last exchange', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    await useLaptop('chamber');
    const fromChamber = await exportFile(everything);
    await useLaptop('office');
    await importFile(joinParts(fromChamber));
    const first = await exportFile({ ...everything, changes: { peer: 'chamber' } });
    expect(first.manifest.since).not.toBeNull();
    expect(first.recordTotal).toBeGreaterThan(5);
    await recordExchange(first);
    await updateMeeting(meeting.id, { venue: 'Council Chamber' });
    const second = await exportFile({ ...everything, changes: { peer: 'chamber' } });
    expect(second.manifest.recordCounts).toEqual({ meetings: 1 });
  });
});
