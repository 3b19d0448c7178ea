import { describe, expect, it } from 'vitest';
import { BlockCollector, joinParts } from '../../../renderer/sync/format/file-parts';

const bytes = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, at) => (at * 31 + seed) % 251);

describe('a file kept as blocks', () => {
  it('holds exactly the bytes given, in order, however they came', () => {
    const collector = new BlockCollector();
    const chunks = [
      bytes(30, 1), // a zip header
      bytes(9000, 2), // a paper, whole
      bytes(700_000, 3).subarray(5), // deflated text, a view on a larger array
      bytes(1_500_000, 4),
      bytes(16, 5),
    ];
    for (const chunk of chunks) collector.push(chunk);
    const file = collector.finish();
    const expected = new Uint8Array(chunks.flatMap((chunk) => [...chunk]));
    expect(file.size).toBe(expected.length);
    expect(joinParts(file)).toEqual(expected);
    // Every part is the whole of its own buffer, so a worker can be handed them without a copy.
    for (const part of file.parts) expect(part.byteLength).toBe(part.buffer.byteLength);
  });

  it('keeps a paper as the part it is rather than copy it, and gathers small chunks into one block', () => {
    const collector = new BlockCollector();
    const paper = bytes(9000, 7);
    for (let n = 0; n < 100; n += 1) collector.push(bytes(40, n));
    collector.push(paper);
    const file = collector.finish();
    expect(file.parts).toHaveLength(2);
    expect(file.parts[1]).toBe(paper);
  });

  it('is empty when nothing was written', () => {
    const file = new BlockCollector().finish();
    expect(file).toEqual({ parts: [], size: 0 });
    expect(joinParts(file)).toEqual(new Uint8Array(0));
  });
});
