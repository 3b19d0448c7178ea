import { describe, expect, it } from 'vitest';
import {
  BlockCollector,
  SinkQueue,
  joinParts,
  type FileSink,
} from '../../../renderer/sync/format/file-parts';

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
    const expected = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
    chunks.reduce((at, chunk) => (expected.set(chunk, at), at + chunk.length), 0);
    expect(file.size).toBe(expected.length);
    // Compared as bytes: a deep equality over 2 MB element by element took over 20 s on a loaded machine.
    expect(Buffer.compare(joinParts(file), expected)).toBe(0);
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

describe('a file written to a sink as it is made', () => {
  /** A sink whose writes finish only when the test lets them. */
  function slowSink() {
    const written: number[][] = [];
    const waiting: (() => void)[] = [];
    const sink: FileSink = {
      write: (part) =>
        new Promise<void>((resolve) => {
          waiting.push(() => {
            written.push([...part]);
            resolve();
          });
        }),
      close: async () => undefined,
      abandon: async () => undefined,
    };
    const letOneFinish = async () => {
      await Promise.resolve();
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    return { sink, written, letOneFinish };
  }

  it('passes on the parts in order, and makes the maker wait only while too much is unwritten', async () => {
    const { sink, written, letOneFinish } = slowSink();
    const queue = new SinkQueue(sink, 25);
    queue.push(bytes(10, 1));
    queue.push(bytes(10, 2));
    await queue.ready(); // 20 bytes waiting: room for more
    queue.push(bytes(10, 3));
    let ready = false;
    const waited = queue.ready().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ready).toBe(false); // 30 bytes waiting
    await letOneFinish();
    await waited; // 20 bytes waiting: the maker goes on while the disk writes the rest
    expect(written).toEqual([[...bytes(10, 1)]]);
    await letOneFinish();
    await letOneFinish();
    await queue.end();
    expect(written).toEqual([[...bytes(10, 1)], [...bytes(10, 2)], [...bytes(10, 3)]]);
  });

  it('fails the maker with the sink’s own reason, and writes nothing after a failed part', async () => {
    const written: Uint8Array[] = [];
    const sink: FileSink = {
      write: async (part) => {
        if (written.length === 1) throw new Error('The disk is full.');
        written.push(part);
      },
      close: async () => undefined,
      abandon: async () => undefined,
    };
    const queue = new SinkQueue(sink, 5);
    for (let n = 0; n < 4; n += 1) queue.push(bytes(10, n));
    await expect(queue.ready()).rejects.toThrow('The disk is full.');
    await expect(queue.end()).rejects.toThrow('The disk is full.');
    expect(written).toHaveLength(1);
  });
});
