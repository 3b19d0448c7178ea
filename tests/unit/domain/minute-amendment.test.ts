import { describe, expect, it } from 'vitest';
import { amendRichText } from '../../../renderer/domain/minute-amendment';
import type { RichText } from '../../../renderer/domain/model';

const minute: RichText = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Members asked about the Smyth Road site.' }] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'traffic on ' },
                { type: 'text', text: 'Park Lane', marks: [{ type: 'bold' }] },
                { type: 'text', text: ' at peak times' },
              ],
            },
          ],
        },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'parking' }] }] },
      ],
    },
  ],
};

describe('amending a minute', () => {
  it('changes the words in place and keeps the list and its formatting', () => {
    const amended = amendRichText(minute, 'Park Lane at peak', 'Park Road in the morning peak');
    expect(amended?.content[1]).toEqual({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'traffic on ' },
                { type: 'text', text: 'Park Road in the morning peak', marks: [{ type: 'bold' }] },
                { type: 'text', text: ' times' },
              ],
            },
          ],
        },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'parking' }] }] },
      ],
    });
    expect(amended?.content[0]).toEqual(minute.content[0]);
  });

  it('strikes words out when the corrected text is empty, and leaves the original untouched', () => {
    const amended = amendRichText(minute, ' Road', '');
    expect(amended?.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Members asked about the Smyth' },
        { type: 'text', text: ' site.' },
      ],
    });
    expect(minute.content[0]?.content?.[0]?.text).toBe('Members asked about the Smyth Road site.');
  });

  it('finds nothing to amend when the words are not there', () => {
    expect(amendRichText(minute, 'Smith Road', 'Smyth Road')).toBeUndefined();
    expect(amendRichText(minute, '', 'x')).toBeUndefined();
  });
});
