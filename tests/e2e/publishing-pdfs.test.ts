import { mkdir, writeFile } from 'node:fs/promises';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaPackData } from '../../renderer/documents/agenda-pack';
import {
  publicMinutesPdf,
  publicPackPdf,
  type PrintToPdf,
} from '../../renderer/documents/publishing/printable/public-pdfs';
import { publicMeeting } from '../../renderer/documents/publishing/public-meeting';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { chromiumPrinter, popplerRead } from './chromium-print';
import { keepFolder, report } from './documents-support';
import { pdfPaper } from './publishing-support';
import { chromiumWordRenderer } from './word-render-in-page';

let printer: { print: PrintToPdf; close: () => Promise<void> };
let word: Awaited<ReturnType<typeof chromiumWordRenderer>>;
beforeAll(async () => {
  printer = await chromiumPrinter();
  word = await chromiumWordRenderer();
});
afterAll(async () => {
  await printer.close();
  await word.close();
});

/** The sample meeting with real papers: one-page PDFs and a three-page Word report; Part B's marked. */
async function meetingWithPapers(): Promise<AgendaPackData> {
  const record = sampleMeetingRecord();
  const contents: AgendaPackData['documentContents'] = {};
  for (const document of record.documents) {
    const marker = document.id === 'd-leisure' ? 'EXEMPT-MARKER' : document.id.toUpperCase();
    contents[document.id] =
      document.format === 'docx' ? await report(marker, 3) : pdfPaper(`${marker} first page`, 4096);
  }
  record.documents = record.documents.map((document) => ({
    ...document,
    sizeBytes: contents[document.id]?.byteLength ?? 0,
  }));
  return { record, documentContents: contents };
}

async function languageOf(bytes: Uint8Array): Promise<string | undefined> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const language = pdf.catalog.get(PDFName.of('Lang'));
  return language instanceof PDFString ? language.decodeText() : language?.toString();
}

describe('the public pack and public minutes as PDFs from Chromium’s print engine', () => {
  it('prints the pack tagged, titled and in English, with the agenda’s page ranges where the papers are', async () => {
    const data = await meetingWithPapers();
    const view = publicMeeting(data, 'agenda');
    const pdf = await publicPackPdf(data.record, view, printer.print, { renderWord: word.render });
    await mkdir(keepFolder, { recursive: true });
    await writeFile(`${keepFolder}/public-pack.pdf`, pdf);
    const { info, pages } = await popplerRead(pdf);
    expect(info).toMatch(
      /^Title:\s+Agenda - Wrenmoor Community Partnership Board - Wednesday 12 March 2025, 6\.00 pm$/m,
    );
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    await expect(languageOf(pdf)).resolves.toBe('en-GB');
    const everything = pages.join('\f');
    expect(everything).not.toContain('EXEMPT-MARKER');

    // Every "(Pages a - b)" on the agenda names the pages its papers are on, each starting on an odd page.
    const ranges = [
      ...everything.matchAll(/\d+\.\s+([^\n(]+?)\s+\((?:Pages (\d+) - (\d+)|Page (\d+))\)/g),
    ].map((match) => ({
      title: match[1]?.trim(),
      first: Number(match[2] ?? match[4]),
      last: Number(match[3] ?? match[4]),
    }));
    expect(ranges.map((range) => range.title)).toEqual([
      'Minutes',
      'Safer Neighbourhoods Update',
      'Library Opening Hours Review',
    ]);
    expect(pages[0]).toContain('Agenda - public');
    const pageOf = (marker: string) => pages.findIndex((page) => page.includes(marker)) + 1;
    const [minutes, safety, libraries] = ranges;
    expect(pageOf('D-MINUTES first page')).toBe(minutes?.first);
    expect(pageOf('D-SAFETY first page')).toBe(safety?.first);
    expect(pageOf('D-SAFETY-A first page')).toBe(safety?.last);
    expect(pageOf('D-LIBRARIES page 1')).toBe(libraries?.first);
    expect(pageOf('D-LIBRARIES page 3')).toBe(libraries?.last);
    for (const range of ranges) expect(range.first % 2, range.title).toBe(1);
    expect(pages.length).toBe(libraries?.last);
  });

  it('prints the public minutes with the Part B minute left out', async () => {
    const data = await meetingWithPapers();
    const pdf = await publicMinutesPdf(data.record, publicMeeting(data, 'minutes'), printer.print);
    const { info, pages } = await popplerRead(pdf);
    expect(info).toMatch(/^Title:\s+Minutes - Wrenmoor Community Partnership Board/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    await expect(languageOf(pdf)).resolves.toBe('en-GB');
    expect(pages.join('\f')).toContain('Minutes (');
    expect(pages.join('\f')).toContain('This item was taken in private: its minutes are not published.');
  });
});
