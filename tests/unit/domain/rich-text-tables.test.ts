import { describe, expect, it } from 'vitest';
import { measureText } from '../../../renderer/domain/minute-history';
import { isEmptyRichText, richTextToPlain } from '../../../renderer/domain/rich-text';
import { bodyRow, cell, declarationsMinute, row, table } from '../documents/support/minute-tables';

describe('a table in a minute as plain text (search, previews, combining conflicting text)', () => {
  it('puts each row on its own line, its cells between bars, in order', () => {
    expect(richTextToPlain(declarationsMinute())).toBe(
      [
        'The following interests were declared:',
        'Name | Minute | Reason | Interest',
        'Councillor Susan Hall | 105 | Director of Harrow Leisure Centres Ltd | Pecuniary',
        'Steve Porter | 107 | Trustee of a local charity | Non-registrable',
        'No other interests were declared.',
      ].join('\n'),
    );
  });

  it('keeps a cell of two paragraphs or a line break on its row', () => {
    const twoLines = {
      type: 'tableCell',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Director' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Harrow' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Leisure' },
          ],
        },
      ],
    };
    const text = { type: 'doc' as const, content: [table(row(cell('tableCell', 'Cllr Hall'), twoLines))] };
    expect(richTextToPlain(text)).toBe('Cllr Hall | Director Harrow Leisure');
  });

  it('counts a table with words as text, and measures it as the plain text is measured', () => {
    const text = { type: 'doc' as const, content: [table(bodyRow('', ''), bodyRow('45', 'Noted'))] };
    const plain = richTextToPlain(text);
    expect(isEmptyRichText(text)).toBe(false);
    expect(measureText(text)).toEqual({ characters: plain.length, blocks: 2 });
  });
});
