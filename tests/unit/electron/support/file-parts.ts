import type { FileParts } from '../../../../renderer/sync';

/**
 * A file as an export hands it over: in blocks, here of an odd size, so a piece written to disk starts and ends
 * inside a block and the writer's gathering is really exercised.
 */
export function inParts(bytes: Uint8Array, blockBytes = 3_000_017): FileParts {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += blockBytes) parts.push(bytes.subarray(at, at + blockBytes));
  return { parts, size: bytes.length };
}
