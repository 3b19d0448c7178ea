import { AlignmentType, Paragraph, TabStopType, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { paragraphSpacingAfter } from './house-style';

/**
 * The few paragraph shapes council papers are made of. Builders compose these rather than styling runs by
 * hand, so minutes, logs and covers read as one set. Headings use Word's built-in Heading styles, so an
 * organisation's own template restyles them (see templates/).
 */
export type Inline = string | ParagraphChild | readonly ParagraphChild[];

export function runsOf(content: Inline, style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  if (typeof content === 'string') return [new TextRun({ text: content, ...style })];
  if (Array.isArray(content)) return [...(content as readonly ParagraphChild[])];
  return [content as ParagraphChild];
}

export function bodyParagraph(
  content: Inline,
  options: { bold?: boolean; italics?: boolean; indentLevel?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: runsOf(content, options),
    spacing: { after: paragraphSpacingAfter },
    indent: options.indentLevel ? { left: indentTwips(options.indentLevel) } : undefined,
    keepNext: options.keepNext,
  });
}

/** A bold lead-in such as "Conclusions" or "Minutes:", kept with what follows it on the page. */
export function leadIn(text: string, indentLevel = 0, keepNext = true): Paragraph {
  return bodyParagraph(text, { bold: true, keepNext, indentLevel });
}

/**
 * A numbered line with a hanging indent: "(1)  the report be noted;", "i.  Further information...".
 * The marker is typed text, not Word numbering, because resolution clause numbers are part of the record
 * and must print the same in Word, LibreOffice and a template with its own list styles.
 */
export function markedParagraph(
  marker: string,
  content: Inline,
  options: { indentLevel?: number; bold?: boolean } = {},
): Paragraph {
  const left = indentTwips((options.indentLevel ?? 0) + 1);
  return new Paragraph({
    // Marker and words in one run when they look the same: docx spends most of a build writing elements out, and
    // a long meeting's resolutions have hundreds of clauses.
    children:
      typeof content === 'string'
        ? [new TextRun({ text: `${marker}\t${content}`, bold: options.bold })]
        : [new TextRun({ text: `${marker}\t`, bold: options.bold }), ...runsOf(content, options)],
    indent: { left, hanging: 567 },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    spacing: { after: paragraphSpacingAfter },
  });
}

export function centredParagraph(
  content: Inline,
  options: { bold?: boolean; size?: number } = {},
): Paragraph {
  const children =
    typeof content === 'string'
      ? [new TextRun({ text: content, bold: options.bold, size: options.size })]
      : runsOf(content);
  return new Paragraph({
    children,
    alignment: AlignmentType.CENTER,
    spacing: { after: paragraphSpacingAfter },
  });
}

export function indentTwips(level: number): number {
  return level * 567;
}

/** "i", "ii", "iii"... for conclusions and actions agreed. */
export function romanNumeral(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let result = '';
  for (const [size, letters] of numerals) {
    while (rest >= size) {
      result += letters;
      rest -= size;
    }
  }
  return result;
}

/** "a", "b", ... "z", "aa": sub-clauses of a resolution. */
export function letterOf(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : letterOf(Math.floor(index / 26) - 1) + letter;
}
