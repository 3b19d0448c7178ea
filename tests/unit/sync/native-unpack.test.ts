import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readZipEntryNatively } from '../../../renderer/sync/format/native-unpack';
import { defaultImportLimits } from '../../../renderer/sync/format/limits';
import { readZipDirectory, readZipEntry, type ZipEntry } from '../../../renderer/sync/format/zip-reader';

const minutes = strToU8(`[\n${Array.from({ length: 2000 }, (_, n) => `{"id":"m${n}"}`).join(',\n')}\n]`);

function entryOf(zip: Uint8Array): ZipEntry {
  const entry = readZipDirectory(zip, defaultImportLimits)[0];
  if (!entry) throw new Error('no entry');
  return entry;
}

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => ({ code: (error as { code?: string }).code, message: (error as Error).message }),
  );

describe('a table’s list unpacked by the browser’s own inflate', () => {
  const zip = zipSync({ 'records/minutes.json': [minutes, { level: 6 }] });

  it('gives the same bytes as unpacking it in JavaScript', async () => {
    const entry = entryOf(zip);
    expect(entry.method).toBe(8);
    expect(await readZipEntryNatively(zip, entry)).toEqual(readZipEntry(zip, entry));
  });

  it('is refused as too large as soon as it unpacks beyond the size it declares', async () => {
    const entry = { ...entryOf(zip), size: 1000 };
    expect(await refusal(readZipEntryNatively(zip, entry))).toEqual({
      code: 'too-large',
      message: expect.stringContaining('records/minutes.json unpacks beyond its declared size') as unknown,
    });
  });

  it('is refused as damaged when it unpacks to less than it declares, or does not unpack', async () => {
    const entry = entryOf(zip);
    expect((await refusal(readZipEntryNatively(zip, { ...entry, size: entry.size + 1 })))?.code).toBe(
      'damaged-file',
    );
    const garbled = zip.slice();
    const start = entry.localHeaderOffset + 30 + 'records/minutes.json'.length;
    garbled.fill(0xff, start, start + 40);
    expect(await refusal(readZipEntryNatively(garbled, entry))).toEqual({
      code: 'damaged-file',
      message: expect.stringContaining('records/minutes.json does not unpack') as unknown,
    });
  });
});
