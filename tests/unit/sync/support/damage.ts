import { deflateSync, unzipSync, zipSync, type Zippable } from 'fflate';
import type { SyncErrorCode } from '../../../../renderer/sync/format/errors';

/** A damaged copy of a good file, what it should be refused with (any code when several could apply). */
export type Damage = { name: string; bytes: Uint8Array; code?: SyncErrorCode; passphrase?: string };

const encoder = new TextEncoder();

export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function pack(entries: Map<string, Uint8Array> | [string, Uint8Array][]): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of entries) files[name] = [bytes, { level: 6 }];
  return zipSync(files);
}

export function readJson(entries: Map<string, Uint8Array>, name: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(entries.get(name))) as Record<string, unknown>;
}

export function withJson(
  entries: Map<string, Uint8Array>,
  name: string,
  value: unknown,
): Map<string, Uint8Array> {
  return new Map(entries).set(name, encoder.encode(JSON.stringify(value)));
}

/** Two entries with the same name: zipped under a same-length stand-in name, then renamed in the bytes. */
export function duplicateEntry(entries: Map<string, Uint8Array>, name: string): Uint8Array {
  const standIn = `${name.slice(0, -1)}~`;
  const zipped = pack([...entries, [standIn, entries.get(name) ?? new Uint8Array()]]);
  const from = encoder.encode(standIn);
  const to = encoder.encode(name);
  for (let at = 0; at <= zipped.length - from.length; at += 1) {
    if (from.every((byte, index) => zipped[at + index] === byte)) zipped.set(to, at);
  }
  return zipped;
}

/** Spans of entry data (after each local header): where a flipped byte changes what an entry holds. */
export function dataSpans(bytes: Uint8Array): [number, number][] {
  // Sizes come from the central directory: a file written as a stream (as Chamber's is) leaves them out of
  // each entry's own header and gives them after the data instead.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const spans: [number, number][] = [];
  let at = view.getUint32(end + 16, true);
  for (let index = view.getUint16(end + 10, true); index > 0; index -= 1) {
    const size = view.getUint32(at + 20, true);
    const header = view.getUint32(at + 42, true);
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (size > 0) spans.push([start, start + size]);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return spans;
}

/** A small deterministic generator, so a failing case names the same damage every run. */
export function positions(seed: number, count: number, spans: [number, number][]): number[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const [start, end] = spans[Math.floor(next() * spans.length)] ?? [0, 1];
    return start + Math.floor(next() * (end - start));
  });
}

export function zipBomb(): Uint8Array {
  const zeros = new Uint8Array(24 * 1024 * 1024);
  return zipSync({
    'manifest.json': [encoder.encode('{}'), { level: 6 }],
    'records/minutes.json': [zeros, { level: 9 }],
  });
}

export { deflateSync };
