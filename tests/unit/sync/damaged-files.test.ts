import { beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../../renderer/sync/export';
import { importFile } from '../../../renderer/sync/import';
import { isSyncError, syncErrorMessages } from '../../../renderer/sync/format/errors';
import { databaseHash, newLaptop } from './support/laptops';
import { seedMeeting } from './support/meeting';
import {
  dataSpans,
  duplicateEntry,
  pack,
  positions,
  readJson,
  unpack,
  withJson,
  zipBomb,
  type Damage,
} from './support/damage';
import { joinParts } from '../../../renderer/sync/format/file-parts';

/**
 * A mutation fuzzer: damaged copies of a good file, each refused with a clear message, and the database
 * byte-for-byte as it was. Flipped bytes land inside entries' data (a flip in a zip header's timestamp
 * changes nothing a clerk cares about and is rightly accepted).
 */
let good: Uint8Array;
let encrypted: Uint8Array;
const damages: Damage[] = [];

beforeAll(async () => {
  await newLaptop();
  await seedMeeting({ partB: true });
  good = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
  encrypted = joinParts(
    await exportFile({ scope: { kind: 'everything' } }, { passphrase: 'Civic Centre 2013' }),
  );
  damages.push(...buildDamages());
}, 60_000);

function buildDamages(): Damage[] {
  const list: Damage[] = [];
  const entries = unpack(good);
  const manifest = readJson(entries, 'manifest.json');
  const listed = manifest.entries as Record<string, { sha256: string; size: number }>;
  const names = [...entries.keys()];

  for (const length of [
    0,
    1,
    21,
    22,
    100,
    Math.floor(good.length / 3),
    Math.floor(good.length / 2),
    good.length - 1,
    good.length - 22,
    good.length - 40,
  ]) {
    list.push({ name: `cut to ${length} bytes`, bytes: good.slice(0, length) });
  }
  const spans = dataSpans(good);
  for (let seed = 1; seed <= 16; seed += 1) {
    const bytes = good.slice();
    for (const at of positions(seed, 1 + (seed % 3), spans)) bytes[at] = (bytes[at] ?? 0) ^ (1 << (seed % 8));
    list.push({ name: `bytes flipped (seed ${seed})`, bytes });
  }
  for (const name of names) {
    const without = new Map(entries);
    without.delete(name);
    list.push({
      name: `${name} removed`,
      bytes: pack(without),
      code: name === 'manifest.json' ? 'not-chamber' : 'missing-entry',
    });
  }
  for (const name of names)
    list.push({ name: `${name} twice`, bytes: duplicateEntry(entries, name), code: 'duplicate-entry' });
  for (const name of Object.keys(listed)) {
    const altered = { ...listed, [name]: { ...listed[name], sha256: 'a'.repeat(64) } };
    list.push({
      name: `checksum of ${name} altered`,
      bytes: pack(withJson(entries, 'manifest.json', { ...manifest, entries: altered })),
      code: 'checksum-mismatch',
    });
  }
  // A table's list garbled to the same size: its checksum is the answer, not what reading the garble found.
  for (const name of names.filter((entry) => entry.startsWith('records/'))) {
    const garbled = new Uint8Array(entries.get(name)?.length ?? 0).fill(0x7b);
    list.push({
      name: `${name} garbled, same size`,
      bytes: pack(new Map(entries).set(name, garbled)),
      code: 'checksum-mismatch',
    });
  }
  const edit = (name: string, change: Record<string, unknown>, code: Damage['code']) =>
    list.push({ name, bytes: pack(withJson(entries, 'manifest.json', { ...manifest, ...change })), code });
  edit('made by a newer Chamber', { formatVersion: 2 }, 'newer-version');
  edit('format version 0', { formatVersion: 0 }, 'unknown-version');
  edit('another format', { format: 'agenda-export' }, 'not-chamber');
  edit('no device id', { deviceId: undefined }, 'manifest-invalid');
  edit('exported at no time', { exportedAt: 'yesterday' }, 'manifest-invalid');
  edit('scope unknown', { scope: { kind: 'council' } }, 'manifest-invalid');
  edit('knowledge not a clock stamp', { knowledge: { a: 'noon' } }, 'manifest-invalid');
  edit(
    'record count wrong',
    { recordCounts: { ...(manifest.recordCounts as object), minutes: 7 } },
    'count-mismatch',
  );
  edit(
    'an entry listed but absent',
    { entries: { ...listed, 'documents/999999': { sha256: 'b'.repeat(64), size: 3 } } },
    'missing-entry',
  );
  list.push({
    name: 'manifest not JSON',
    bytes: pack(new Map(entries).set('manifest.json', new TextEncoder().encode('{"format":'))),
    code: 'manifest-invalid',
  });
  list.push({
    name: 'an unlisted entry',
    bytes: pack(new Map(entries).set('records/extra.json', new Uint8Array([91, 93]))),
    code: 'unlisted-entry',
  });

  const minutes = JSON.parse(new TextDecoder().decode(entries.get('records/minutes.json'))) as {
    id: string;
    values: Record<string, unknown>;
  }[];
  const badRecord = async (name: string, records: unknown) => {
    const bytes = new TextEncoder().encode(JSON.stringify(records));
    const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    const entriesAltered = { ...listed, 'records/minutes.json': { sha256, size: bytes.length } };
    const next = withJson(new Map(entries).set('records/minutes.json', bytes), 'manifest.json', {
      ...manifest,
      entries: entriesAltered,
    });
    list.push({ name, bytes: pack(next), code: 'record-invalid' });
  };
  pendingRecords.push(
    badRecord('minute text not rich text', [{ ...minutes[0], values: { ...minutes[0]!.values, text: 42 } }]),
    badRecord('minute id differs from its record', [
      { ...minutes[0], values: { ...minutes[0]!.values, id: 'other' } },
    ]),
    badRecord('minute with no stamps', [{ ...minutes[0], stamps: undefined }]),
  );

  list.push({
    name: 'not a zip at all',
    bytes: new TextEncoder().encode('%PDF-1.7 minutes'),
    code: 'not-a-zip',
  });
  list.push({ name: 'an empty file', bytes: new Uint8Array(), code: 'not-a-zip' });
  list.push({ name: 'a zip bomb', bytes: zipBomb(), code: 'too-large' });
  const huge = good.slice();
  const view = new DataView(huge.buffer);
  const central = findCentral(huge);
  view.setUint32(central + 24, 0x7fffffff, true);
  list.push({ name: 'an entry declaring 2 GB', bytes: huge, code: 'too-large' });

  list.push({
    name: 'wrong passphrase',
    bytes: encrypted,
    passphrase: 'Civic Centre 2012',
    code: 'wrong-passphrase',
  });
  list.push({ name: 'no passphrase', bytes: encrypted, code: 'passphrase-needed' });
  const inner = unpack(encrypted);
  const payload = inner.get('payload')!.slice();
  payload[10] = (payload[10] ?? 0) ^ 1;
  list.push({
    name: 'encrypted payload altered',
    bytes: pack(new Map(inner).set('payload', payload)),
    passphrase: 'Civic Centre 2013',
    code: 'checksum-mismatch',
  });
  const wrapper = readJson(inner, 'chamber-encrypted.json');
  list.push({
    name: 'encryption asks 1e9 iterations',
    bytes: pack(withJson(inner, 'chamber-encrypted.json', { ...wrapper, iterations: 1e9 })),
    passphrase: 'x',
    code: 'manifest-invalid',
  });
  list.push({
    name: 'encrypted with payload cut',
    bytes: encrypted.slice(0, encrypted.length - 30),
    passphrase: 'Civic Centre 2013',
  });
  return list;
}

const pendingRecords: Promise<void>[] = [];

/** The file's own central directory, from its end record: a Word paper stored inside has one of its own. */
function findCentral(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at -= 1)
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true);
  throw new Error('no central directory');
}

describe('damaged and hostile files', () => {
  it('refuses each of at least 50 damaged files with a clear message, leaving the database untouched', async () => {
    await Promise.all(pendingRecords);
    expect(damages.length).toBeGreaterThanOrEqual(50);
    const before = await databaseHash();
    const outcomes: string[] = [];
    for (const damage of damages) {
      const error = await importFile(
        damage.bytes,
        damage.passphrase ? { passphrase: damage.passphrase } : {},
      ).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      if (!isSyncError(error)) {
        outcomes.push(
          `${damage.name}: ${error === undefined ? 'was accepted' : error instanceof Error ? error.message : 'an unknown error'}`,
        );
        continue;
      }
      expect(error.message.startsWith(syncErrorMessages[error.code])).toBe(true);
      if (damage.code && error.code !== damage.code)
        outcomes.push(`${damage.name}: ${error.code}, expected ${damage.code}`);
    }
    expect(outcomes).toEqual([]);
    expect(await databaseHash()).toBe(before);
  }, 120_000);

  it('still imports the undamaged file', async () => {
    await expect(importFile(good)).resolves.toMatchObject({ conflicts: 0 });
  });
});
