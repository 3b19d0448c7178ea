import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaPackData } from '../../renderer/documents/agenda-pack';
import { publicPackPdf, type PrintToPdf } from '../../renderer/documents/publishing/printable/public-pdfs';
import { publicMeeting } from '../../renderer/documents/publishing/public-meeting';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { chromiumPrinter, popplerRead } from './chromium-print';
import { keepFolder } from './documents-support';
import { pdfPaper } from './publishing-support';

let printer: { print: PrintToPdf; close: () => Promise<void> };
beforeAll(async () => {
  printer = await chromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});

/**
 * The sample meeting, its papers one-page PDFs, with an exempt appendix (paragraph 3: prices) standing between
 * the public Safer Neighbourhoods report and its public Appendix A.
 */
function meetingWithExemptAppendix(): AgendaPackData {
  const record = sampleMeetingRecord();
  const report = record.documents.find((document) => document.id === 'd-safety')!;
  record.documents = [
    ...record.documents.map((document) =>
      document.id === 'd-safety-a'
        ? { ...document, order: 3 }
        : document.id === 'd-libraries'
          ? { ...document, format: 'pdf' as const }
          : document,
    ),
    {
      ...report,
      id: 'd-safety-prices',
      name: 'Appendix B - Patrol contract prices.pdf',
      role: 'appendix',
      order: 2,
      exempt: true,
      exemptParagraph: 3,
    },
  ];
  const contents: AgendaPackData['documentContents'] = {};
  for (const document of record.documents) {
    const marker =
      document.id.startsWith('d-safety-prices') || document.id === 'd-leisure'
        ? `EXEMPT-MARKER ${document.id}`
        : document.id.toUpperCase();
    contents[document.id] = pdfPaper(`${marker} first page`, 4096);
  }
  return { record, documentContents: contents };
}

describe('the public pack’s PDF with an exempt appendix on a public item', () => {
  it('prints the withheld line on its own page where the appendix stood, and the agenda’s pages still match', async () => {
    const data = meetingWithExemptAppendix();
    const pdf = await publicPackPdf(data.record, publicMeeting(data, 'agenda'), printer.print);
    await mkdir(keepFolder, { recursive: true });
    await writeFile(`${keepFolder}/public-pack-withheld.pdf`, pdf);
    const { pages } = await popplerRead(pdf);
    const flat = pages.map((page) => page.replace(/\s+/g, ' '));
    const everything = flat.join('\f');
    expect(everything).not.toContain('EXEMPT-MARKER');

    const pageOf = (text: string) => flat.findIndex((page) => page.includes(text)) + 1;
    const withheld = pageOf('“Appendix B - Patrol contract prices.pdf” (item');
    expect(withheld).toBeGreaterThan(0);
    // Not on the agenda: on its own page, after the report and before Appendix A, as in the Word pack.
    expect(flat[0]).toContain('Agenda - public');
    expect(flat[0]).not.toContain('is not for publication');
    expect(flat[withheld - 1]).toContain(
      'is not for publication: it contains exempt information under paragraph 3 of Part 1 of Schedule 12A',
    );
    const report = pageOf('D-SAFETY first page');
    const appendix = pageOf('D-SAFETY-A first page');
    expect(report).toBeLessThan(withheld);
    expect(withheld).toBeLessThan(appendix);
    expect(withheld % 2).toBe(1);

    // The item's "(Pages a - b)" runs from the report to Appendix A, the withheld page among them.
    const range = /Safer Neighbourhoods Update \(Pages (\d+) - (\d+)\)/.exec(flat[0] ?? '');
    expect(range?.slice(1).map(Number)).toEqual([report, appendix]);
    const libraries = /Library Opening Hours Review \(Page (\d+)\)/.exec(flat[0] ?? '');
    expect(Number(libraries?.[1])).toBe(pageOf('D-LIBRARIES first page'));
    expect(Number(libraries?.[1])).toBe(pages.length);
  });
});
