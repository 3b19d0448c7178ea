import { describe, expect, it } from 'vitest';
import { numberMinuteParagraphs } from '../../../renderer/domain/minute-paragraph-numbers';
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

  it('sub-numbers a numbered list under the minute: 2.1, 2.2', () => {
    expect(richTextToPlain(numberMinuteParagraphs(minuteText, 'subNumbered', '2'))).toBe(
      'Members noted:\n2.1 the report;\n2.2 the appendix.\na bullet',
    );
  });

  it('letters them (a), (b), and carries on past z as (aa)', () => {
    expect(richTextToPlain(numberMinuteParagraphs(minuteText, 'lettered', '2'))).toBe(
      'Members noted:\n(a) the report;\n(b) the appendix.\na bullet',
    );
    const many = doc(numbered(...Array.from({ length: 27 }, (_, index) => `point ${index + 1}`)));
    expect(
      richTextToPlain(numberMinuteParagraphs(many, 'lettered', '2'))
        .split('\n')
        .slice(-2),
    ).toEqual(['(z) point 26', '(aa) point 27']);
  });

  it('counts on through a second list in the same minute: 2.3 follows 2.2', () => {
    const two = doc(numbered('one', 'two'), paragraph('Then:'), numbered('three'));
    expect(richTextToPlain(numberMinuteParagraphs(two, 'subNumbered', '2'))).toBe(
      '2.1 one\n2.2 two\nThen:\n2.3 three',
    );
  });
});
