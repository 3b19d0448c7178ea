import { describe, expect, it } from 'vitest';
import type { RichText, RichTextNode } from '../../../renderer/domain/model';
import {
  numberMinuteParagraphs,
  numberedParagraphType,
  paragraphMarkers,
} from '../../../renderer/domain/minute-paragraph-numbers';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { bullets, doc, numbered, paragraph } from '../../../renderer/documents/sample/rich-text-builders';

const minuteText = doc(
  paragraph('Members noted:'),
  numbered('the report;', 'the appendix.'),
  bullets('a bullet'),
);

describe('numbered paragraphs within one minute', () => {
  it('leaves the text as typed for a plain list, or when the house has not chosen', () => {
    expect(numberMinuteParagraphs(minuteText, 'list', '2')).toBe(minuteText);
    expect(numberMinuteParagraphs(minuteText, undefined, '2')).toBe(minuteText);
  });

  it('sub-numbers a numbered list under the minute: 2.1, 2.2, each number then a tab before the text', () => {
    expect(richTextToPlain(numberMinuteParagraphs(minuteText, 'subNumbered', '2'))).toBe(
      'Members noted:\n2.1\tthe report;\n2.2\tthe appendix.\na bullet',
    );
  });

  it('letters them (a), (b), and carries on past z as (aa)', () => {
    expect(richTextToPlain(numberMinuteParagraphs(minuteText, 'lettered', '2'))).toBe(
      'Members noted:\n(a)\tthe report;\n(b)\tthe appendix.\na bullet',
    );
    const many = doc(numbered(...Array.from({ length: 27 }, (_, index) => `point ${index + 1}`)));
    expect(
      richTextToPlain(numberMinuteParagraphs(many, 'lettered', '2'))
        .split('\n')
        .slice(-2),
    ).toEqual(['(z)\tpoint 26', '(aa)\tpoint 27']);
  });

  it('counts on through a second list in the same minute: 2.3 follows 2.2', () => {
    const two = doc(numbered('one', 'two'), paragraph('Then:'), numbered('three'));
    expect(richTextToPlain(numberMinuteParagraphs(two, 'subNumbered', '2'))).toBe(
      '2.1\tone\n2.2\ttwo\nThen:\n2.3\tthree',
    );
  });
});

describe('the widest number of a minute', () => {
  it('is told to each top-level numbered paragraph, so all of them share one column', () => {
    const ten = doc(numbered(...Array.from({ length: 10 }, (_, index) => `point ${index + 1}`)));
    const numberedText = numberMinuteParagraphs(ten, 'subNumbered', '0655/25');
    expect(new Set(numberedText.content.map((node) => node.attrs?.widest))).toEqual(new Set(['0655/25.10']));
  });
});

describe('lettered paragraphs under a sub-numbered one', () => {
  const nested = (): RichText =>
    doc({
      type: 'orderedList',
      content: [
        {
          type: 'listItem',
          content: [paragraph('Members noted:'), numbered('the report;', 'the appendix.')],
        },
        { type: 'listItem', content: [paragraph('Officers advised:'), numbered('the timetable.')] },
      ],
    });

  it('letters a numbered list inside 2.1 as (a), (b), afresh under 2.2', () => {
    expect(richTextToPlain(numberMinuteParagraphs(nested(), 'subNumbered', '2'))).toBe(
      '2.1\tMembers noted:\n(a)\tthe report;\n(b)\tthe appendix.\n2.2\tOfficers advised:\n(a)\tthe timetable.',
    );
  });

  it('leaves a list inside a lettered paragraph as typed', () => {
    const lettered = numberMinuteParagraphs(nested(), 'lettered', '2');
    expect(lettered.content.map((node) => node.content?.map((inner) => inner.type))).toEqual([
      ['paragraph', 'orderedList'],
      ['paragraph', 'orderedList'],
    ]);
  });

  it('marks each numbered paragraph with its number and depth, the lettered ones inside the one they belong to', () => {
    const numbered = numberMinuteParagraphs(nested(), 'subNumbered', '2');
    const shape = (node: RichTextNode): unknown =>
      node.type === numberedParagraphType
        ? {
            number: node.attrs?.number,
            depth: node.attrs?.depth,
            within: (node.content ?? []).slice(1).map(shape),
          }
        : node.type;
    expect(numbered.content.map(shape)).toEqual([
      {
        number: '2.1',
        depth: 0,
        within: [
          { number: '(a)', depth: 1, within: [] },
          { number: '(b)', depth: 1, within: [] },
        ],
      },
      { number: '2.2', depth: 0, within: [{ number: '(a)', depth: 1, within: [] }] },
    ]);
  });
});

describe('the numbers the minute’s editor shows', () => {
  const nested: RichText = doc(
    paragraph('The Committee considered the application.'),
    {
      type: 'orderedList',
      content: [
        {
          type: 'listItem',
          content: [paragraph('Members noted:'), numbered('the report;', 'the appendix.')],
        },
        { type: 'listItem', content: [paragraph('The agent spoke.')] },
      ],
    },
    paragraph('Then:'),
    numbered('The Committee voted.'),
  );
  /** The number typed in front of each numbered paragraph of the printed text. */
  const printedMarkers = (style: 'subNumbered' | 'lettered') =>
    richTextToPlain(numberMinuteParagraphs(nested, style, '2'))
      .split('\n')
      .flatMap((line) => /^(\d+\.\d+|\([a-z]+\))\t/.exec(line)?.[1] ?? []);

  it('are the numbers that print, in the order of the text', () => {
    expect(paragraphMarkers(nested, 'subNumbered', '2')).toEqual(['2.1', '(a)', '(b)', '2.2', '2.3']);
    expect(paragraphMarkers(nested, 'subNumbered', '2')).toEqual(printedMarkers('subNumbered'));
    expect(paragraphMarkers(nested, 'lettered', '2')).toEqual(['(a)', '(b)', '(c)']);
    expect(paragraphMarkers(nested, 'lettered', '2')).toEqual(printedMarkers('lettered'));
  });

  it('are none for a plain list', () => {
    expect(paragraphMarkers(nested, 'list', '2')).toEqual([]);
    expect(paragraphMarkers(nested, undefined, '2')).toEqual([]);
  });
});
