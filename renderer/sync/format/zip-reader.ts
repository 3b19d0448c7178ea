import { inflateSync } from 'fflate';
import { SyncError } from './errors';
import type { ImportLimits } from './limits';

/** One entry as the zip's central directory declares it. */
export type ZipEntry = {
  name: string;
  method: number;
  /** The CRC-32 the directory declares (not checked here: unpacking checks the size). */
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

const endOfDirectory = 0x06054b50;
const directoryHeader = 0x02014b50;
const localHeader = 0x04034b50;

/**
 * Read a zip's central directory without unpacking anything, refusing what Chamber never writes (zip64,
 * encrypted or split archives) and what could exhaust memory (too many entries, declared sizes over the
 * limits, the same name twice). fflate's own unzip would silently keep only the last of two same-named entries.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  if (bytes.length > limits.maxFileBytes) throw new SyncError('too-large', `file is ${bytes.length} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || count === 0xffff) {
    throw new SyncError('unsupported-zip', 'split or zip64 archive');
  }
  if (count > limits.maxEntries) throw new SyncError('too-many-entries', `${count} entries`);
  if (directoryOffset + directorySize > end) throw new SyncError('damaged-file', 'directory out of range');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== directoryHeader) {
      throw new SyncError('damaged-file', `directory entry ${index + 1} unreadable`);
    }
    const entry = directoryEntry(bytes, view, at);
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new SyncError('unsupported-zip', `${entry.name} is zip-encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new SyncError('unsupported-zip', `${entry.name} method`);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw new SyncError('unsupported-zip', `${entry.name} is a zip64 entry`);
    }
    if (names.has(entry.name)) throw new SyncError('duplicate-entry', entry.name);
    names.add(entry.name);
    checkDeclaredSize(entry, limits);
    total += entry.size;
    if (total > limits.maxTotalBytes)
      throw new SyncError('too-large', `unpacks to over ${limits.maxTotalBytes} bytes`);
    entries.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** One decoder for every entry's name: a paper's directory is read for each paper an import checks. */
const entryNames = new TextDecoder();

function directoryEntry(bytes: Uint8Array, view: DataView, at: number): ZipEntry {
  const nameLength = view.getUint16(at + 28, true);
  return {
    name: entryNames.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    method: view.getUint16(at + 10, true),
    crc32: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localHeaderOffset: view.getUint32(at + 42, true),
  };
}

function checkDeclaredSize(entry: ZipEntry, limits: ImportLimits): void {
  if (entry.size > limits.maxEntryBytes)
    throw new SyncError('too-large', `${entry.name} is ${entry.size} bytes`);
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
    throw new SyncError('too-large', `${entry.name} unpacks ${Math.round(ratio)} times its size`);
  }
}

function findEndOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === endOfDirectory) return at;
  }
  throw new SyncError('not-a-zip');
}

/**
 * Unpack one entry into a buffer of its declared size plus one byte: an entry that unpacks to more than it
 * declared is caught without ever holding more than that.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  // A copy, not a view: a view would keep (and IndexedDB would clone) the whole file for each document.
  return entry.method === 0 ? viewZipEntry(bytes, entry).slice() : unpackEntry(bytes, entry);
}

/**
 * An entry's bytes without copying them where they are stored as they are (papers): for checking a checksum,
 * never for keeping. A deflated entry is unpacked as `readZipEntry` does.
 */
export function viewZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method !== 0) return unpackEntry(bytes, entry);
  return checkSize(packedBytes(bytes, entry), entry);
}

/** An entry's bytes as the zip holds them (deflated or not), a view into `bytes`. */
export function packedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localHeader) {
    throw new SyncError('damaged-file', `${entry.name} header`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new SyncError('damaged-file', `${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function unpackEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const packed = packedBytes(bytes, entry);
  let unpacked: Uint8Array;
  try {
    unpacked = inflateSync(packed, { out: new Uint8Array(entry.size + 1) });
  } catch {
    throw new SyncError('damaged-file', `${entry.name} does not unpack`);
  }
  return checkSize(unpacked, entry);
}

function checkSize(unpacked: Uint8Array, entry: ZipEntry): Uint8Array {
  if (unpacked.length > entry.size)
    throw new SyncError('too-large', `${entry.name} unpacks beyond its declared size`);
  if (unpacked.length !== entry.size) throw new SyncError('damaged-file', `${entry.name} is cut short`);
  return unpacked;
}
