import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChamberDatabase } from '../../../renderer/db/database';
import { stampsOf } from '../../../renderer/db/record-stamps';
import { currentSchemaVersion } from '../../../renderer/db/schema';
import { oldLaptop } from './old-laptop';

const name = 'chamber-phrase-kinds-migration-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const stamps = { text: '2026-01-01T10:00:00.000Z-0000-aaaa' };

/** A laptop's database as version 7 left it: the standard phrases as plain wording, and one of the council's. */
async function version7Laptop(): Promise<void> {
  const old = await oldLaptop(name, 7);
  await old.table('phrases').bulkAdd([
    {
      id: 'p1',
      order: 1,
      label: 'Report noted (RESOLVED)',
      text: 'RESOLVED: That the report be noted.',
      _stamps: stamps,
    },
    { id: 'p2', order: 2, label: 'Members asked...', text: 'Members asked ' },
    { id: 'p4', order: 4, label: 'Report noted (AGREED)', text: 'AGREED: That the report be noted.' },
    { id: 'p5', order: 5, label: 'To Cabinet', text: 'RECOMMENDED - that the policy be adopted.' },
    { id: 'p6', order: 6, label: 'Resolved, said', text: 'Resolved matters were reported.' },
  ]);
  old.close();
}

describe('upgrading a version 7 database to phrases with kinds', () => {
  it('makes the resolution wordings resolution phrases with their verb, and keeps the rest plain text', async () => {
    await version7Laptop();
    const upgraded = new ChamberDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    const phrases = await upgraded.phrases.orderBy('order').toArray();
    expect(phrases.map(({ id, kind, verb, text }) => ({ id, kind, verb, text }))).toEqual([
      { id: 'p1', kind: 'resolution', verb: 'resolved', text: 'That the report be noted.' },
      { id: 'p2', kind: 'text', verb: undefined, text: 'Members asked ' },
      { id: 'p4', kind: 'resolution', verb: 'agreed', text: 'That the report be noted.' },
      { id: 'p5', kind: 'resolution', verb: 'recommended', text: 'That the policy be adopted.' },
      { id: 'p6', kind: 'text', verb: undefined, text: 'Resolved matters were reported.' },
    ]);
    expect(phrases[0]?.label).toBe('Report noted (RESOLVED)');
    expect(stampsOf(phrases[0] ?? {})).toEqual(stamps);
    upgraded.close();
  });
});
