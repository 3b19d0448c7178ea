import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Index } from 'flexsearch';

/** What a hit shows of an entry, by its number in the piece: [id ("kind:recordId"), meetingId, date, title]. */
export type PieceRow = [string, string, string, string];

/** FlexSearch's export of one Index: its chunks by name, each already JSON. */
type Chunks = [string, unknown][];

export type UnpackedPiece = { rows: (PieceRow | null)[]; title: Chunks; text: Chunks };

function exported(index: Index): [string, string][] {
  const chunks: [string, string][] = [];
  // An in-memory Index exports at once (no storage behind it), so the chunks are all here when it returns.
  void index.export((chunk, data) => {
    chunks.push([chunk, data]);
  });
  return chunks;
}

/** FlexSearch's chunks are JSON already: written into the piece's JSON as they are, not quoted again. */
function chunksJson(chunks: readonly [string, string][]): string {
  return `[${chunks.map(([chunk, data]) => `[${JSON.stringify(chunk)},${data}]`).join(',')}]`;
}

/**
 * A piece's entries and its two indexes as one JSON text, deflated. Words repeat across a committee's year far
 * more than the numbers of their entries do, so deflate takes the JSON to about a fifth (see bench/RESULTS.md),
 * and IndexedDB stores the bytes as they are, with no structured-clone walk over thousands of small arrays.
 */
export function packPiece(rows: readonly (PieceRow | null)[], title: Index, text: Index): Uint8Array {
  const json = `{"rows":${JSON.stringify(rows)},"title":${chunksJson(exported(title))},"text":${chunksJson(exported(text))}}`;
  return deflateSync(strToU8(json), { level: 6 });
}

/** The piece packPiece packed; throws when the bytes are not one (the caller builds the index again). */
export function unpackPiece(packed: Uint8Array): UnpackedPiece {
  const unpacked = JSON.parse(strFromU8(inflateSync(packed))) as Partial<UnpackedPiece>;
  if (!Array.isArray(unpacked.rows) || !Array.isArray(unpacked.title) || !Array.isArray(unpacked.text))
    throw new Error('Not a saved piece of the search index.');
  return unpacked as UnpackedPiece;
}
