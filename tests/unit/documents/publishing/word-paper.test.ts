import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { packDocument } from '../../../../renderer/documents/common/pack';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { meetingDocuments } from '../../../../renderer/documents/publishing/meeting-documents';
import {
  layoutLimitMs,
  wordPaperToPrint,
} from '../../../../renderer/documents/publishing/printable/word-paper';
import { renderedWordPaperPage } from '../../../../renderer/documents/publishing/printable/word-paper-page';
import { sampleMeetingData } from './published-meeting';

/** A stand-in for Chromium's print: one page per printed document. */
async function onePagePrint(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf.save();
}

async function wordPaper(): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = await packDocument(buildMinutes(sampleMeetingData().record, { part: 'A' }));
  return { name: 'Library Opening Hours Review.docx', bytes };
}

describe('a Word paper in the public pack’s PDF', () => {
  it('is printed as laid out on A4 with the paper’s margins, its Symbol-font bullets drawn as bullets', () => {
    const html = renderedWordPaperPage(
      {
        styles: ['p.docx-num-2-0:before { content: "\uf0b7\\9"; font-family: Symbol; }', 'x { } </style><b>'],
        pages: ['<section class="docx"><article><p>Report</p></article></section>'],
        margins: { top: '56.7pt', right: '56.7pt', bottom: '42pt', left: '56.7pt' },
        characters: 6,
      },
      'Report <1>.docx',
      'Wrenmoor Borough Council',
    );
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Report &lt;1&gt;.docx</title>');
    expect(html).toContain('@page { size: A4; margin: 56.7pt 56.7pt max(42pt, 16mm) 56.7pt; }');
    expect(html).toContain('content: "\u2022\\9";');
    expect(html).not.toContain('\uf0b7');
    expect(html).not.toContain('font-family: Symbol');
    // A style sheet cannot close its own element and put markup into the printed page.
    expect(html).not.toContain('</style><b>');
  });

  it('falls back to its words with a note saying why, and names the paper for the publish log', async () => {
    const paper = await wordPaper();
    const printed = await wordPaperToPrint(paper, 'Wrenmoor Borough Council', async () => {
      throw new Error('the file is damaged');
    });
    expect(printed.html).toContain('could not be shown here as it is laid out (the file is damaged)');
    expect(printed.html).toContain('<h1>Library Opening Hours Review.docx</h1>');
    expect(printed.html).toContain('Apologies for Absence');
    expect(printed.notLaidOut).toBe(
      'The Word paper "Library Opening Hours Review.docx" is in the pack’s PDF as its words only, without its layout, tables or pictures, because the file is damaged. The paper itself is published beside the pack as it is.',
    );
  });

  it('is printed as its words when the layout would leave some of them out', async () => {
    const paper = await wordPaper();
    const printed = await wordPaperToPrint(paper, 'Wrenmoor Borough Council', async () => ({
      styles: [],
      pages: ['<section class="docx"><article><p>Apologies</p></article></section>'],
      margins: { top: '72pt', right: '72pt', bottom: '72pt', left: '72pt' },
      characters: 9,
    }));
    expect(printed.notLaidOut).toMatch(/because the layout would leave out some of its words \(\d+ letters/);
    expect(printed.html).toContain('Apologies for Absence');
  });

  it('goes on with its words when the layout never finishes, so publishing never waits silently', async () => {
    const paper = await wordPaper();
    vi.useFakeTimers();
    try {
      const printing = wordPaperToPrint(paper, 'Wrenmoor Borough Council', () => new Promise(() => {}));
      await vi.advanceTimersByTimeAsync(layoutLimitMs);
      const printed = await printing;
      expect(printed.notLaidOut).toContain('because laying it out took longer than 60 seconds');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so in the publication’s notes when no page can lay it out (here, with no DOM)', async () => {
    const data = sampleMeetingData();
    const paper = await wordPaper();
    data.record.documents = data.record.documents.filter((document) => document.id === 'd-libraries');
    data.documentContents = { 'd-libraries': paper.bytes };
    const notes: string[] = [];
    const documents = await meetingDocuments(data, 'agenda', {
      print: onePagePrint,
      note: (line) => notes.push(line),
    });
    expect(documents.packPdf).toBeDefined();
    expect(notes).toEqual([expect.stringContaining('because there is no page to lay it out in here')]);
    expect(notes[0]).toContain('"Library Opening Hours Review"');
  });
});
