import { unzlibSync } from 'fflate';

/**
 * The bodies of a PDF's objects by object number, read straight from the file and from its compressed object
 * streams (PDF 1.5). Bytes are held as a one-character-per-byte string so positions match the file.
 * A later definition wins, as it does for an incremental update appended to the file.
 */
export function readPdfObjects(bytes: Uint8Array): Map<number, string> {
  const text = new TextDecoder('latin1').decode(bytes);
  const objects = new Map<number, string>();
  const streams: string[] = [];
  for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\b/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end === -1 ? undefined : end);
    objects.set(Number(match[1]), body);
    if (/\/Type\s*\/ObjStm\b/.test(body)) streams.push(body);
  }
  for (const stream of streams) {
    for (const [number, body] of objectStreamContents(stream))
      if (!objects.has(number)) objects.set(number, body);
  }
  return objects;
}

/** The objects packed in one object stream; nothing when it cannot be unpacked (e.g. an encrypted file). */
function objectStreamContents(body: string): Map<number, string> {
  const found = new Map<number, string>();
  const data = streamData(body);
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

function streamData(body: string): string | undefined {
  const start = /stream\r?\n/.exec(body);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const raw = body.slice(from, body.lastIndexOf('endstream'));
  const bytes = Uint8Array.from(raw, (character) => character.charCodeAt(0) & 0xff);
  if (!/\/Filter\s*\/FlateDecode/.test(body)) return raw;
  try {
    return new TextDecoder('latin1').decode(unzlibSync(bytes));
  } catch {
    return undefined;
  }
}
