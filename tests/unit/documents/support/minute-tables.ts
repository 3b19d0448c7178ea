import type { RichText, RichTextNode } from '../../../../renderer/domain/model';

export const words = (text: string): RichTextNode => ({ type: 'text', text });

export function cell(
  type: 'tableHeader' | 'tableCell',
  text: string,
  attrs?: Record<string, unknown>,
): RichTextNode {
  return {
    type,
    ...(attrs ? { attrs } : {}),
    content: [{ type: 'paragraph', content: text ? [words(text)] : [] }],
  };
}

export const row = (...cells: RichTextNode[]): RichTextNode => ({ type: 'tableRow', content: cells });
export const headerRow = (...texts: string[]) => row(...texts.map((text) => cell('tableHeader', text)));
export const bodyRow = (...texts: string[]) => row(...texts.map((text) => cell('tableCell', text)));
export const table = (...rows: RichTextNode[]): RichTextNode => ({ type: 'table', content: rows });
export const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [words(text)] });

/** Declarations as the house's table, between two paragraphs, as the editor stores it. */
export function declarationsMinute(): RichText {
  return {
    type: 'doc',
    content: [
      paragraph('The following interests were declared:'),
      table(
        headerRow('Name', 'Minute', 'Reason', 'Interest'),
        bodyRow('Councillor Susan Hall', '105', 'Director of Harrow Leisure Centres Ltd', 'Pecuniary'),
        bodyRow('Steve Porter', '107', 'Trustee of a local charity', 'Non-registrable'),
      ),
      paragraph('No other interests were declared.'),
    ],
  };
}
