import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../renderer/sync/format/checksum';

describe('checksums of entries small and large', () => {
  it('are the SHA-256 of the bytes, whichever way they are taken', async () => {
    // Small entries are hashed on the page, large ones by WebCrypto: a file names both kinds the same way.
    for (const size of [0, 3, 4_000, 32 * 1024, 32 * 1024 + 1, 300_000]) {
      const bytes = new Uint8Array(size).map((_, at) => (at * 31 + 7) % 251);
      expect(await sha256Hex(bytes), `${size} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    // Taken one after another, none mixes with the next.
    const [first, second] = await Promise.all([
      sha256Hex(new Uint8Array([1])),
      sha256Hex(new Uint8Array([2])),
    ]);
    expect(first).toBe(
      createHash('sha256')
        .update(new Uint8Array([1]))
        .digest('hex'),
    );
    expect(second).toBe(
      createHash('sha256')
        .update(new Uint8Array([2]))
        .digest('hex'),
    );
  });
});
