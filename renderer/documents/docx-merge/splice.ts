import { strFromU8 } from 'fflate';
import { mergeReport } from './merge-report';
import { releaseCompressed } from './compressed-parts';
import { reportBodyRoot } from './report-root';
import type { DocxParts } from './zip-parts';
import {
  holdText,
  partText,
  readDocxParts,
  releaseText,
  setPartText,
  writeDocxPartsTelling,
} from './zip-parts';
import type { PartSource } from './zip-writer';
import { DocxZipWriter } from './zip-writer';
import { insertIntoParagraph, mergeNamespaces } from './xml-text';

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
 * reports are merged and the rest of the file is being zipped, and then how far that is (a share, 0 to 1).
 *
 * The pack's body is zipped as it is made: each report's body is compressed into the file as soon as it is merged
 * and then let go, so the merged body (tens of megabytes of text for a hundred reports) is never held whole, only
 * its compressed bytes. Every report's namespaces are declared on the body's root first, since it is written
 * before the reports are merged.
 */
export function spliceReports(
  packBytes: Uint8Array,
  reports: readonly ReportSplice[],
  onReport?: (done: number) => void,
  onPacking?: (share: number) => void,
): SpliceResult {
  const pack = readDocxParts(packBytes, 'The pack');
  holdText(pack);
  declareReportNamespaces(pack, reports);
  const documentXml = partText(pack, 'word/document.xml') ?? '';
  const spans = placeholderSpans(documentXml, reports);
  const writer = new DocxZipWriter();
  // Content types first, as Word expects: its text is written last (a report's pictures may add to it).
  const contentTypes = writer.open('[Content_Types].xml');
  const body = writer.open('word/document.xml');
  const warnings: string[] = [];
  let at = 0;
  spans.forEach((span, done) => {
    const report = reports[span.index] as ReportSplice;
    body.write(documentXml.slice(at, span.start));
    const merged = mergeReport(pack, report.bytes, report.label, span.index + 1);
    warnings.push(...merged.warnings);
    const pieces = withBookmarks(merged.bodyPieces, report, 900_000 + span.index * 2);
    const last = pieces.length - 1;
    if (span.sectionProperties) pieces[last] = withSectionAtEnd(pieces[last] ?? '', span.sectionProperties);
    for (const [index, piece] of pieces.entries()) {
      body.write(piece);
      pieces[index] = '';
    }
    at = span.end;
    onReport?.(done + 1);
  });
  body.write(documentXml.slice(at));
  body.end();
  onPacking?.(0);
  const texts = releaseText(pack);
  contentTypes.write(texts.get('[Content_Types].xml') ?? strFromU8(pack.get('[Content_Types].xml') ?? empty));
  contentTypes.end();
  const parts = new Map<string, PartSource>(pack);
  pack.clear();
  for (const [path, text] of texts) parts.set(path, [text]);
  for (const [path, part] of releaseCompressed(pack)) parts.set(path, part);
  parts.delete('[Content_Types].xml');
  parts.delete('word/document.xml');
  return { bytes: writeDocxPartsTelling(parts, onPacking ?? (() => {}), 6, writer), warnings };
}

const empty = new Uint8Array(0);

type PlaceholderSpan = { index: number; start: number; end: number; sectionProperties?: string };

/**
 * Where each report's placeholder paragraph stands in the pack's text, in the order they stand: each report's
 * body takes its place. The pack's text is never copied once per report (a hundred reports made a hundred copies
 * of a document growing to tens of megabytes).
 */
function placeholderSpans(documentXml: string, reports: readonly ReportSplice[]): PlaceholderSpan[] {
  return reports
    .map((report, index) => {
      const markerAt = documentXml.indexOf(`>${report.marker}<`);
      if (markerAt < 0) throw new Error(`The pack has no placeholder for ${report.marker}.`);
      const start = Math.max(
        documentXml.lastIndexOf('<w:p>', markerAt),
        documentXml.lastIndexOf('<w:p ', markerAt),
      );
      const end = documentXml.indexOf('</w:p>', markerAt) + '</w:p>'.length;
      const placeholder = documentXml.slice(start, end);
      const sectionProperties = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(placeholder)?.[0];
      return { index, start, end, ...(sectionProperties ? { sectionProperties } : {}) };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * Declare on the pack body's root every namespace a report's body root declares, before any body is written (see
 * mergeNamespaces). Each report's root is read from the start of its body alone.
 */
function declareReportNamespaces(pack: DocxParts, reports: readonly ReportSplice[]): void {
  let documentXml = partText(pack, 'word/document.xml') ?? '';
  for (const report of reports) {
    const root = reportBodyRoot(report.bytes);
    if (root) documentXml = mergeNamespaces(documentXml, root, 'w:document');
  }
  setPartText(pack, 'word/document.xml', documentXml);
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

/** The report's first and last marks: the start in its first piece, the end in its last (rewriteBodyInPieces). */
function withBookmarks(pieces: string[], report: ReportSplice, id: number): string[] {
  const marked = [...pieces];
  const last = marked.length - 1;
  if (report.endBookmark) {
    // At the very end of the report: a mark at the start of its last paragraph printed the page that paragraph
    // starts on, one short when it runs on to the next page ("(Pages 1 - 3)" for a report on pages 1 to 4).
    const mark = `<w:bookmarkStart w:id="${id + 1}" w:name="${report.endBookmark}"/><w:bookmarkEnd w:id="${id + 1}"/>`;
    marked[last] = appendToLastParagraph(marked[last] ?? '', mark);
  }
  if (report.startBookmark) {
    const xml = marked[0] ?? '';
    const match = /<w:p[\s>/]/.exec(xml);
    if (match) {
      const at = match.index;
      const close = xml.indexOf('</w:p>', at);
      const end = close < 0 ? xml.indexOf('/>', at) + 2 : close + '</w:p>'.length;
      const mark = `<w:bookmarkStart w:id="${id}" w:name="${report.startBookmark}"/><w:bookmarkEnd w:id="${id}"/>`;
      marked[0] = xml.slice(0, at) + insertIntoParagraph(xml.slice(at, end), mark) + xml.slice(end);
    }
  }
  return marked;
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
