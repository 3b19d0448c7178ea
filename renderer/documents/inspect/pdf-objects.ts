import { unzlibSync } from 'fflate';
import { latin1 } from './latin1';

/**
 * The bodies of a PDF's objects by object number, read straight from the file and from its compressed object
 * streams (PDF 1.5). Bytes are held as a one-character-per-byte string so positions match the file.
 * A later definition wins, as it does for an incremental update appended to the file.
 */
export function readPdfObjects(bytes: Uint8Array): Map<number, string> {
  const text = latin1(bytes);
  const objects = new Map<number, string>();
  const streams: { body: string; offset: number }[] = [];
  for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\b/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end === -1 ? undefined : end);
    objects.set(Number(match[1]), body);
    if (/\/Type\s*\/ObjStm\b/.test(body)) streams.push({ body, offset: start });
  }
  for (const { body: stream, offset } of streams) {
    const contents = objectStreamContents(stream, bytes.subarray(offset, offset + stream.length));
    for (const [number, body] of contents) if (!objects.has(number)) objects.set(number, body);
  }
  return objects;
}

/** The objects packed in one object stream; nothing when it cannot be unpacked (e.g. an encrypted file). */
function objectStreamContents(body: string, bodyBytes: Uint8Array): Map<number, string> {
  const found = new Map<number, string>();
  const data = streamData(body, bodyBytes);
  const count = Number(/\/N\s+(\d+)/.exec(body)?.[1]);
  const first = Number(/\/First\s+(\d+)/.exec(body)?.[1]);
  if (data === undefined || !count || Number.isNaN(first)) return found;
  const header = data.slice(0, first).trim().split(/\s+/).map(Number);
  for (let index = 0; index < count; index += 1) {
    const number = header[index * 2];
    const offset = header[index * 2 + 1];
    const next = header[index * 2 + 3];
    if (number === undefined || offset === undefined) break;
    found.set(number, data.slice(first + offset, next === undefined ? undefined : first + next));
  }
  return found;
}

function streamData(body: string, bodyBytes: Uint8Array): string | undefined {
  const start = /stream\r?\n/.exec(body);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const raw = bodyBytes.subarray(from, body.lastIndexOf('endstream'));
  if (!/\/Filter\s*\/FlateDecode/.test(body)) return latin1(raw);
  try {
    return latin1(unzlibSync(raw));
  } catch {
    return undefined;
  }
}
