import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../../../renderer/domain/minute-history';
import type { RichText, RichTextNode } from '../../../../renderer/domain/model';
import { richTextToPlain } from '../../../../renderer/domain/rich-text';

/** Inline content as the editor makes it: words, spaces, line breaks, and marks on text. */
const inline: fc.Arbitrary<RichTextNode> = fc.oneof(
  fc
    .string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '’', 'é', '\u00a0') })
    .map((text): RichTextNode => ({ type: 'text', text })),
  fc.constant<RichTextNode>({ type: 'hardBreak' }),
  fc
    .string({ maxLength: 6 })
    .map((text): RichTextNode => ({ type: 'text', text, marks: [{ type: 'bold' }] })),
);
const paragraph = fc
  .array(inline, { maxLength: 5 })
  .map((content): RichTextNode => ({ type: 'paragraph', content }));
const listItem = fc
  .array(paragraph, { minLength: 1, maxLength: 2 })
  .map((content): RichTextNode => ({ type: 'listItem', content }));
const list = fc
  .tuple(fc.constantFrom('bulletList', 'orderedList'), fc.array(listItem, { minLength: 1, maxLength: 3 }))
  .map(([type, content]): RichTextNode => ({ type, content }));
const tableCell = fc
  .tuple(fc.constantFrom('tableCell', 'tableHeader'), fc.array(paragraph, { minLength: 1, maxLength: 2 }))
  .map(([type, content]): RichTextNode => ({ type, content }));
const table = fc
  .array(
    fc
      .array(tableCell, { minLength: 1, maxLength: 3 })
      .map((content): RichTextNode => ({ type: 'tableRow', content })),
    { minLength: 1, maxLength: 3 },
  )
  .map((content): RichTextNode => ({ type: 'table', content }));
const doc = fc
  .array(fc.oneof(paragraph, list, table), { maxLength: 6 })
  .map((content): RichText => ({ type: 'doc', content }));

describe('measuring a minute without building its text', () => {
  it('gives the plain text’s length and its lines with words, for any minute the editor can hold', () => {
    fc.assert(
      fc.property(doc, (minute) => {
        const plain = richTextToPlain(minute);
        expect(measureText(minute)).toEqual({
          characters: plain.length,
          blocks: plain.split('\n').filter((line) => line.trim()).length,
        });
      }),
      { numRuns: 500 },
    );
  });
});
