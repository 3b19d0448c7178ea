import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../renderer/sync/format/errors';
import {
  recordLines,
  recordListBetween,
  recordListClose,
  recordListOpen,
  recordListPieces,
} from '../../../renderer/sync/format/record-list';

const encoder = new TextEncoder();

/** A list laid out as the file's writer lays one out: opened, pieces of 2,000 lines joined, closed. */
function encodeRecordList<T>(list: T[], each: (item: T) => unknown): Uint8Array {
  const pieces: Uint8Array[] = [recordListOpen];
  for (let start = 0; start < list.length; start += 2000) {
    if (start > 0) pieces.push(recordListBetween);
    pieces.push(recordLines(list.slice(start, start + 2000), each));
  }
  pieces.push(recordListClose);
  return new Uint8Array(pieces.flatMap((piece) => [...piece]));
}
const decoder = new TextDecoder();
const read = (bytes: Uint8Array) => [...recordListPieces(bytes, 'records/minutes.json')];
const items = (bytes: Uint8Array) => read(bytes).flatMap((piece) => piece.items);
const problem = (text: string) => {
  try {
    read(encoder.encode(text));
  } catch (error) {
    return error instanceof SyncError ? error.message : `not a SyncError: ${String(error)}`;
  }
  return 'read without complaint';
};

function minutes(count: number, size = 40) {
  return Array.from({ length: count }, (_, index) => ({
    id: `minute-${index}`,
    // Line breaks, quotes and non-Latin text inside a value must not split a record.
    text: `${index % 3 === 0 ? 'The Chair’s “thanks”\nnoted — ' : 'Item '}${'x'.repeat(size)}`,
  }));
}

describe('a table’s records, one to a line', () => {
  it('are the JSON of the whole list, which any JSON reader takes as it is', () => {
    for (const count of [0, 1, 1999, 2000, 2001, 4500]) {
      const list = minutes(count);
      const bytes = encodeRecordList(list, (item) => ({ ...item, seen: true }));
      const expected = list.map((item) => ({ ...item, seen: true }));
      expect(JSON.parse(decoder.decode(bytes))).toEqual(expected);
      expect(items(bytes)).toEqual(expected);
    }
  });

  it('are read a few megabytes at a time, never the whole list at once', () => {
    const list = minutes(6000, 2000); // about 12 MB
    const pieces = read(encodeRecordList(list, (item) => item));
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect(piece.text.length).toBeLessThan(5 * 1024 * 1024);
    expect(pieces.flatMap((piece) => piece.items)).toEqual(list);
  });

  it('still reads a list written on one line, as earlier versions of Chamber wrote it', () => {
    const list = minutes(10);
    expect(items(encoder.encode(JSON.stringify(list)))).toEqual(list);
    expect(items(encoder.encode('[]'))).toEqual([]);
  });

  it('refuses a list whose lines do not join up, naming the entry', () => {
    expect(problem('[\n{"id":"a"}\n{"id":"b"}\n]')).toContain('records/minutes.json is not readable JSON');
    expect(problem('[\n{"id":"a"},\n{"id":"b"},\n]')).toContain('records/minutes.json is not readable JSON');
    expect(problem('[\n{"id":"a"},\n,\n{"id":"b"}\n]')).toContain(
      'records/minutes.json is not readable JSON',
    );
    expect(problem('[\n{"id":"a"\n]')).toContain('records/minutes.json is not readable JSON');
    expect(problem('{"id":"a"}')).toContain('expected a list of records');
    expect(problem('[\n{"id":"\u00ff\n]')).toContain('not readable JSON');
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = encodeRecordList(minutes(3), (item) => item);
    bytes[10] = 0xff;
    expect(() => read(bytes)).toThrow(SyncError);
  });
});
