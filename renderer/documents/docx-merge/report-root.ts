import { Inflate, strFromU8, unzipSync } from 'fflate';
import { compressedEntries } from './compressed-parts';
import { rootTag } from './xml-text';

const body = 'word/document.xml';
/** How much of the compressed body is inflated at a time while looking for its root's opening tag. */
const slice = 4096;

/**
 * The opening tag of a Word file's body root (`<w:document xmlns:w="..." ...>`), read by inflating the start of
 * its body only, not the whole. A file this cannot read gives undefined: the merge then says what is wrong with it.
 *
 * @example reportBodyRoot(bytes) // '<w:document xmlns:w="http://..." mc:Ignorable="w14">'
 */
export function reportBodyRoot(bytes: Uint8Array): string | undefined {
  try {
    const entry = compressedEntries(bytes, (name) => name === body).get(body);
    let text = '';
    const found = (): boolean => {
      const start = text.indexOf('<w:document');
      return start >= 0 && text.indexOf('>', start) > 0;
    };
    if (entry?.method === 0) text = strFromU8(entry.compressed.subarray(0, 64 * slice), true);
    else if (entry) {
      // The tag's names and namespaces are ASCII: each piece can be read on its own, whatever its bytes.
      const inflate = new Inflate((chunk) => (text += strFromU8(chunk, true)));
      for (let at = 0; at < entry.compressed.length && !found(); at += slice)
        inflate.push(entry.compressed.subarray(at, at + slice));
    }
    if (!found()) {
      // Not readable from its directory (zip64, or the tag further in): the whole body, as the merge reads it.
      const whole = unzipSync(bytes, { filter: (file) => file.name === body })[body];
      text = whole ? strFromU8(whole) : '';
    }
    return found() ? rootTag(text, 'w:document') : undefined;
  } catch {
    return undefined;
  }
}
