import { beforeAll, describe, expect, it } from 'vitest';
import type { MinuteNumberFormat, RichTextNode } from '../../renderer/domain/model';
import { bullets, doc, numbered, paragraph } from '../../renderer/documents/sample/rich-text-builders';
import { sampleMinutesBytes } from './support/sample-minutes';
import { renderDocx } from './support/libreoffice';
import { lineStarting, printedLines, type PrintedLine } from './support/printed-lines';

const long =
  'Members asked how the revised opening hours would affect residents who work shifts, and officers advised that the evening sessions at Wrenmoor Central would remain and that Saturday opening would be extended.';
const item = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });
const list = (...items: RichTextNode[]): RichTextNode => ({ type: 'orderedList', content: items });

/** Minute 2 as typed live: a numbered list, a list inside its first item, long paragraphs that wrap. */
const minuteText = doc(
  paragraph('The Committee considered the report of the Head of Libraries.'),
  list(
    item(
      paragraph('Members noted:'),
      list(item(paragraph(long)), item(paragraph('the late representations.'))),
    ),
    item(
      paragraph(long),
      paragraph('A second paragraph of the same numbered paragraph, long enough to wrap onto a second line.'),
      bullets('a point under it'),
    ),
    item(paragraph('The applicant’s agent spoke in support.')),
  ),
  paragraph('The Committee then voted.'),
);

/** Minute 2 printed with numbered paragraphs the house's way; minutes numbered 1, 2, 3 unless said otherwise. */
async function printed(
  paragraphNumbers: MinuteNumberFormat['paragraphNumbers'],
  text = minuteText,
  numbers: Partial<MinuteNumberFormat> & { first?: number } = {},
) {
  const bytes = await sampleMinutesBytes(text, paragraphNumbers, numbers);
  const rendered = await renderDocx(bytes, `paragraph-layout-${paragraphNumbers}-${numbers.first ?? 1}.docx`);
  return { rendered, lines: await printedLines(rendered.pdfPath) };
}

/** Where the n-th word of a line starts, in points. */
const leftOf = (line: PrintedLine | undefined, word = 0): number => line?.words[word]?.left ?? Number.NaN;

describe('numbered paragraphs printed with their numbers hanging, as council minutes are', () => {
  let subNumbered: Awaited<ReturnType<typeof printed>>;
  let lettered: Awaited<ReturnType<typeof printed>>;
  beforeAll(async () => {
    [subNumbered, lettered] = await Promise.all([printed('subNumbered'), printed('lettered')]);
  });

  it('sets 2.1 at the margin and its text, and every line it wraps onto, under the minute’s title', () => {
    const { lines } = subNumbered;
    const heading = lineStarting(lines, ['2.', 'Attendance']).line;
    const titleAt = leftOf(heading, 1);
    const margin = leftOf(lineStarting(lines, ['The', 'Committee', 'considered']).line);
    const first = lineStarting(lines, ['2.1', 'Members', 'noted:']).line;
    expect(leftOf(first)).toBeCloseTo(margin, 0);
    expect(leftOf(first, 1)).toBeCloseTo(titleAt, 0);
    const second = lineStarting(lines, ['2.2', 'Members', 'asked']);
    expect(leftOf(second.line)).toBeCloseTo(margin, 0);
    expect(leftOf(second.line, 1)).toBeCloseTo(titleAt, 0);
    // The wrapped line, the item's second paragraph and its bullet's text stand under the text, not the number.
    expect(second.next?.words[0]?.text).not.toBe('2.3');
    expect(leftOf(second.next)).toBeCloseTo(titleAt, 0);
    expect(leftOf(lineStarting(lines, ['A', 'second', 'paragraph']).line)).toBeCloseTo(titleAt, 0);
    expect(leftOf(lineStarting(lines, ['•', 'a', 'point']).line, 1)).toBeGreaterThan(titleAt);
    expect(leftOf(lineStarting(lines, ['2.3', 'The', 'applicant’s']).line, 1)).toBeCloseTo(titleAt, 0);
    // The text after the list is back at the margin.
    expect(leftOf(lineStarting(lines, ['The', 'Committee', 'then', 'voted.']).line)).toBeCloseTo(margin, 0);
  });

  it('sets (a), (b) inside 2.1 under its text, their own text a step in, wrapped lines under that', () => {
    const { lines } = subNumbered;
    const titleAt = leftOf(lineStarting(lines, ['2.', 'Attendance']).line, 1);
    const a = lineStarting(lines, ['(a)', 'Members', 'asked']);
    expect(leftOf(a.line)).toBeCloseTo(titleAt, 0);
    const letteredText = leftOf(a.line, 1);
    expect(letteredText).toBeGreaterThan(titleAt + 20);
    expect(leftOf(a.next)).toBeCloseTo(letteredText, 0);
    const b = lineStarting(lines, ['(b)', 'the', 'late']).line;
    expect(leftOf(b)).toBeCloseTo(titleAt, 0);
    expect(leftOf(b, 1)).toBeCloseTo(letteredText, 0);
  });

  it('reads the same in order: the number, then its text', () => {
    expect(subNumbered.rendered.flatText).toContain(
      'The Committee considered the report of the Head of Libraries. 2.1 Members noted: (a) Members asked how',
    );
    expect(subNumbered.rendered.flatText).toContain('(b) the late representations. 2.2 Members asked how');
  });

  it('gives long numbers (0655/25.10) a column wide enough, every number of the minute sharing it', async () => {
    const points = Array.from({ length: 11 }, (_, index) => `Point ${index + 1}: ${long}`);
    const { lines } = await printed(
      'subNumbered',
      doc(paragraph('The Committee considered the report.'), numbered(...points)),
      {
        first: 654,
        suffix: '',
        width: 4,
        yearForm: 'slashYY',
      },
    );
    const rows = points.map((_, index) => lineStarting(lines, [`0655/25.${index + 1}`, 'Point']));
    const textAt = leftOf(rows[0]?.line, 1);
    for (const row of rows) {
      expect(leftOf(row.line, 1)).toBeCloseTo(textAt, 0);
      expect(leftOf(row.next)).toBeCloseTo(textAt, 0);
    }
    // At least 2 mm (about 5.7 points) between the widest number and its text.
    const widest = rows[9]?.line.words[0];
    expect(textAt - (widest?.right ?? Number.NaN)).toBeGreaterThan(5);
  });

  it('hangs (a), (b) at the margin when the house letters its paragraphs, wrapped lines under the text', () => {
    const { lines } = lettered;
    const margin = leftOf(lineStarting(lines, ['The', 'Committee', 'considered']).line);
    const titleAt = leftOf(lineStarting(lines, ['2.', 'Attendance']).line, 1);
    const b = lineStarting(lines, ['(b)', 'Members', 'asked']);
    expect(leftOf(b.line)).toBeCloseTo(margin, 0);
    expect(leftOf(b.line, 1)).toBeCloseTo(titleAt, 0);
    expect(leftOf(b.next)).toBeCloseTo(titleAt, 0);
  });
});
