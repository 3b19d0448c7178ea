import { describe, expect, it } from 'vitest';
import { encodeList } from '../../../renderer/sync/format/bundle-write';

describe('a table’s records written in pieces', () => {
  it('are byte for byte the JSON of the whole list, across piece boundaries and with any text', () => {
    const decoder = new TextDecoder();
    for (const count of [1, 1999, 2000, 2001, 4500]) {
      const list = Array.from({ length: count }, (_, index) => ({
        id: `minute-${index}`,
        text: index % 3 === 0 ? 'The Chair’s “thanks” — noted' : `Item ${index}`,
      }));
      const bytes = encodeList(list, (item) => ({ ...item, seen: true }));
      expect(decoder.decode(bytes)).toBe(JSON.stringify(list.map((item) => ({ ...item, seen: true }))));
    }
  });
});
