import { PDFDocument } from 'pdf-lib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { meetingDocuments, steadyDocx } from '../../../../renderer/documents/publishing/meeting-documents';
import { buildPublishedPages } from '../../../../renderer/documents/publishing/site';
import { packDocument } from '../../../../renderer/documents/common/pack';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { sampleMeetingData, textOf } from './published-meeting';

/** A stand-in for Chromium's print: a one-page PDF whose title is the printed page's <title>. */
async function fakePrint(html: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.setTitle(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  return pdf.save();
}

describe('the public pack and minutes published beside the meeting page', () => {
  it('are made as Word always and as PDF where there is a print engine, the minutes only once published', async () => {
    const data = sampleMeetingData();
    // The sample's papers are not real PDFs; the pack's PDF is checked with real ones in Chromium (e2e).
    data.record.documents = [];
    const pack = await packDocument(buildMinutes(data.record, { part: 'A' }));
    const agenda = await meetingDocuments(data, 'agenda', { publicPackDocx: async () => pack });
    expect(Object.keys(agenda)).toEqual(['packDocx']);
    const minutes = await meetingDocuments(data, 'minutes', { print: fakePrint });
    expect(Object.keys(minutes).sort()).toEqual(['minutesDocx', 'minutesPdf', 'packPdf']);
    const minutesPdf = await PDFDocument.load(minutes.minutesPdf ?? new Uint8Array());
    expect(minutesPdf.getTitle()).toMatch(/^Minutes - Wrenmoor Community Partnership Board/);
    // Made again, they are the same bytes: republishing rewrites nothing that has not changed.
    const again = await meetingDocuments(data, 'minutes', { print: fakePrint });
    expect(again.minutesDocx).toEqual(minutes.minutesDocx);
    expect(again.minutesPdf).toEqual(minutes.minutesPdf);
  });

  it('keeps a Word file’s content and sets its dates to the meeting’s', async () => {
    const data = sampleMeetingData();
    const bytes = await packDocument(buildMinutes(data.record, { part: 'A' }));
    const steady = steadyDocx(bytes, new Date('2025-03-12T00:00:00Z'));
    const parts = unzipSync(steady);
    expect(strFromU8(parts['docProps/core.xml'] ?? new Uint8Array())).toContain('2025-03-12T00:00:00Z');
    expect(parts['word/document.xml']).toEqual(unzipSync(bytes)['word/document.xml']);
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
  });

  it('are listed on the meeting page with their type and size, and written beside it', () => {
    const data = sampleMeetingData();
    const built = buildPublishedPages({
      organisation: data.record.organisation,
      meetings: [
        {
          data,
          edition: 'minutes',
          documents: { packPdf: new Uint8Array(2048), minutesDocx: new Uint8Array(3072) },
        },
      ],
    });
    const names = built.files.map((file) => file.name);
    const base = 'wrenmoor-community-partnership-board-2025-03-12-1800';
    expect(names).toEqual(expect.arrayContaining([`${base}-agenda-pack.pdf`, `${base}-minutes.docx`]));
    const page = textOf(built.files.find((file) => file.name === `${base}.html`)?.bytes ?? new Uint8Array());
    expect(page).toContain(
      `<ul class="papers" aria-label="Documents of this meeting"><li><a href="${base}-agenda-pack.pdf">Agenda pack</a> <span class="size">(PDF 2 KB)</span></li><li><a href="${base}-minutes.docx">Minutes</a> <span class="size">(Word 3 KB)</span></li></ul>`,
    );
  });
});
