import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { newRichTextContext } from '../../../../renderer/documents/common/rich-text-paragraphs';
import { rowWidths } from '../../../../renderer/documents/common/rich-text-table';
import { minuteTextBlocks } from '../../../../renderer/documents/minutes/minute-text';
import { richTextHtml } from '../../../../renderer/documents/publishing/html';
import type { RichText } from '../../../../renderer/domain/model';
import { docxParts, paragraphTexts } from '../support/docx-xml';
import { bodyRow, cell, declarationsMinute, headerRow, row, table } from '../support/minute-tables';

async function wordXml(text: RichText): Promise<string> {
  const document = new Document({ sections: [{ children: minuteTextBlocks(text, newRichTextContext()) }] });
  return (await docxParts(document))['word/document.xml'] ?? '';
}

const rowsOf = (xml: string) => xml.match(/<w:tr[\s>][\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (rowXml: string) => rowXml.match(/<w:tc[\s>][\s\S]*?<\/w:tc>/g) ?? [];

describe('a table in a minute, in Word', () => {
  it('is a ruled Word table between the paragraphs around it, with a bold header row that repeats', async () => {
    const xml = await wordXml(declarationsMinute());
    const body = xml.slice(xml.indexOf('<w:body>'));
    expect(body.match(/<w:tbl>/g)).toHaveLength(1);
    const before = body.indexOf('The following interests were declared:');
    expect(before).toBeLessThan(body.indexOf('<w:tbl>'));
    expect(body.indexOf('</w:tbl>')).toBeLessThan(body.indexOf('No other interests were declared.'));
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(body).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="4"`));
    }
    const [header, first, second] = rowsOf(body);
    expect(header).toContain('<w:tblHeader/>');
    expect(first).not.toContain('<w:tblHeader/>');
    expect(cellsOf(header ?? '').map((c) => paragraphTexts(c).join(''))).toEqual([
      'Name',
      'Minute',
      'Reason',
      'Interest',
    ]);
    expect(header?.match(/<w:b\/>/g)).toHaveLength(4);
    expect(cellsOf(first ?? '').map((c) => paragraphTexts(c).join(''))).toEqual([
      'Councillor Susan Hall',
      '105',
      'Director of Harrow Leisure Centres Ltd',
      'Pecuniary',
    ]);
    expect(cellsOf(second ?? '')).toHaveLength(4);
  });

  it('fills a short row with empty cells and keeps merged cells merged, so the columns line up', async () => {
    const merged = table(
      headerRow('Library', 'Now', 'Proposed'),
      row(cell('tableCell', 'Stonegate', { rowspan: 2 }), cell('tableCell', '38'), cell('tableCell', '42')),
      bodyRow('30', '35'),
      row(cell('tableCell', 'Total', { colspan: 2 }), cell('tableCell', '77')),
      bodyRow('Millbrook'),
    );
    expect(rowWidths(merged.content ?? [])).toEqual([3, 3, 3, 3, 1]);
    const rows = rowsOf(await wordXml({ type: 'doc', content: [merged] }));
    expect(rows.map((r) => cellsOf(r).length)).toEqual([3, 3, 3, 2, 3]);
    expect(rows[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[2]).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(rows[3]).toContain('<w:gridSpan w:val="2"/>');
  });

  it('prints nothing for a table without cells, and a paragraph after each table so Word never joins two', async () => {
    const xml = await wordXml({ type: 'doc', content: [table(), table(bodyRow('a')), table(bodyRow('b'))] });
    const body = xml.slice(xml.indexOf('<w:body>'));
    expect(body.match(/<w:tbl>/g)).toHaveLength(2);
    expect(body).toMatch(/<\/w:tbl><w:p>[\s\S]*?<\/w:p><w:tbl>/);
  });
});

describe('a table in a minute, on the published page', () => {
  it('is an HTML table whose header row names its columns', () => {
    expect(richTextHtml(declarationsMinute())).toBe(
      '<p>The following interests were declared:</p>' +
        '<table><thead><tr><th scope="col"><p>Name</p></th><th scope="col"><p>Minute</p></th>' +
        '<th scope="col"><p>Reason</p></th><th scope="col"><p>Interest</p></th></tr></thead>' +
        '<tbody><tr><td><p>Councillor Susan Hall</p></td><td><p>105</p></td>' +
        '<td><p>Director of Harrow Leisure Centres Ltd</p></td><td><p>Pecuniary</p></td></tr>' +
        '<tr><td><p>Steve Porter</p></td><td><p>107</p></td><td><p>Trustee of a local charity</p></td>' +
        '<td><p>Non-registrable</p></td></tr></tbody></table>' +
        '<p>No other interests were declared.</p>',
    );
  });

  it('marks a header cell down the side as a row header, keeps spans, and escapes what was typed', () => {
    const html = richTextHtml({
      type: 'doc',
      content: [
        table(
          row(cell('tableHeader', 'Hall & Porter'), cell('tableCell', '<b>45</b>', { colspan: 2 })),
          row(cell('tableCell', 'x', { rowspan: '3', colspan: 'wide' })),
        ),
      ],
    });
    expect(html).toBe(
      '<table><tbody><tr><th scope="row"><p>Hall &amp; Porter</p></th>' +
        '<td colspan="2"><p>&lt;b&gt;45&lt;/b&gt;</p></td></tr>' +
        '<tr><td rowspan="3"><p>x</p></td></tr></tbody></table>',
    );
    expect(richTextHtml({ type: 'doc', content: [table()] })).toBe('');
  });
});
