import { Packer } from 'docx';
import type { Document } from 'docx';

/**
 * A built Document as the bytes of a .docx file. `toArrayBuffer` works the same in Node, a browser tab and a
 * Worker (toBuffer needs Node's Buffer), so the demo script and the app share this one edge.
 *
 * @example await writeFile('minutes.docx', await packDocument(buildMinutes(record)));
 */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
