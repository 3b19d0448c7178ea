import { beforeEach, describe, expect, it } from 'vitest';
import { loadArchive } from '../../../../bench/archive-tools/load-archive';
import { db } from '../../../../renderer/db/database';
import { smallArchive } from '../../../../renderer/domain/archive';
import { exportFile } from '../../../../renderer/sync/export';
import { importFile } from '../../../../renderer/sync/import';
import { newLaptop, visibleRecords } from '../../sync/support/laptops';
import { joinParts } from '../../../../renderer/sync/format/file-parts';
import { storedStamps } from '../../db/stored-stamps';

beforeEach(newLaptop);

describe('a generated archive', () => {
  it('carries a change-log row and field stamps for every record, like records written through the gate', async () => {
    const { counts } = await loadArchive({ ...smallArchive, years: 1, today: '2025-03-01' });
    const stored = counts.meetings + counts.agendaItems + counts.minutes + counts.people + counts.documents;
    expect(await db.changes.count()).toBeGreaterThan(stored);
    const meeting = await db.meetings.toCollection().first();
    expect(Object.keys(await storedStamps('meetings', meeting?.id ?? ''))).toContain('date');
    const stamps = (await db.changes.toArray()).map((change) => change.hlc);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('goes across to another laptop whole through an export file', async () => {
    await loadArchive({ ...smallArchive, years: 1, today: '2025-03-01' });
    const before = await visibleRecords();
    const file = await exportFile({ scope: { kind: 'everything' } }, 'none');
    await newLaptop();
    await importFile(joinParts(file));
    const after = await visibleRecords();
    expect(after.meetings).toHaveLength(before.meetings?.length ?? -1);
    expect(after.minutes).toEqual(before.minutes);
    expect(after.agendaItems).toEqual(before.agendaItems);
  });
});
