import { PDFDocument } from 'pdf-lib';
import type { MeetingRecord } from '../../../domain/meeting-record';
import { parseIsoDate } from '../../../domain/en-gb';
import { blankPageNotice } from '../../agenda-pack';
import { escapeHtml } from '../html';
import type { PublicMeeting, PublicPaper } from '../public-meeting';
import { printableAgenda, type PackPageRanges } from './printable-agenda';
import { printableMinutes } from './printable-minutes';
import { printablePage } from './printable-page';
import { numberPages } from './pdf-page-numbers';
import { withheldPagePrint } from './withheld-page';
import { wordPaperToPrint } from './word-paper';
import type { RenderWordPaper } from './word-paper-render';

/** Chromium's print engine: Electron's printToPDF in the desktop app, page.pdf() in tests. Tagged, A4. */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

type MeetingHeading = Pick<MeetingRecord, 'committee' | 'meeting' | 'organisation'>;

/** How the pack lays out its Word papers (docx-preview in this page, unless told), and where it says what it could not. */
export type PackPdfOptions = { renderWord?: RenderWordPaper; note?: (line: string) => void };

/**
 * The public minutes as a tagged PDF, its title and language from the printed page.
 *
 * @example await publicMinutesPdf(record, publicMeeting(data, 'minutes'), print)
 */
export async function publicMinutesPdf(
  record: MeetingHeading,
  view: PublicMeeting,
  print: PrintToPdf,
): Promise<Uint8Array> {
  const minutes = await PDFDocument.load(await print(printableMinutes(record, view)), {
    updateMetadata: false,
  });
  return settled(minutes, record);
}

/** One run of pages in the pack after the agenda: a public paper, or the page standing for a withheld one. */
type PackPart = { key: string; pdf: PDFDocument };

/**
 * The public pack as one PDF: the front sheet and agenda printed by Chromium (tagged), then each public paper on
 * its own pages, a PDF paper's pages as they are and a Word paper as it looks (word-paper.ts), and where an exempt
 * paper of a public item stood, a page saying what was withheld (withheld-page.ts). Each paper starts on
 * a right-hand (odd) page, after "This page is intentionally left blank" when needed, as in the Word pack, and every
 * page after the agenda carries "Page N" counted through the PDF. The agenda's "(Pages 5 - 8)" are worked out from
 * the pages each paper really printed to, printing the agenda again when its own length changes with them, so they
 * are right.
 *
 * @example await publicPackPdf(record, publicMeeting(data, 'agenda'), print)
 */
export async function publicPackPdf(
  record: MeetingHeading,
  view: PublicMeeting,
  print: PrintToPdf,
  options: PackPdfOptions = {},
): Promise<Uint8Array> {
  const council = record.organisation.name.trim() || 'The council';
  const papers: PackPart[] = [];
  for (const item of view.items) {
    if (item.part === 'B') continue;
    for (const entry of item.packOrder) {
      if ('withheldKey' in entry) {
        const pdf = await PDFDocument.load(await print(withheldPagePrint(entry.line, council)));
        papers.push({ key: entry.withheldKey, pdf });
        continue;
      }
      const paper = item.papers.find((candidate) => candidate.id === entry.paperId);
      if (paper) papers.push({ key: paper.id, pdf: await paperPdf(paper, council, print, options) });
    }
  }
  let blank: PDFDocument | undefined;
  let agendaPages = 1;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { ranges, blanksBefore } = layOut(agendaPages, papers);
    const agenda = await PDFDocument.load(await print(printableAgenda(record, view, ranges)), {
      updateMetadata: false,
    });
    if (agenda.getPageCount() !== agendaPages) {
      agendaPages = agenda.getPageCount();
      continue;
    }
    for (const [index, { pdf }] of papers.entries()) {
      if (blanksBefore.has(index)) {
        blank ??= await PDFDocument.load(await print(blankPage(council)));
        const [page] = await agenda.copyPages(blank, [0]);
        if (page) agenda.addPage(page);
      }
      for (const page of await agenda.copyPages(pdf, pdf.getPageIndices())) agenda.addPage(page);
    }
    await numberPages(agenda, agendaPages + 1);
    return settled(agenda, record);
  }
  throw new Error('The agenda’s length kept changing with its page numbers: publish again.');
}

/** Where each paper (and withheld page) falls when the agenda has `agendaPages` pages: each starts on an odd page. */
function layOut(
  agendaPages: number,
  papers: PackPart[],
): { ranges: PackPageRanges; blanksBefore: Set<number> } {
  const ranges: PackPageRanges = new Map();
  const blanksBefore = new Set<number>();
  let next = agendaPages + 1;
  for (const [index, { key, pdf }] of papers.entries()) {
    if (next % 2 === 0) {
      blanksBefore.add(index);
      next += 1;
    }
    const last = next + pdf.getPageCount() - 1;
    ranges.set(key, { first: next, last });
    next = last + 1;
  }
  return { ranges, blanksBefore };
}

async function paperPdf(
  paper: PublicPaper,
  council: string,
  print: PrintToPdf,
  options: PackPdfOptions,
): Promise<PDFDocument> {
  if (paper.format !== 'pdf') {
    const { html, notLaidOut } = await wordPaperToPrint(paper, council, options.renderWord);
    if (notLaidOut) options.note?.(notLaidOut);
    return PDFDocument.load(await print(html));
  }
  try {
    return await PDFDocument.load(paper.bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw new Error(
      `The paper "${paper.name}" is not a PDF Chamber can read, so the pack’s PDF cannot carry it. Attach it again, saved as PDF or .docx, and publish again.`,
    );
  }
}

function blankPage(council: string): string {
  return printablePage({
    title: blankPageNotice,
    council,
    body: `<p class="blank">${escapeHtml(blankPageNotice)}</p>`,
  });
}

/**
 * The title and language the regulations ask for, said again in the PDF's own fields, and its dates set to the
 * meeting's, so publishing again makes the same bytes and rewrites nothing that has not changed.
 */
async function settled(pdf: PDFDocument, record: MeetingHeading): Promise<Uint8Array> {
  const title = pdf.getTitle();
  if (title) pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setLanguage('en-GB');
  pdf.setAuthor(record.organisation.name.trim() || 'The council');
  pdf.setProducer('Chamber');
  pdf.setCreator('Chamber');
  const date = parseIsoDate(record.meeting.date);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  return pdf.save({ updateFieldAppearances: false });
}
