import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { RichTextNode } from '../../renderer/domain/model';
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
