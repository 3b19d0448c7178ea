import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';
import { actionOwner, actionsOf } from './minute-content';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/**
 * Seed 004's layout: the minutes on the left, an ACTION column on the right with who does what ("All to note."),
 * under the foot of each minute. One borderless table, the heading row repeated on every page.
 */
export function actionColumnTable(
  record: MeetingRecord,
  rows: { minute: Minute; paragraphs: (Paragraph | Table)[] }[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [7600, 2038],
    borders: noBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          new TableCell({ children: [new Paragraph('')], borders: noBorders }),
          new TableCell({
            children: [new Paragraph({ children: [new TextRun({ text: 'ACTION', bold: true })] })],
            borders: noBorders,
          }),
        ],
      }),
      ...rows.flatMap(({ minute, paragraphs }) => [
        new TableRow({
          children: [
            new TableCell({
              children: paragraphs,
              borders: noBorders,
              width: { size: 7600, type: WidthType.DXA },
            }),
            new TableCell({
              children: [new Paragraph('')],
              borders: noBorders,
              width: { size: 2038, type: WidthType.DXA },
            }),
          ],
        }),
        // The actions sit in a row of their own under the minute, so they stay level with its foot even when
        // the minute runs over a page (a bottom-aligned cell in a split row floats to the top in LibreOffice).
        ...(actionsOf(record, minute).length > 0
          ? [
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({ children: [new Paragraph('')], borders: noBorders }),
                  new TableCell({ children: actionCell(record, minute), borders: noBorders }),
                ],
              }),
            ]
          : []),
      ]),
    ],
  });
}

function actionCell(record: MeetingRecord, minute: Minute): Paragraph[] {
  const actions = actionsOf(record, minute);
  if (actions.length === 0) return [new Paragraph('')];
  return actions.flatMap((action) => {
    const owner = actionOwner(record, action);
    return [
      ...(owner
        ? [new Paragraph({ children: [new TextRun({ text: owner, bold: true })], keepNext: false })]
        : []),
      new Paragraph({ text: action.text.trim(), spacing: { after: 120 } }),
    ];
  });
}
