import { SyncError } from './errors';
import { packedBytes, readZipEntry, type ZipEntry } from './zip-reader';

/**
 * An entry unpacked by the browser's own zlib (DecompressionStream) rather than fflate's JavaScript inflate:
 * a table's list of records is most of what an import unpacks, and fflate took a fifth of checking a small
 * council's file. Each call is an async stream with its own start-up cost, so this is for the few large
 * entries (a table's records), not a paper's many small parts (paper-check.ts keeps fflate for those).
 *
 * The same checks as readZipEntry: never more held than the declared size (an entry that unpacks beyond it
 * is refused as soon as it does), cut short or undecodable bytes refused as damaged. Returns a buffer of its
 * own, never a view into the file.
 */
export async function readZipEntryNatively(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.method === 0 || typeof DecompressionStream === 'undefined') return readZipEntry(bytes, entry);
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Failures surface on the reading side (below); the writing side's own copies of them are not reported.
  writer.write(packedBytes(bytes, entry) as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const unpacked = new Uint8Array(entry.size);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > entry.size) {
        reader.cancel().catch(() => undefined);
        throw new SyncError('too-large', `${entry.name} unpacks beyond its declared size`);
      }
      unpacked.set(value, length);
      length += value.length;
    }
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw new SyncError('damaged-file', `${entry.name} does not unpack`);
  }
  if (length !== entry.size) throw new SyncError('damaged-file', `${entry.name} is cut short`);
  return unpacked;
}
