import { strFromU8, unzipSync } from 'fflate';
import type { Document } from 'docx';
import { packDocument } from '../../../../renderer/documents/common/pack';

/** The XML parts of a built document, by path: what Word reads. */
export async function docxParts(document: Document | Uint8Array): Promise<Record<string, string>> {
  const bytes = document instanceof Uint8Array ? document : await packDocument(document);
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of each paragraph of an XML part, runs joined. */
export function paragraphTexts(xml: string): string[] {
  return (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []).map((paragraph) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  );
}

export function headerAndFooterXml(parts: Record<string, string>): string {
  return Object.entries(parts)
    .filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join('\n');
}
