import { describe, expect, it } from 'vitest';
import { buildAgendaPack } from '../../../renderer/documents/agenda-pack';
import { flatten, renderDocx } from '../support/libreoffice';
import { footerOf, printedRange, sheetOf } from './support/pages';
import { fixture } from './support/reports';
import { attachedDocument, seed004Record } from './support/seed-004';

/**
 * A report LibreOffice wrote (fixtures/footnote-report.fodt, saved as .docx) with two footnotes and a comment in
 * the margin, attached to two items, so the second copy's footnotes must be renumbered after the first's.
 */
describe('a merged report with footnotes and a comment, printed through LibreOffice', async () => {
  const record = seed004Record();
  const report = fixture('footnote-report.docx');
  record.documents.push(
    attachedDocument('5', 'Housing Allocations Review', 'docx', 0),
    attachedDocument('6', 'Housing Allocations Review, copy', 'docx', 0),
  );
  const { bytes, warnings } = await buildAgendaPack(
    { record, documentContents: { 'document-5-0': report, 'document-6-0': report } },
    { audience: 'public', edition: 'agenda' },
  );
  const pack = await renderDocx(bytes, 'footnote-pack.docx');
  const first = sheetOf(pack, 'FOOTNOTE-REPORT-MARKER');
  const second =
    pack.pages.findIndex((page, index) => index + 1 > first && page.includes('FOOTNOTE-REPORT-MARKER')) + 1;

  it('prints each footnote at the foot of its page, numbered through the pack', () => {
    expect(second).toBeGreaterThan(first);
    const firstPage = flatten(pack.pages[first - 1] ?? '');
    const secondPage = flatten(pack.pages[second - 1] ?? '');
    expect(firstPage).toMatch(/grew by a fifth in 2012\s?1 and lettings fell\s?2\./);
    expect(firstPage).toMatch(/1 FOOTNOTE-ONE Source: Housing Register, 31 March 2013\./);
    expect(firstPage).toMatch(/2 FOOTNOTE-TWO Lettings exclude mutual exchanges\./);
    expect(secondPage).toMatch(/grew by a fifth in 2012\s?3 and lettings fell\s?4\./);
    expect(secondPage).toMatch(/3 FOOTNOTE-ONE Source/);
    expect(secondPage).toMatch(/4 FOOTNOTE-TWO Lettings/);
    expect(firstPage.indexOf('FOOTNOTE-ONE')).toBeGreaterThan(
      firstPage.indexOf('End of the allocations report.'),
    );
  });

  it('leaves the comment out, says so, and keeps the page ranges right', () => {
    expect(pack.flatText).not.toContain('COMMENT-NOT-PRINTED');
    expect(warnings).toContain(
      '"Housing Allocations Review" (item 5) has 1 comment in the margin: comments are notes between authors and are not printed in the pack.',
    );
    expect(printedRange(pack.flatText, 'Safer Harrow - Update')).toEqual([
      footerOf(pack, 'FOOTNOTE-REPORT-MARKER'),
      footerOf(pack, 'End of the allocations report.'),
    ]);
  });
});
