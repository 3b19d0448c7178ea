import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaPackData } from '../../renderer/documents/agenda-pack';
import { publicPackPdf, type PrintToPdf } from '../../renderer/documents/publishing/printable/public-pdfs';
import type { RenderWordPaper } from '../../renderer/documents/publishing/printable/word-paper-render';
import { publicMeeting } from '../../renderer/documents/publishing/public-meeting';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { chromiumPrinter, popplerRead } from './chromium-print';
import { keepFolder, pdfReport } from './documents-support';
import { pdfPaper } from './publishing-support';
import { libreOfficeWordReport, type WordReportMarks } from './word-reports';
import { chromiumWordRenderer } from './word-render-in-page';

let printer: { print: PrintToPdf; close: () => Promise<void> };
let word: { render: RenderWordPaper; close: () => Promise<void> };
beforeAll(async () => {
  printer = await chromiumPrinter();
  word = await chromiumWordRenderer();
});
afterAll(async () => {
  await printer.close();
  await word.close();
});

/**
 * The sample meeting with real papers: the minutes as a one-page PDF; Safer Neighbourhoods with a two-page PDF
 * report LibreOffice made (text, a table, a picture) and a .docx appendix; Library Opening Hours with a longer .docx
 * report with a running header; both .docx saved by LibreOffice with headings, a list, a table, a picture, a
 * footnote and a page-numbered footer. Part B's marked.
 */
async function meetingWithWordReports(): Promise<{
  data: AgendaPackData;
  marks: Record<string, WordReportMarks>;
}> {
  const record = sampleMeetingRecord();
  const appendix = await libreOfficeWordReport('CRIMEFIGS', 3, { landscapeAnnex: true });
  const libraries = await libreOfficeWordReport('LIBRARIES', 7, {
    runningHeader: ['LIBRARIES-RUNNING-HEADER Report to the committee', 'Agenda item 7'],
  });
  const contents: AgendaPackData['documentContents'] = {
    'd-minutes': pdfPaper('D-MINUTES first page', 4096),
    'd-safety': await pdfReport('SAFETY-PDF', 2),
    'd-safety-a': appendix.bytes,
    'd-libraries': libraries.bytes,
    'd-leisure': pdfPaper('EXEMPT-MARKER leisure', 4096),
  };
  record.documents = record.documents.map((document) => ({
    ...document,
    format: document.id === 'd-safety-a' || document.id === 'd-libraries' ? 'docx' : 'pdf',
    name:
      document.id === 'd-safety-a' || document.id === 'd-libraries'
        ? `${document.name}.docx`
        : `${document.name}.pdf`,
    sizeBytes: contents[document.id]?.byteLength ?? 0,
  }));
  return {
    data: { record, documentContents: contents },
    marks: { 'd-safety-a': appendix.marks, 'd-libraries': libraries.marks },
  };
}

/** Every "(Pages a - b)" on the agenda, by item title. */
function agendaRanges(text: string): Map<string, { first: number; last: number }> {
  const ranges = new Map<string, { first: number; last: number }>();
  for (const match of text.matchAll(/\d+\.\s+([^\n(]+?)\s+\((?:Pages (\d+) - (\d+)|Page (\d+))\)/g))
    ranges.set(match[1]?.trim() ?? '', {
      first: Number(match[2] ?? match[4]),
      last: Number(match[3] ?? match[4]),
    });
  return ranges;
}

describe('the public pack’s PDF carries each .docx report as it looks', () => {
  it('lays out the Word reports with their tables and headings, numbers the pages, and the agenda’s ranges are where the papers are', async () => {
    const { data, marks } = await meetingWithWordReports();
    const notes: string[] = [];
    const pdf = await publicPackPdf(data.record, publicMeeting(data, 'agenda'), printer.print, {
      renderWord: word.render,
      note: (line) => notes.push(line),
    });
    await mkdir(keepFolder, { recursive: true });
    await writeFile(`${keepFolder}/public-pack-word-reports.pdf`, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      `${keepFolder}/public-pack-word-reports.pdf`,
      `${keepFolder}/word-pack`,
    ]);
    const { pages } = await popplerRead(pdf);
    const everything = pages.join('\f');
    expect(notes).toEqual([]);
    expect(everything).not.toContain('could not be shown here');
    expect(everything).not.toContain('EXEMPT-MARKER');

    // Laid out, not bare text: the table's cells, the headings, the list and the footnote are all there.
    for (const report of Object.values(marks)) {
      for (const cell of report.cells) expect(everything).toContain(cell);
      for (const heading of report.headings) expect(everything).toContain(heading);
    }
    expect(everything).toMatch(/•\s+Keep the service open/);
    expect(everything).toContain('LIBRARIES footnote: Service returns, March.');
    // The table is a table: its three cells of a row sit on one line of the page's text.
    expect(everything).toMatch(/Licences issued\s+LIBRARIES-CELL-TARGET\s+LIBRARIES-CELL-ACTUAL/);

    const pageOf = (line: string) => {
      const found = pages.flatMap((page, index) => (page.includes(line) ? [index + 1] : []));
      expect(found, line).toHaveLength(1);
      return found[0] ?? 0;
    };
    const annexPageOf = () => pageOf('Annex (CRIMEFIGS): figures by ward');
    const ranges = agendaRanges(pages[0] ?? '');
    expect([...ranges.keys()]).toEqual([
      'Minutes',
      'Safer Neighbourhoods Update',
      'Library Opening Hours Review',
    ]);
    const crime = marks['d-safety-a'];
    const libraries = marks['d-libraries'];
    expect(ranges.get('Minutes')?.first).toBe(pageOf('D-MINUTES first page'));
    expect(ranges.get('Safer Neighbourhoods Update')?.first).toBe(pageOf('SAFETY-PDF page 1'));
    expect(ranges.get('Safer Neighbourhoods Update')?.last).toBe(pageOf(crime?.lastLine ?? '?'));
    expect(ranges.get('Library Opening Hours Review')?.first).toBe(pageOf(libraries?.firstLine ?? '?'));
    expect(ranges.get('Library Opening Hours Review')?.last).toBe(pageOf(libraries?.lastLine ?? '?'));
    expect(pageOf(libraries?.lastLine ?? '?')).toBe(pages.length);
    // The appendix starts on the right-hand page after the PDF report, and both Word reports run over pages.
    expect(pageOf(crime?.firstLine ?? '?') % 2).toBe(1);
    expect(pageOf(crime?.firstLine ?? '?')).toBeGreaterThan(pageOf('SAFETY-PDF page 2'));
    expect(pageOf(crime?.lastLine ?? '?')).toBeGreaterThan(pageOf(crime?.firstLine ?? '?'));
    expect(pageOf(libraries?.lastLine ?? '?')).toBeGreaterThan(pageOf(libraries?.firstLine ?? '?') + 1);

    // The appendix's landscape annex prints on a landscape page, its wide table's row on one line.
    expect(everything).toMatch(/CRIMEFIGS-W1\s+CRIMEFIGS-W2\s+.*CRIMEFIGS-W9/);
    const annexPage = pageOf('Annex (CRIMEFIGS): figures by ward');
    expect(pageOf(crime?.lastLine ?? '?')).toBe(annexPage);
    const file = `${keepFolder}/public-pack-word-reports.pdf`;
    const sizeOf = (page: number) =>
      /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/
        .exec(execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], { encoding: 'utf8' }))
        ?.slice(1)
        .map(Number) ?? [0, 0];
    const [wide, high] = sizeOf(annexPage);
    expect(wide).toBeGreaterThan(high ?? 0);
    const [portraitWide, portraitHigh] = sizeOf(annexPage - 1);
    expect(portraitWide).toBeLessThan(portraitHigh ?? 0);

    // The library report's own running header and footer print on every one of its pages, its footer's page
    // field counted through the report (1, 2, 3...) beside the pack's own number.
    const libraryFirst = pageOf(libraries?.firstLine ?? '?');
    for (let page = libraryFirst; page <= pageOf(libraries?.lastLine ?? '?'); page += 1) {
      const text = pages[page - 1] ?? '';
      expect(text, `page ${page}`).toMatch(
        /LIBRARIES-RUNNING-HEADER Report to the committee\s+Agenda item 7/,
      );
      const numbers = [...text.matchAll(/\bPage (\d+)\b/g)].map((match) => Number(match[1]));
      expect(numbers, `page ${page}`).toEqual([page - libraryFirst + 1, page]);
    }
    // The appendix, with a footer only, prints no header of the library report's; its landscape annex, a section
    // with neither, prints only the pack's number.
    expect(pages[pageOf(crime?.firstLine ?? '?') - 1]).not.toContain('LIBRARIES-RUNNING-HEADER');
    expect(pages[pageOf(crime?.firstLine ?? '?') - 1]).toMatch(/\bPage 1\b/);
    const annexNumbers = [...(pages[annexPageOf() - 1] ?? '').matchAll(/\bPage (\d+)\b/g)];
    expect(annexNumbers.map((match) => Number(match[1]))).toEqual([annexPageOf()]);

    // Every page after the agenda says its number in the pack, the numbers the agenda's ranges use.
    const agendaPages = (ranges.get('Minutes')?.first ?? 2) - 1;
    pages.forEach((page, index) => {
      if (index + 1 > agendaPages)
        expect(page, `page ${index + 1}`).toMatch(new RegExp(`Page ${index + 1}\\s*$`));
      else expect(page).not.toMatch(/Page \d+\s*$/);
    });
  });
});
