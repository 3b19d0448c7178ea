import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { minutesFileName, safeFileName } from '../../../../renderer/documents/common/file-names';
import { listNumbering } from '../../../../renderer/documents/common/numbering';
import { letterOf, romanNumeral } from '../../../../renderer/documents/common/paragraphs';
import {
  newRichTextContext,
  richTextBlocks,
} from '../../../../renderer/documents/common/rich-text-paragraphs';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import type { RichText } from '../../../../renderer/domain/model';
import { docxParts } from '../support/docx-xml';

const editorJson: RichText = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Plain ' },
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'slanted', marks: [{ type: 'italic' }] },
      ],
    },
    {
      type: 'orderedList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'point' }] },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'sub-point' }] }],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'again first' }] }],
        },
      ],
    },
  ],
};

describe('rich text from the editor to Word', () => {
  it('keeps bold, italic, line breaks, and nests bullets a level deeper', async () => {
    const paragraphs = richTextBlocks(editorJson, newRichTextContext());
    const xml =
      (await docxParts(new Document({ numbering: listNumbering, sections: [{ children: paragraphs }] })))[
        'word/document.xml'
      ] ?? '';
    expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>bold<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?<w:t[^>]*>slanted<\/w:t>/);
    expect(xml).toContain('<w:br/>');
    expect(xml).toMatch(/<w:ilvl w:val="1"\/>[\s\S]*?sub-point/);
  });

  it('restarts each numbered list at 1 by giving it its own numbering instance', async () => {
    const paragraphs = richTextBlocks(editorJson, newRichTextContext());
    const xml =
      (await docxParts(new Document({ numbering: listNumbering, sections: [{ children: paragraphs }] })))[
        'word/document.xml'
      ] ?? '';
    const numIdOf = (text: string): string | undefined =>
      (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [])
        .filter((paragraph) => paragraph.includes(`>${text}<`))
        .map((paragraph) => /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1])[0];
    expect(numIdOf('first')).toBeDefined();
    expect(numIdOf('again first')).not.toBe(numIdOf('first'));
  });
});

describe('small helpers', () => {
  it('names files after the committee, the paper and the date', () => {
    expect(minutesFileName(sampleMeetingRecord())).toBe(
      'Wrenmoor Community Partnership Board minutes 2025-03-12.docx',
    );
    expect(minutesFileName(sampleMeetingRecord(), 'B')).toBe(
      'Wrenmoor Community Partnership Board confidential minutes 2025-03-12.docx',
    );
    expect(safeFileName('Planning (North/South): "A"')).toBe('Planning (North-South)- -A-');
  });

  it('counts conclusions in roman numerals and sub-clauses in letters', () => {
    expect([1, 2, 4, 9, 14].map(romanNumeral)).toEqual(['i', 'ii', 'iv', 'ix', 'xiv']);
    expect([0, 1, 25, 26].map(letterOf)).toEqual(['a', 'b', 'z', 'aa']);
  });
});
