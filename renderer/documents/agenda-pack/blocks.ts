import type { ParagraphChild, Table } from 'docx';
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { bodySize, houseFont, paragraphSpacingAfter } from '../common/house-style';
import { charactersPerLine, packPageSetup } from './page-estimate';

/** A piece of the front matter with the number of lines it takes, so the front matter's pages can be counted. */
export type Block = { element: Paragraph | Table; lines: number };

export function linesFor(text: string, indent = 0, size = bodySize): number {
  const perLine = charactersPerLine(packPageSetup, indent) * (bodySize / size);
  return Math.max(1, Math.ceil(text.length / perLine)) * (size / bodySize);
}

export type LineOptions = {
  bold?: boolean;
  size?: number;
  centred?: boolean;
  indent?: number;
  pageBreakBefore?: boolean;
  spaceBefore?: number;
  keepNext?: boolean;
};

/** One paragraph of house-style text (Arial 11 pt unless sized), with its line count. */
export function line(text: string | ParagraphChild[], options: LineOptions = {}): Block {
  const size = options.size ?? bodySize;
  const children =
    typeof text === 'string' ? [new TextRun({ text, bold: options.bold, size, font: houseFont })] : text;
  const plain = typeof text === 'string' ? text : '';
  return {
    element: new Paragraph({
      children,
      alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: options.indent ? { left: options.indent } : undefined,
      pageBreakBefore: options.pageBreakBefore,
      keepNext: options.keepNext,
      spacing: { after: paragraphSpacingAfter, before: options.spaceBefore ?? 0 },
    }),
    lines: linesFor(plain, options.indent, size) + 0.45 + (options.spaceBefore ?? 0) / 276,
  };
}

export function run(text: string, bold = false): TextRun {
  return new TextRun({ text, bold, size: bodySize, font: houseFont });
}
