import { inflateSync } from 'fflate';
import type { DocxParts } from './zip-parts';

/** A part as it lies in its zip, still compressed: copied into the pack as it is, never inflated and deflated again. */
export type CompressedPart = { compressed: Uint8Array; method: 0 | 8; crc: number; size: number };

const keptCompressed = new WeakMap<DocxParts, Map<string, CompressedPart>>();

/**
 * The entries of a zip whose names pass `wanted`, as they lie compressed, read from its central directory. A zip
 * this cannot read so (zip64, encrypted, damaged, another method) gives none, and its parts are inflated as before.
 */
export function compressedEntries(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
): Map<string, CompressedPart> {
  const found = new Map<string, CompressedPart>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return found;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  for (let entry = 0; entry < count; entry += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return new Map();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    const plain = (flags & 1) === 0 && (method === 0 || method === 8);
    const small = compressedSize !== 0xffffffff && size !== 0xffffffff && local !== 0xffffffff;
    if (!wanted(name) || !plain || !small) continue;
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) return new Map();
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (data + compressedSize > zip.length) return new Map();
    const compressed = zip.subarray(data, data + compressedSize);
    found.set(name, { compressed, method: method === 8 ? 8 : 0, crc, size });
  }
  return found;
}

/** Keep these compressed parts with `parts`, beside its inflated ones: see compressedPart. */
export function keepCompressed(parts: DocxParts, path: string, part: CompressedPart): void {
  const kept = keptCompressed.get(parts) ?? new Map<string, CompressedPart>();
  keptCompressed.set(parts, kept);
  kept.set(path, part);
}

/** A part kept compressed with `parts` (not among its inflated bytes). */
export function compressedPart(parts: DocxParts, path: string): CompressedPart | undefined {
  return keptCompressed.get(parts)?.get(path);
}

/** Hand over the parts kept compressed with `parts`, which no longer keeps them. */
export function releaseCompressed(parts: DocxParts): Map<string, CompressedPart> {
  const kept = keptCompressed.get(parts) ?? new Map<string, CompressedPart>();
  keptCompressed.delete(parts);
  return kept;
}

/** Inflate the parts kept compressed into `parts` itself, for a writer that takes bytes only. */
export function settleCompressed(parts: DocxParts): void {
  for (const [path, part] of releaseCompressed(parts))
    parts.set(
      path,
      part.method === 8 ? inflateSync(part.compressed, { out: new Uint8Array(part.size) }) : part.compressed,
    );
}
