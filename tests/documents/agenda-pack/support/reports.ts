import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Header,
  Footer,
} from 'docx';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

const paragraphs = (text: string, count: number): Paragraph[] =>
  Array.from(
    { length: count },
    (_, index) => new Paragraph({ children: [new TextRun(`${text} Paragraph ${index + 1}.`)] }),
  );

/**
 * An officer's report made with `docx`, `pages` pages long (each page ends in a page break), with a numbered list,
 * a bulleted list, a table and a picture, and its own header and footer that the pack must drop.
 */
export async function docxReport(
  title: string,
  marker: string,
  pages: number,
  picture = fixture('chart.png'),
): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun(`${marker} Summary of the report.`)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Recommendations')] }),
    ...['Note the progress made.', 'Agree the next steps.', 'Ask for a further report.'].map(
      (text) =>
        new Paragraph({
          numbering: { reference: 'recommendations', level: 0 },
          children: [new TextRun(text)],
        }),
    ),
    ...['Safeguarding', 'Early help'].map(
      (text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }),
    ),
    new Table({
      rows: [
        ['Measure', 'Target', 'Actual'],
        ['Referrals seen in 24 hours', '95%', '97%'],
        ['Plans reviewed on time', '90%', '86%'],
      ].map(
        (cells) =>
          new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
      ),
    }),
    new Paragraph({
      children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 300, height: 180 } })],
    }),
  ];
  for (let page = 2; page <= pages; page += 1) {
    body.push(
      new Paragraph({
        pageBreakBefore: true,
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(`${title}: page ${page}`)],
      }),
    );
    body.push(...paragraphs(`${marker} Body text of page ${page}.`, 4));
    body.push(
      new Paragraph({
        numbering: { reference: 'recommendations', level: 0 },
        children: [new TextRun(`Point on page ${page}.`)],
      }),
    );
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'recommendations',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('REPORT OWN HEADER')] }) },
        footers: { default: new Footer({ children: [new Paragraph('REPORT OWN FOOTER')] }) },
        children: body,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

/** A stand-in for the previous meeting's minutes from buildMinutes: numbered minutes with lettered resolutions. */
export async function previousMinutes(pages: number): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('HARROW PARTNERSHIP BOARD')] }),
    new Paragraph('MINUTES-MARKER Minutes of the meeting held on Thursday 6 December 2012'),
  ];
  for (let page = 1; page <= pages; page += 1) {
    children.push(
      new Paragraph({
        pageBreakBefore: page > 1,
        children: [new TextRun({ text: `${100 + page}. Minute ${page}:`, bold: true })],
      }),
      new Paragraph('AGREED: That the report be noted.'),
      new Paragraph('All to note.'),
    );
  }
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}
