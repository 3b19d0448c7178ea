import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import type { Committee } from '../../../renderer/domain/model';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

/** Every way the app reads a record: each must show the clerk's fields only, and keep the stamps for sync. */
async function everyRead(id: string): Promise<Committee[]> {
  const cursor: Committee[] = [];
  await db.committees.each((committee) => void cursor.push(committee));
  const live = await new Promise<Committee | undefined>((resolve, reject) => {
    const watch = liveQuery(() => db.committees.get(id)).subscribe({
      next: (value) => {
        watch.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });
  const found = [
    await db.committees.get(id),
    ...(await db.committees.bulkGet([id])),
    ...(await db.committees.toArray()),
    ...(await db.committees.where('name').equals('Audit Committee').toArray()),
    ...(await db.committees.filter((committee) => committee.id === id).toArray()),
    await db.committees.orderBy('name').first(),
    ...cursor,
    live,
  ];
  return found.filter((committee): committee is Committee => committee !== undefined);
}

describe("a record's field stamps, kept in its own row", () => {
  it('are not among its fields however it is read, yet stay with it for sync', async () => {
    const { id } = await createCommittee({ name: 'Audit Committee', type: 'committee' });
    const reads = await everyRead(id);
    expect(reads).toHaveLength(8);
    for (const committee of reads) {
      expect(Object.keys(committee)).not.toContain('_stamps');
      expect(JSON.stringify(committee)).not.toContain('_stamps');
      expect({ ...committee }).not.toHaveProperty('_stamps');
      expect(stampsOf(committee)?.name).toMatch(/^\d{15}-\d{5}-[0-9a-f]{8}$/);
    }
  });

  it('are kept when a record is read, changed and put back outside the change gate', async () => {
    const { id } = await createCommittee({ name: 'Audit Committee', type: 'committee' });
    const before = stampsOf((await db.committees.get(id)) ?? {});
    await db.committees.toCollection().modify((committee) => void (committee.quorum = 4));
    await db.committees.update(id, { shortName: 'Audit' });
    const after = await db.committees.get(id);
    expect(after).toMatchObject({ quorum: 4, shortName: 'Audit' });
    expect(stampsOf(after ?? {})).toEqual(before);
  });
});
