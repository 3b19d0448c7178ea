import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { fixture } from './reports';

const sentence =
  'The partnership reviewed the figures for the year and agreed that the trend in reported offences is downward. ';

/** Reports made with `docx` (which records no page count), shaped to test the estimate: prose, tables, pictures. */
export const estimateReports: Record<string, () => Promise<Uint8Array>> = {
  prose: () =>
    pack(Array.from({ length: 40 }, (_, index) => new Paragraph(`${index + 1}. ${sentence.repeat(4)}`))),
  'long table': () =>
    pack([
      new Paragraph('Crime by ward, month by month.'),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: Array.from(
          { length: 90 },
          (_, index) =>
            new TableRow({
              children: [
                `Ward ${index + 1}`,
                `${1000 + index * 7}`,
                index % 5 === 0 ? sentence : 'Falling',
              ].map((text) => new TableCell({ children: [new Paragraph(text)] })),
            }),
        ),
      }),
    ]),
  pictures: () =>
    pack(
      Array.from({ length: 5 }, (_, index) => [
        new Paragraph(`Chart ${index + 1}. ${sentence}`),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: fixture('chart.png'),
              transformation: { width: 500, height: 300 },
            }),
          ],
        }),
      ]).flat(),
    ),
  'page breaks': () =>
    pack(
      Array.from({ length: 4 }, (_, index) => [
        new Paragraph({ pageBreakBefore: index > 0, children: [new TextRun(`Part ${index + 1}`)] }),
        ...Array.from({ length: 6 }, () => new Paragraph(sentence.repeat(2))),
      ]).flat(),
    ),
};

function pack(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}
