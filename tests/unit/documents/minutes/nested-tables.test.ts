import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { newRichTextContext } from '../../../../renderer/documents/common/rich-text-paragraphs';
import { minuteTextBlocks } from '../../../../renderer/documents/minutes/minute-text';
import { richTextHtml } from '../../../../renderer/documents/publishing/html';
import type { RichText, RichTextNode } from '../../../../renderer/domain/model';
import { docxParts, paragraphTexts } from '../support/docx-xml';
import { bodyRow, headerRow, paragraph, row, table } from '../support/minute-tables';

async function wordBody(text: RichText): Promise<string> {
  const document = new Document({ sections: [{ children: minuteTextBlocks(text, newRichTextContext()) }] });
  const xml = (await docxParts(document))['word/document.xml'] ?? '';
  return xml.slice(xml.indexOf('<w:body>'));
}

const figures = () =>
  table(headerRow('Ward', 'Incidents'), bodyRow('Abbey', '41'), bodyRow('Millbrook', '17'));

/** A numbered list whose second item holds a table of figures under its words, as pasted from Word. */
const listWithTable = (): RichText => ({
  type: 'doc',
  content: [
    {
      type: 'orderedList',
      content: [
        { type: 'listItem', content: [paragraph('Shop theft in the town centre.')] },
        { type: 'listItem', content: [paragraph('Incidents by ward:'), figures()] },
      ],
    },
    paragraph('The Board noted the figures.'),
  ],
});

/** A table whose second cell holds another table. */
const tableInCell = (): RichText => {
  const outer: RichTextNode = table(
    headerRow('Priority', 'Figures'),
    row(
      { type: 'tableCell', content: [paragraph('Anti-social behaviour')] },
      { type: 'tableCell', content: [paragraph('By ward:'), figures()] },
    ),
  );
  return { type: 'doc', content: [outer] };
};

const tablesIn = (xml: string) => (xml.match(/<w:tbl>/g) ?? []).length;

describe('a table inside a list item or a table cell, in Word', () => {
  it('prints a list item’s table as a table under the item’s words, indented with the list, not as lines', async () => {
    const body = await wordBody(listWithTable());
    expect(tablesIn(body)).toBe(1);
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
    expect(paragraphTexts(table)).toEqual(['Ward', 'Incidents', 'Abbey', '41', 'Millbrook', '17']);
    expect(table).toMatch(/<w:tblInd w:type="dxa" w:w="567"\/>/);
    expect(body.indexOf('Incidents by ward:')).toBeLessThan(body.indexOf('<w:tbl>'));
    expect(body.indexOf('</w:tbl>')).toBeLessThan(body.indexOf('The Board noted the figures.'));
    // The item's words keep their number; nothing of the table ran into one line.
    expect(paragraphTexts(body)).not.toContain('Ward Incidents');
    expect(paragraphTexts(body)).not.toContain('WardIncidents');
  });

  it('prints a table in a cell as a table nested in that cell, the cell ending with a paragraph as Word needs', async () => {
    const body = await wordBody(tableInCell());
    expect(tablesIn(body)).toBe(2);
    const cells = body.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    const nesting = cells.find((cell) => cell.includes('By ward:'));
    expect(nesting).toContain('<w:tbl>');
    const inner = body.slice(body.lastIndexOf('<w:tbl>'));
    expect(paragraphTexts(inner.slice(0, inner.indexOf('</w:tbl>')))).toEqual([
      'Ward',
      'Incidents',
      'Abbey',
      '41',
      'Millbrook',
      '17',
    ]);
    // After the nested table and before its cell closes, a paragraph.
    expect(body).toMatch(/<\/w:tbl><w:p>(?:(?!<w:tbl>)[\s\S])*?<\/w:p><\/w:tc>/);
  });
});

describe('a table inside a list item or a table cell, on the published page', () => {
  it('is a table in the list item and a table in the cell', () => {
    expect(richTextHtml(listWithTable())).toContain(
      '<li><p>Incidents by ward:</p><table><thead><tr><th scope="col"><p>Ward</p></th>',
    );
    expect(richTextHtml(tableInCell())).toContain('<td><p>By ward:</p><table><thead>');
  });
});
