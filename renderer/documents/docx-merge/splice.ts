import { mergeReport } from './merge-report';
import type { PartSource } from './zip-parts';
import { releaseCompressed, settleCompressed } from './compressed-parts';
import {
  holdText,
  partText,
  readDocxParts,
  releaseText,
  setPartText,
  settleText,
  writeDocxParts,
  writeDocxPartsTelling,
} from './zip-parts';
import { insertIntoParagraph } from './xml-text';

/** A report to put where the pack's placeholder paragraph (whose only text is `marker`) stands. */
export type ReportSplice = {
  marker: string;
  bytes: Uint8Array;
  label: string;
  /** Bookmarks around the report's first and last paragraphs, for the agenda's "(Pages X - Y)" references. */
  startBookmark?: string;
  endBookmark?: string;
};

export type SpliceResult = { bytes: Uint8Array; warnings: string[] };

/**
 * Merge each report into the packed .docx at its placeholder. The placeholder's own section properties (docx puts a
 * section's sectPr in its last paragraph) move onto the report's last paragraph, so the pack's section, footer and
 * odd-page start survive and no empty paragraph is left to spill onto an extra page. `onPacking` hears when the
 * reports are merged and the file is being zipped, and then how far the zip is (the share of its bytes, 0 to 1).
 */
export function spliceReports(
  packBytes: Uint8Array,
  reports: readonly ReportSplice[],
  onReport?: (done: number) => void,
  onPacking?: (share: number) => void,
): SpliceResult {
  const pack = readDocxParts(packBytes, 'The pack');
  holdText(pack);
  const warnings: string[] = [];
  const bodies = new Map<string, string>();
  reports.forEach((report, index) => {
    const merged = mergeReport(pack, report.bytes, report.label, index + 1);
    warnings.push(...merged.warnings);
    bodies.set(report.marker, withBookmarks(merged.bodyXml, report, 900_000 + index * 2));
    onReport?.(index + 1);
  });
  onPacking?.(0);
  const documentXml = partText(pack, 'word/document.xml') ?? '';
  const pieces = placeholderPieces(documentXml, reports, bodies);
  bodies.clear();
  if (!onPacking) {
    setPartText(pack, 'word/document.xml', pieces.join(''));
    settleText(pack);
    settleCompressed(pack);
    return { bytes: writeDocxParts(pack), warnings };
  }
  // The body goes into the zip a piece at a time, never joined: see PartSource.
  const texts = releaseText(pack);
  const parts = new Map<string, PartSource>(pack);
  pack.clear();
  for (const [path, text] of texts) parts.set(path, [text]);
  for (const [path, part] of releaseCompressed(pack)) parts.set(path, part);
  parts.set('word/document.xml', pieces);
  return { bytes: writeDocxPartsTelling(parts, onPacking), warnings };
}

/**
 * The pack's text with every report's body in place of its placeholder paragraph, as pieces in order: the pack's
 * text is never copied once per report (a hundred reports made a hundred copies of a document growing to tens of
 * megabytes), nor joined into one string at all when it is zipped a piece at a time.
 */
function placeholderPieces(
  documentXml: string,
  reports: readonly ReportSplice[],
  bodies: ReadonlyMap<string, string>,
): string[] {
  const spans = reports
    .map((report) => {
      const markerAt = documentXml.indexOf(`>${report.marker}<`);
      if (markerAt < 0) throw new Error(`The pack has no placeholder for ${report.marker}.`);
      const start = Math.max(
        documentXml.lastIndexOf('<w:p>', markerAt),
        documentXml.lastIndexOf('<w:p ', markerAt),
      );
      const end = documentXml.indexOf('</w:p>', markerAt) + '</w:p>'.length;
      const placeholder = documentXml.slice(start, end);
      const sectionProperties = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(placeholder)?.[0];
      const bodyXml = bodies.get(report.marker) ?? '';
      const body = sectionProperties ? withSectionAtEnd(bodyXml, sectionProperties) : bodyXml;
      return { start, end, body };
    })
    .sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const span of spans) {
    pieces.push(documentXml.slice(at, span.start), span.body);
    at = span.end;
  }
  pieces.push(documentXml.slice(at));
  return pieces;
}

/** Put the section properties in the body's last top-level paragraph (or a new one after a final table). */
export function withSectionAtEnd(bodyXml: string, sectionProperties: string): string {
  const trimmed = bodyXml.trimEnd();
  if (!trimmed.endsWith('</w:p>')) return `${trimmed}<w:p><w:pPr>${sectionProperties}</w:pPr></w:p>`;
  const start = lastTopLevelParagraph(trimmed);
  const paragraph = trimmed.slice(start);
  const withSection = paragraph.includes('</w:pPr>')
    ? paragraph.replace('</w:pPr>', `${sectionProperties}</w:pPr>`)
    : paragraph.replace(/^<w:p(\s[^>]*)?>/, (open) => `${open}<w:pPr>${sectionProperties}</w:pPr>`);
  return trimmed.slice(0, start) + withSection;
}

function lastTopLevelParagraph(xml: string): number {
  return Math.max(xml.lastIndexOf('<w:p>'), xml.lastIndexOf('<w:p '));
}

function withBookmarks(bodyXml: string, report: ReportSplice, id: number): string {
  let xml = bodyXml;
  if (report.endBookmark) {
    // At the very end of the report: a mark at the start of its last paragraph printed the page that paragraph
    // starts on, one short when it runs on to the next page ("(Pages 1 - 3)" for a report on pages 1 to 4).
    const mark = `<w:bookmarkStart w:id="${id + 1}" w:name="${report.endBookmark}"/><w:bookmarkEnd w:id="${id + 1}"/>`;
    xml = appendToLastParagraph(xml, mark);
  }
  if (report.startBookmark) {
    const match = /<w:p[\s>/]/.exec(xml);
    if (match) {
      const at = match.index;
      const close = xml.indexOf('</w:p>', at);
      const end = close < 0 ? xml.indexOf('/>', at) + 2 : close + '</w:p>'.length;
      const mark = `<w:bookmarkStart w:id="${id}" w:name="${report.startBookmark}"/><w:bookmarkEnd w:id="${id}"/>`;
      xml = xml.slice(0, at) + insertIntoParagraph(xml.slice(at, end), mark) + xml.slice(end);
    }
  }
  return xml;
}

/** Put `inner` at the end of the body's last paragraph, after its last run (an empty one, `<w:p/>`, included). */
function appendToLastParagraph(bodyXml: string, inner: string): string {
  const trimmed = bodyXml.trimEnd();
  const empty = /<w:p(?:\s[^>]*)?\/>$/.exec(trimmed);
  if (empty) return `${trimmed.slice(0, empty.index)}${empty[0].slice(0, -2)}>${inner}</w:p>`;
  const close = trimmed.lastIndexOf('</w:p>');
  if (close < 0) return `${trimmed}<w:p>${inner}</w:p>`;
  // A body ending in a table: the mark goes in the table's last paragraph, on the table's last page.
  return trimmed.slice(0, close) + inner + trimmed.slice(close);
}
