import { rewriteBody, rewriteBodyInPieces } from './body-rewrite';
import { appendFootnotes, importFootnotes, leftOutNotes } from './footnote-import';
import { importNumbering } from './numbering-import';
import { importRelationships } from './relationship-import';
import { importedStyles, mapStyles } from './style-import';
import type { DocxParts } from './zip-parts';
import { isCompressedPicture, partText, readDocxParts, setPartText } from './zip-parts';
import { bodyChildren, mergeNamespaces } from './xml-text';

export type MergedReport = {
  /**
   * The report's body, rewritten to the pack's ids, ready to stand where its placeholder paragraph was: in pieces
   * in order (see rewriteBodyInPieces), the last holding its last paragraph.
   */
  bodyPieces: string[];
  /** Things in the report the pack could not carry, in words a clerk can act on. */
  warnings: string[];
};

/**
 * Bring one officer's report (.docx bytes) into the pack's parts: its styles, lists, pictures and links are added
 * to the pack's parts under fresh ids, and its body is returned for splicing. `index` must differ per report.
 */
export function mergeReport(
  pack: DocxParts,
  reportBytes: Uint8Array,
  label: string,
  index: number,
): MergedReport {
  // Its pictures are copied into the pack as they lie in its zip, never inflated (and stored) again.
  const report = readDocxParts(reportBytes, label, isCompressedPicture);
  const prefix = `R${index}`;
  const documentXml = partText(report, 'word/document.xml') ?? '';
  const packStyles = requiredPart(pack, 'word/styles.xml');
  const reportStyles = partText(report, 'word/styles.xml') ?? '';
  const styleMap = mapStyles(packStyles, reportStyles, prefix);
  const numbering = importNumbering(
    requiredPart(pack, 'word/numbering.xml'),
    partText(report, 'word/numbering.xml'),
    styleMap.ids,
    index,
  );
  setPartText(pack, 'word/numbering.xml', numbering.numberingXml);
  const newStyles = importedStyles(packStyles, reportStyles, styleMap, numbering.numIds, label);
  setPartText(pack, 'word/styles.xml', packStyles.replace('</w:styles>', `${newStyles}</w:styles>`));
  const relationships = importRelationships(pack, report, prefix);
  setPartText(
    pack,
    'word/document.xml',
    mergeNamespaces(requiredPart(pack, 'word/document.xml'), documentXml, 'w:document'),
  );
  const footnotes = importFootnotes(pack, report, label);
  const maps = {
    styles: styleMap.ids,
    numIds: numbering.numIds,
    relationships,
    defaultParagraphStyle: styleMap.defaultParagraphStyle,
    prefix,
    idOffset: (index + 1) * 100_000,
    footnoteIds: footnotes.ids,
  };
  appendFootnotes(
    pack,
    footnotes.footnotes.map((note) => rewriteBody(note, { ...maps, relationships: new Map() })),
  );
  const bodyPieces = rewriteBodyInPieces(bodyChildren(documentXml), maps);
  return {
    bodyPieces,
    warnings: [
      ...unsupportedContent(bodyPieces, prefix, label),
      ...footnotes.warnings,
      ...leftOutNotes(report, label),
    ],
  };
}

function requiredPart(parts: DocxParts, path: string): string {
  const text = partText(parts, path);
  if (text === undefined) throw new Error(`The pack is missing ${path}; it cannot take merged reports.`);
  return text;
}

function unsupportedContent(bodyPieces: string[], prefix: string, label: string): string[] {
  const references = bodyPieces.flatMap((piece) => [
    ...piece.matchAll(/\sr:(?:embed|id|link|pict)="([^"]*)"/g),
  ]);
  const dangling = references.filter((match) => !(match[1] ?? '').startsWith(prefix));
  return dangling.length > 0
    ? [
        `${label} contains ${dangling.length} embedded object(s) (charts or OLE objects) that the pack cannot show: paste them as pictures.`,
      ]
    : [];
}
