import { strFromU8, unzipSync } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { AgendaPackData } from '../../../renderer/documents/agenda-pack';
import { allInPublicStatement, buildAgendaPack } from '../../../renderer/documents/agenda-pack';
import { renderDocx } from '../support/libreoffice';
import { renderPdfInNode } from './support/pdf-reader';
import { footerOf, printedRange } from './support/pages';
import { seed004PackData, withFamiliesFirstArrived } from './support/seed-004-pack';

/** Each PAGEREF field of the agenda, with the result stored in the file (what a viewer that never updates shows). */
function storedPageReferences(pack: Uint8Array): { bookmark: string; result: string }[] {
  const xml = strFromU8(unzipSync(pack)['word/document.xml'] ?? new Uint8Array());
  const fields =
    xml.match(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*?<w:fldChar w:fldCharType="end"\/>/g) ?? [];
  return fields
    .filter((field) => field.includes('PAGEREF'))
    .map((field) => ({
      bookmark: /PAGEREF\s+([^\s<]+)/.exec(field)?.[1] ?? '',
      result: [...field.slice(field.indexOf('separate')).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((match) => match[1])
        .join(''),
    }));
}

const itemTitles: Record<string, string> = {
  item_3: 'Minutes',
  item_5: 'Safer Harrow - Update',
  item_6: "The Child's Journey. How Much? How Well? What Difference?",
  item_8: 'Report of Activity at Harrow Chief Executives',
  item_11: 'CCTV Maintenance Contract',
};

describe('the agenda\'s "(Pages X - Y)"', async () => {
  const data = await seed004PackData(true);
  const { bytes } = await buildAgendaPack(data, {
    audience: 'private',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  const rendered = await renderDocx(bytes, 'page-references.docx');

  it('are stored in the file with their numbers, the same numbers LibreOffice prints where the papers are', () => {
    const references = storedPageReferences(bytes);
    expect(references.map((reference) => reference.bookmark)).toEqual(
      Object.keys(itemTitles).flatMap((item) => [`${item}_start`, `${item}_end`]),
    );
    for (const reference of references) expect(reference.result, reference.bookmark).toMatch(/^\d+$/);
    for (const [item, title] of Object.entries(itemTitles)) {
      const stored = ['start', 'end'].map((end) =>
        Number(references.find((reference) => reference.bookmark === `${item}_${end}`)?.result),
      );
      expect(stored, title).toEqual(printedRange(rendered.flatText, title));
    }
  });
});

describe('a report whose last paragraph runs on to another page', () => {
  it('ends its page range on the page that paragraph ends on', async () => {
    const data = await seed004PackData();
    const long = Array.from(
      { length: 60 },
      (_, index) => `Sentence ${index + 1} of a long closing paragraph.`,
    );
    const report = await Packer.pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('RUN-ON-REPORT opening paragraph.'),
              ...Array.from({ length: 30 }, (_, index) => new Paragraph(`Filler paragraph ${index + 1}.`)),
              new Paragraph({
                children: [new TextRun(`${long.join(' ')} `.repeat(4) + 'RUN-ON-REPORT last words.')],
              }),
            ],
          },
        ],
      }),
      'uint8array',
    );
    const safer = data.record.documents.find((document) => document.name === 'Safer Harrow - Update');
    if (!safer) throw new Error('seed 004 has no Safer Harrow report');
    const { bytes } = await buildAgendaPack(
      { ...data, documentContents: { ...data.documentContents, [safer.id]: report } },
      { audience: 'public', edition: 'agenda', renderPdf: renderPdfInNode },
    );
    const rendered = await renderDocx(bytes, 'run-on-report.docx');
    const first = footerOf(rendered, 'RUN-ON-REPORT opening');
    const last = footerOf(rendered, 'RUN-ON-REPORT last words.');
    expect(last).toBeGreaterThan(first);
    expect(printedRange(rendered.flatText, 'Safer Harrow - Update')).toEqual([first, last]);
  });
});

describe('a damaged PDF paper', () => {
  it('stops the pack with a message that names the paper and says what to do', async () => {
    const data: AgendaPackData = await seed004PackData();
    const appendix = data.record.documents.find((document) => document.format === 'pdf');
    if (!appendix) throw new Error('seed 004 has no PDF appendix');
    const whole = data.documentContents[appendix.id] ?? new Uint8Array();
    const damaged = { ...data.documentContents, [appendix.id]: whole.slice(0, Math.floor(whole.length / 3)) };
    await expect(
      buildAgendaPack(
        { ...data, documentContents: damaged },
        { audience: 'public', edition: 'agenda', renderPdf: renderPdfInNode },
      ),
    ).rejects.toThrow(
      new RegExp(
        `"${appendix.name}" \\(item 8\\) could not be (read as a PDF|drawn into the pack).*Save it as PDF again`,
      ),
    );
  });
});

describe('the supplementary agenda of a meeting with a Part B item', () => {
  it('never says all the items will be taken in public; a meeting with none still does', async () => {
    const withPartB = await withFamiliesFirstArrived(await seed004PackData(true));
    const publicSupplement = await buildAgendaPack(withPartB, {
      audience: 'public',
      edition: 'supplementary',
      renderPdf: renderPdfInNode,
    });
    const printed = await renderDocx(publicSupplement.bytes, 'supplement-part-b.docx');
    expect(printed.flatText).toContain('Families First Progress Report');
    expect(printed.flatText).not.toContain(allInPublicStatement);

    const allPublic = await withFamiliesFirstArrived(await seed004PackData());
    const plain = await buildAgendaPack(allPublic, {
      audience: 'public',
      edition: 'supplementary',
      renderPdf: renderPdfInNode,
    });
    expect((await renderDocx(plain.bytes, 'supplement-public.docx')).flatText).toContain(
      allInPublicStatement,
    );
  });
});
