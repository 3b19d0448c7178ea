import { SyncError } from './errors';

/**
 * A table's records in a .chamber file: a JSON list with one record to a line,
 *
 *   [
 *   {"id":"a",...},
 *   {"id":"b",...}
 *   ]
 *
 * which any JSON reader takes as the list it is (the line breaks are whitespace), and which Chamber reads a
 * few megabytes of lines at a time: twelve years of minutes are a list of hundreds of megabytes, and parsing
 * it whole held the text, every record and the import's own copies at once. A line break can stand only
 * between records, since JSON writes a line break inside a string as the two characters \n.
 */

const encoder = new TextEncoder();
const newline = 0x0a;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const comma = 0x2c;

/** How a list written a piece at a time opens, joins its pieces and closes (the layout above). */
export const recordListOpen = encoder.encode('[\n');
export const recordListBetween = encoder.encode(',\n');
export const recordListClose = encoder.encode('\n]');

/**
 * One piece's lines, without the framing: a few thousand records at a time, since stringifying and encoding one
 * string of twelve years of minutes cost many times more than the same work in pieces.
 */
export function recordLines<T>(list: T[], each: (item: T) => unknown): Uint8Array {
  return encoder.encode(list.map((item) => JSON.stringify(each(item))).join(',\n'));
}

/** Bytes of lines parsed at once, at most (a single longer record is parsed on its own). */
const pieceBytes = 4 * 1024 * 1024;

/** A piece of the list: its items, and its text (to look for a word in without walking every item). */
export type ListPiece = { items: unknown[]; text: string };

/**
 * The list's items, a few megabytes of lines at a time. A list not laid out a record to a line (a file from a
 * Chamber before this layout) is parsed whole, as one piece. Anything that is not such a list of objects
 * throws a SyncError naming the entry: nothing of it is half read.
 */
export function* recordListPieces(bytes: Uint8Array, path: string): Generator<ListPiece> {
  const end = bytes.length;
  const laidOut =
    end >= 4 &&
    bytes[0] === openBracket &&
    bytes[1] === newline &&
    bytes[end - 2] === newline &&
    bytes[end - 1] === closeBracket;
  if (!laidOut) {
    const text = decode(bytes, path);
    const whole = parse(text, path);
    if (!Array.isArray(whole)) throw new SyncError('record-invalid', `${path}: expected a list of records`);
    yield { items: whole, text };
    return;
  }
  const last = end - 2; // the line break before the closing bracket
  let start = 2;
  if (start === last) return; // "[\n\n]": nothing in it
  while (start <= last) {
    // Whole lines up to about pieceBytes; `stop` is the line break that ends the piece.
    let stop = bytes.indexOf(newline, start);
    while (stop < last && stop - start < pieceBytes) stop = bytes.indexOf(newline, stop + 1);
    const final = stop === last;
    const endsWithComma = bytes[stop - 1] === comma;
    // Every line but the list's last ends with a comma: a piece then joins the next as the list has it.
    if (final === endsWithComma)
      throw new SyncError('record-invalid', `${path} is not readable JSON (a line ends wrongly)`);
    const text = decode(bytes.subarray(start, final ? stop : stop - 1), path);
    // A piece of nothing but a comma would read as an empty list here, where the whole list is not JSON.
    if (/^\s*$/.test(text))
      throw new SyncError('record-invalid', `${path} is not readable JSON (an empty line)`);
    const items = parse(`[${text}]`, path);
    if (!Array.isArray(items)) throw new SyncError('record-invalid', `${path}: expected a list of records`);
    yield { items, text };
    start = stop + 1;
  }
}

function decode(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncError('record-invalid', `${path} is not readable JSON`);
  }
}

function parse(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncError('record-invalid', `${path} is not readable JSON`);
  }
}
