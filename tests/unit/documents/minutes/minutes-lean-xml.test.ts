import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import { docxParts, paragraphTexts } from '../support/docx-xml';

/**
 * The minutes' Word XML says each thing once: docx spends most of a build turning elements into text, so an
 * element that changes nothing on the page is time the clerk waits for (issue 25: within 2.5x fflate).
 */
describe('the minutes as lean Word XML', () => {
  it('writes plain minute text as a bare run, with no switched-off bold or italic', async () => {
    const xml = (await docxParts(buildMinutes(sampleMeetingRecord())))['word/document.xml'] ?? '';
    expect(xml).not.toMatch(/<w:(b|bCs|i|iCs) w:val="false"\/>/);
    const paragraph = (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []).find((p) =>
      p.includes('attended as a substitute for Councillor Nkem Achebe'),
    );
    expect(paragraph).toBeDefined();
    expect(paragraph).not.toContain('<w:rPr>');
  });

  it('prints a resolution clause, number and words, as one bold run', async () => {
    const xml = (await docxParts(buildMinutes(sampleMeetingRecord())))['word/document.xml'] ?? '';
    const clause = (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []).find((p) =>
      p.includes('a further update be brought'),
    );
    expect(clause?.match(/<w:r>/g)).toHaveLength(1);
    expect(clause).toContain('<w:b/>');
    expect(paragraphTexts(clause ?? '')).toEqual([
      '(4)\ta further update be brought to the Board in December 2025.',
    ]);
  });
});
