import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { readRecordStates } from '../../../renderer/db/sync-read';
import { readBundle } from '../../../renderer/sync/format/bundle-read';
import { BundleWriter, deflating } from '../../../renderer/sync/format/bundle-write';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import type { BundleTable } from '../../../renderer/sync/format/manifest';
import { tablePieces } from '../../../renderer/sync/format/table-read';
import { readZipEntry } from '../../../renderer/sync/format/zip-reader';
import { newLaptop } from './support/laptops';
import { reportBytes, seedMeeting } from './support/meeting';

beforeEach(newLaptop);

const header = {
  appVersion: '1.0.0',
  deviceId: 'office',
  deviceName: 'Office laptop',
  exportedAt: '2026-12-04T18:00:00.000Z',
  scope: { kind: 'everything' as const },
  since: null,
  knowledge: {},
};

/** A table's records as the reader gives them back, in the order written. */
function idsIn(bundle: Awaited<ReturnType<typeof readBundle>>, table: BundleTable): string[] {
  return [...tablePieces(bundle, table)].flatMap((piece) => piece.map((record) => record.id));
}

describe('a file written a piece at a time', () => {
  it('is read back whole, checksums and all, however its tables were cut into pieces', async () => {
    await seedMeeting({ partB: true });
    const tables = await readRecordStates(db, { kind: 'everything' });
    const writer = await BundleWriter.start(header);
    for (const [table, states] of tables) for (const state of states) writer.add(table, [state]); // the smallest pieces there are
    const written = await writer.finish();

    const bundle = await readBundle(joinParts(written));
    for (const [table, states] of tables) {
      expect(idsIn(bundle, table), table).toEqual(states.map((state) => state.id));
      expect(bundle.manifest.recordCounts[table], table).toBe(states.length);
    }
    // The report's bytes travel as their own entry, named by its record.
    const contents = [...tablePieces(bundle, 'documentContents')].flat();
    const reference = contents[0]?.values?.bytes as { $binary: string };
    const entry = bundle.entries.get(reference.$binary);
    expect(entry && readZipEntry(bundle.bytes, entry)).toEqual(reportBytes);
  });

  it('reads back the same when its bigger tables are deflated on a worker beside the reading', async () => {
    await seedMeeting({ partB: true });
    const tables = await readRecordStates(db, { kind: 'everything' });
    // Some tables are past the size that goes to a worker, some are not: both kinds of entry in one file.
    const writer = await BundleWriter.start(header, { parallel: true, parallelFrom: 400 });
    for (const [table, states] of tables) {
      writer.add(table, states.slice(0, 1));
      writer.add(table, states.slice(1));
    }
    const bundle = await readBundle(joinParts(await writer.finish()));
    for (const [table, states] of tables)
      expect(idsIn(bundle, table), table).toEqual(states.map((state) => state.id));
  });

  it('deflates a small table on the page with a hash table its size, and only a big one on a worker', () => {
    // A small council's papers' records (ids and paths) and a short table: no worker, a small hash table.
    expect(deflating(3_000, { parallel: true })).toEqual({ worker: false, mem: 1 });
    expect(deflating(300_000, { parallel: true })).toEqual({ worker: false, mem: 7 });
    // Twelve years of minutes: a worker beside the reading, and fflate's usual table for streamed text.
    expect(deflating(5 * 1024 * 1024, { parallel: true })).toEqual({ worker: true, mem: 8 });
    expect(deflating(5 * 1024 * 1024, {})).toEqual({ worker: false, mem: 8 });
  });

  it('comes as blocks of the file in order, never one buffer held twice', async () => {
    await seedMeeting();
    const writer = await BundleWriter.start(header);
    for (const [table, states] of await readRecordStates(db, { kind: 'everything' }))
      writer.add(table, states);
    const { parts, size } = await writer.finish();
    expect(parts.reduce((total, part) => total + part.length, 0)).toBe(size);
    // Each block is the whole of its buffer, so a worker can be handed them without a copy.
    for (const part of parts) expect(part.byteLength).toBe(part.buffer.byteLength);
  });

  it('refuses a table whose pieces do not come together, rather than write it twice', async () => {
    const { meeting } = await seedMeeting();
    const tables = await readRecordStates(db, { kind: 'meeting', meetingId: meeting.id });
    const writer = await BundleWriter.start(header);
    writer.add('meetings', tables.get('meetings') ?? []);
    writer.add('agendaItems', tables.get('agendaItems') ?? []);
    expect(() => writer.add('meetings', tables.get('meetings') ?? [])).toThrow(
      'meetings was already written',
    );
  });
});
