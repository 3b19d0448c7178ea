import type { DocxParts } from './zip-parts';
import { partText, setPartText } from './zip-parts';
import { attribute, elements, escapeXml } from './xml-text';
import { compressedPart, keepCompressed } from './compressed-parts';

const imageType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const hyperlinkType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Media types for picture extensions a report may carry, used when the pack's content types lack one. */
const pictureTypes: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
};

/**
 * Copy the report's pictures and hyperlinks into the pack under new relationship ids and media names (prefixed per
 * report, so two reports' "image1.png" never collide). Returns report rId -> pack rId. Other relationships (headers,
 * footers, the report's styles and settings) are deliberately not copied: the pack's own apply.
 */
export function importRelationships(pack: DocxParts, report: DocxParts, prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  const reportRels = partText(report, 'word/_rels/document.xml.rels') ?? '';
  const added: string[] = [];
  for (const relationship of elements(reportRels, 'Relationship')) {
    const id = attribute(relationship, 'Id');
    const type = attribute(relationship, 'Type');
    const target = attribute(relationship, 'Target');
    if (!id || !target) continue;
    const packId = `${prefix}${id}`;
    if (type === imageType && attribute(relationship, 'TargetMode') !== 'External') {
      const source = target.startsWith('/') ? target.slice(1) : `word/${target}`;
      const bytes = report.get(normalise(source));
      const compressed = compressedPart(report, normalise(source));
      if (!bytes && !compressed) continue;
      const fileName = `${prefix}-${source.split('/').pop() ?? 'image'}`;
      if (compressed) keepCompressed(pack, `word/media/${fileName}`, compressed);
      else if (bytes) pack.set(`word/media/${fileName}`, bytes);
      ensureContentType(pack, report, fileName);
      added.push(`<Relationship Id="${packId}" Type="${imageType}" Target="media/${escapeXml(fileName)}"/>`);
      ids.set(id, packId);
    } else if (type === hyperlinkType || attribute(relationship, 'TargetMode') === 'External') {
      added.push(
        `<Relationship Id="${packId}" Type="${type ?? hyperlinkType}" Target="${target}" TargetMode="External"/>`,
      );
      ids.set(id, packId);
    }
  }
  const packRels = partText(pack, 'word/_rels/document.xml.rels');
  if (!packRels) throw new Error('The pack has no document relationships to merge pictures into.');
  setPartText(
    pack,
    'word/_rels/document.xml.rels',
    packRels.replace('</Relationships>', `${added.join('')}</Relationships>`),
  );
  return ids;
}

/** A part path with `.` and `..` resolved, as relationship targets like "../media/a.png" need. */
export function normalise(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export function ensureContentType(pack: DocxParts, report: DocxParts, fileName: string): void {
  const extension = (fileName.split('.').pop() ?? '').toLowerCase();
  const types = partText(pack, '[Content_Types].xml') ?? '';
  if (new RegExp(`Extension="${extension}"`, 'i').test(types)) return;
  const reportTypes = partText(report, '[Content_Types].xml') ?? '';
  const declared = elements(reportTypes, 'Default').find(
    (entry) => attribute(entry, 'Extension')?.toLowerCase() === extension,
  );
  const contentType =
    (declared && attribute(declared, 'ContentType')) ?? pictureTypes[extension] ?? 'application/octet-stream';
  const entry = `<Default Extension="${extension}" ContentType="${contentType}"/>`;
  setPartText(pack, '[Content_Types].xml', types.replace(/(<Types\b[^>]*>)/, `$1${entry}`));
}
