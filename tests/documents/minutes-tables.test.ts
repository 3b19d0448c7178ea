import { mkdir, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { RichTextNode } from '../../renderer/domain/model';
import { declarationsMinute } from '../unit/documents/support/minute-tables';
import { renderDocx } from './support/libreoffice';
import type { RenderedDocument } from './support/libreoffice';

const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const cell = (type: 'tableHeader' | 'tableCell', value: string): RichTextNode => ({
  type,
  content: [{ type: 'paragraph', content: [text(value)] }],
});
const row = (type: 'tableHeader' | 'tableCell', ...values: string[]): RichTextNode => ({
  type: 'tableRow',
  content: values.map((value) => cell(type, value)),
});

/** A table as Tiptap stores one pasted from Word: a header row and two rows of figures. */
const pastedTable: RichTextNode = {
  type: 'table',
  content: [
    row('tableHeader', 'Library', 'Hours now', 'Hours proposed'),
    row('tableCell', 'Stonegate', '38', '42'),
    row('tableCell', 'Millbrook', '30', '35'),
  ],
};

describe('a table in a minute’s text, as LibreOffice prints it', () => {
  let minutes: RenderedDocument;
  beforeAll(async () => {
    const record = sampleMeetingRecord();
    const withTable = record.minutes.map((minute) =>
      minute.agendaItemId === 'i-libraries'
        ? {
            ...minute,
            text: {
              type: 'doc' as const,
              content: [
                { type: 'paragraph', content: [text('The proposed hours were:')] },
                pastedTable,
                { type: 'paragraph', content: [text('Members welcomed the longer hours.')] },
              ],
            },
          }
        : minute,
    );
    const bytes = await packDocument(buildMinutes({ ...record, minutes: withTable }));
    minutes = await renderDocx(bytes, 'minute-table.docx');
  });

  it('prints the rows and columns as a table, not one run-on line', () => {
    const page = minutes.pages.join('\n');
    expect(page).toMatch(/Library\s{2,}Hours now\s{2,}Hours proposed/);
    expect(page).toMatch(/\n\s*Stonegate\s{2,}38\s{2,}42\s*\n/);
    expect(page).toMatch(/\n\s*Millbrook\s{2,}30\s{2,}35\s*\n/);
    expect(minutes.flatText).not.toContain('Stonegate38');
  });

  it('keeps the table between the paragraphs around it', () => {
    const text = minutes.flatText;
    expect(text.indexOf('The proposed hours were:')).toBeLessThan(text.indexOf('Stonegate'));
    expect(text.indexOf('Millbrook')).toBeLessThan(text.indexOf('Members welcomed the longer hours.'));
  });
});

describe('declarations as a table made in the minute editor, as LibreOffice prints it', () => {
  let minutes: RenderedDocument;
  /** Enough declarations to run the table onto the next page, where its header row must print again. */
  const declared = Array.from({ length: 45 }, (_, index) => `Member ${String(index + 1).padStart(2, '0')}`);
  beforeAll(async () => {
    const record = sampleMeetingRecord();
    const text = declarationsMinute();
    const [, table] = text.content;
    const rows = table?.content ?? [];
    const longTable: RichTextNode = {
      type: 'table',
      content: [
        ...rows,
        ...declared.map((name) => ({
          ...rows[2]!,
          content: [
            cell('tableCell', name),
            cell('tableCell', '205'),
            cell('tableCell', 'Library user'),
            cell('tableCell', 'Other'),
          ],
        })),
      ],
    };
    const withTable = record.minutes.map((minute) =>
      minute.agendaItemId === 'i-declarations'
        ? {
            ...minute,
            text: { type: 'doc' as const, content: [text.content[0]!, longTable, text.content[2]!] },
          }
        : minute,
    );
    const bytes = await packDocument(buildMinutes({ ...record, minutes: withTable }));
    await mkdir('.test-results/documents', { recursive: true });
    await writeFile('.test-results/documents/minute-declarations-table.docx', bytes);
    minutes = await renderDocx(bytes, 'minute-declarations-table.docx');
  });

  it('prints each declaration on its own row, its cells in the columns of the header row', () => {
    const page = minutes.pages.join('\n');
    expect(page).toMatch(/\n\s*Name\s{2,}Minute\s{2,}Reason\s{2,}Interest\s*\n/);
    // A reason too long for its column wraps within its own cell, under its first line.
    expect(page).toMatch(
      /\n\s*Councillor Susan Hall\s{2,}105\s{2,}Director of Harrow\s{2,}Pecuniary\s*\n\s{20,}Leisure Centres Ltd\s*\n/,
    );
    expect(page).toMatch(
      /\n\s*Steve Porter\s{2,}107\s{2,}Trustee of a local\s{2,}Non-registrable\s*\n\s{20,}charity\s*\n/,
    );
    for (const name of declared)
      expect(page).toMatch(new RegExp(`\\n\\s*${name}\\s{2,}205\\s{2,}Library user\\s{2,}Other\\s*\\n`));
    const text = minutes.flatText;
    expect(text.indexOf('The following interests were declared:')).toBeLessThan(
      text.indexOf('Councillor Susan Hall'),
    );
    expect(text.indexOf('Member 45')).toBeLessThan(text.indexOf('No other interests were declared.'));
  });

  it('prints the header row again at the top of the page the table runs onto', () => {
    const pagesWithRows = minutes.pages.filter((page) => /Member \d\d\s{2,}205/.test(page));
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const page of pagesWithRows) expect(page).toMatch(/Name\s{2,}Minute\s{2,}Reason\s{2,}Interest/);
  });
});

describe('a table inside a list item and inside a table cell, as LibreOffice prints it', () => {
  let minutes: RenderedDocument;
  beforeAll(async () => {
    const record = sampleMeetingRecord();
    const paragraph = (value: string): RichTextNode => ({ type: 'paragraph', content: [text(value)] });
    const nested: RichTextNode = {
      type: 'table',
      content: [
        row('tableHeader', 'Priority', 'Figures'),
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [paragraph('Shop theft')] },
            { type: 'tableCell', content: [paragraph('By library:'), pastedTable] },
          ],
        },
      ],
    };
    const list: RichTextNode = {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('Opening hours compared:'), pastedTable] },
        { type: 'listItem', content: [paragraph('Members asked about Sundays.')] },
      ],
    };
    const withTables = record.minutes.map((minute) =>
      minute.agendaItemId === 'i-libraries'
        ? { ...minute, text: { type: 'doc' as const, content: [list, nested, paragraph('Noted.')] } }
        : minute,
    );
    const bytes = await packDocument(buildMinutes({ ...record, minutes: withTables }));
    await mkdir('.test-results/documents', { recursive: true });
    await writeFile('.test-results/documents/minute-nested-tables.docx', bytes);
    minutes = await renderDocx(bytes, 'minute-nested-tables.docx');
  });

  it('prints the list item’s table as rows and columns under the item, and the cell’s table inside its cell', () => {
    const page = minutes.pages.join('\n');
    // Twice: once under the list item, once nested in the Figures cell.
    // (In the narrower nested cell "Hours proposed" wraps onto two lines.)
    expect(page.match(/Library\s{2,}Hours now\s{2,}Hours(\s|$)/g)).toHaveLength(2);
    expect(page.match(/\n[^\n]*Stonegate\s{2,}38\s{2,}42\s*\n/g)).toHaveLength(2);
    // The nested table's rows sit beside the outer row's first cell, in the Figures column.
    expect(page).toMatch(/Shop theft\s{2,}By library:/);
    expect(minutes.flatText).not.toContain('Stonegate38');
    const flat = minutes.flatText;
    expect(flat.indexOf('Opening hours compared:')).toBeLessThan(flat.indexOf('Stonegate'));
    expect(flat.indexOf('Shop theft')).toBeLessThan(flat.indexOf('Noted.'));
  });
});
