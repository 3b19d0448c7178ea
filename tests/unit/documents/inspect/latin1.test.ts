import { describe, expect, it } from 'vitest';
import { latin1 } from '../../../../renderer/documents/inspect/latin1';

describe('latin1', () => {
  it('keeps one character per byte, 0x80-0x9F included, so the bytes can be recovered', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, index) => index % 256);
    const text = latin1(bytes);
    expect(text).toHaveLength(bytes.length);
    expect(text.charCodeAt(0x80)).toBe(0x80);
    expect(Uint8Array.from(text, (character) => character.charCodeAt(0))).toEqual(bytes);
  });
});
