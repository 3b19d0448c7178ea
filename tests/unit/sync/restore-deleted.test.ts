import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { removeAgendaItem } from '../../../renderer/db/repositories/agenda';
import { restoreDeleted } from '../../../renderer/db/repositories/restore';
import { exportFile } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { applyImport, previewImport } from '../../../renderer/sync/import';
import { findDeletedSince, readRestorable } from '../../../renderer/sync/restore-deleted';
import { newLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';

beforeEach(newLaptop);

describe('restoring what was deleted since a backup was made', () => {
  it('offers a removed agenda item and its paper, and brings them back as new records with their bytes', async () => {
    const { item, minute, meeting } = await seedMeeting();
    const backup = joinParts(await exportFile({ scope: { kind: 'everything' } }));
    const bytes = (await db.documentContents.get('report-1'))?.bytes;
    await removeAgendaItem(item.id);
    expect(await db.agendaItems.get(item.id)).toBeUndefined();

    // A plain import leaves a deletion alone (it is final between laptops)…
    const preview = await previewImport(backup);
    expect(preview.added).toEqual([]);
    await applyImport(preview);
    const titled = async () =>
      (await db.agendaItems.where('meetingId').equals(meeting.id).toArray()).filter(
        (record) => record.title === 'Harrow Partnership Board Work Programme',
      );
    expect(await titled()).toEqual([]);

    // …but the backup says what it holds that was deleted since.
    const deleted = await findDeletedSince(preview.bundle);
    expect(deleted.filter((record) => record.listed).map((record) => [record.table, record.label])).toEqual([
      ['agendaItems', 'Harrow Partnership Board Work Programme'],
      ['documents', 'Work programme report.docx'],
    ]);

    const restored = await restoreDeleted(
      readRestorable(preview.bundle, new Set(deleted.map((record) => record.id))),
    );
    expect(restored).toBe(3);
    const [back] = await titled();
    expect(back?.title).toBe('Harrow Partnership Board Work Programme');
    expect(back?.id).not.toBe(item.id);
    const [paper] = await db.documents
      .where('agendaItemId')
      .equals(back?.id ?? '')
      .toArray();
    expect(paper?.name).toBe('Work programme report.docx');
    expect((await db.documentContents.get(paper?.id ?? ''))?.bytes).toEqual(bytes);
    // The item's minute, still here, points at the item again.
    expect((await db.minutes.get(minute.id))?.agendaItemId).toBe(back?.id);
    // The same backup does not offer them again.
    expect(await findDeletedSince(preview.bundle)).toEqual([]);
  });
});
