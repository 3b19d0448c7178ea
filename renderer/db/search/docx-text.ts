import { decodeXML } from 'entities';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The words of a Word document, one paragraph a line, read from word/document.xml. Anything that is not a
 * readable .docx gives an empty string: a damaged paper must not stop the rest of the archive being searchable.
 */
export function docxText(bytes: Uint8Array): string {
  let xml: string;
  try {
    const parts = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
    const document = parts['word/document.xml'];
    if (!document) return '';
    xml = strFromU8(document);
  } catch {
    return '';
  }
  const paragraphs: string[] = [];
  for (const paragraph of xml.split(/<\/w:p>/)) {
    let line = '';
    for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      line += match[1] !== undefined ? decodeXML(match[1]) : ' ';
    }
    if (line.trim()) paragraphs.push(line.trim());
  }
  return paragraphs.join('\n');
}
