import { Paragraph, TabStopType, TextRun } from 'docx';

const line = '.'.repeat(60);

/** Sch 12 para 41: the person presiding signs the minutes at the next meeting. Room to sign by hand. */
export function signatureBlock(chairTitle = 'Chair'): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: 'Signed:', bold: true }), new TextRun(`\t${line}  ${chairTitle}`)],
      tabStops: [{ type: TabStopType.LEFT, position: 1134 }],
      spacing: { before: 720, after: 360 },
      keepNext: true,
    }),
    new Paragraph({
      children: [new TextRun({ text: 'Date:', bold: true }), new TextRun(`\t${line}`)],
      tabStops: [{ type: TabStopType.LEFT, position: 1134 }],
    }),
  ];
}
