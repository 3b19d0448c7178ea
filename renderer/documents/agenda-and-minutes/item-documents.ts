import type { Paragraph } from 'docx';
import { paperStatus } from '../../domain/exempt-papers';
import type { AgendaItem, AttachedDocument } from '../../domain/model';
import { bodyParagraph, leadIn } from '../common/paragraphs';

/** "PDF 105 KB", "DOCX 1.2 MB": how council websites show an attachment (seed 003). */
export function documentSize(document: Pick<AttachedDocument, 'format' | 'sizeBytes'>): string {
  const kilobytes = document.sizeBytes / 1024;
  const size =
    kilobytes >= 1024 ? `${(kilobytes / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(kilobytes))} KB`;
  return `${document.format.toUpperCase()} ${size}`;
}

/**
 * The item's report(s), then its appendices under "Additional documents:". A paper not yet in says "To Follow";
 * an exempt paper is named as not for publication, with its paragraph (this document is public).
 */
export function itemDocumentParagraphs(
  documents: readonly AttachedDocument[],
  items: readonly AgendaItem[],
  keepWithNext = true,
): Paragraph[] {
  const sorted = [...documents].sort((a, b) => a.order - b.order);
  const note = (document: AttachedDocument): string => {
    const status = paperStatus(document, items);
    if (status.exempt) {
      return status.paragraph
        ? `(exempt under paragraph ${status.paragraph} of Schedule 12A: not for publication)`
        : '(exempt: not for publication)';
    }
    return document.toFollow ? '(To Follow)' : documentSize(document);
  };
  const line = (document: AttachedDocument): Paragraph =>
    bodyParagraph(`${document.name}  ${note(document)}`, { indentLevel: 1 });
  const main = sorted.filter((document) => document.role === 'report');
  const additional = sorted.filter((document) => document.role !== 'report');
  return [
    ...main.map(line),
    ...(additional.length > 0
      ? [leadIn('Additional documents:', 1, keepWithNext), ...additional.map(line)]
      : []),
  ];
}
