import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import { docxParts, headerAndFooterXml, paragraphTexts } from '../support/docx-xml';

describe('buildMinutes (the Word XML)', () => {
  it('heads each minute with its number and the item title, in the order taken', async () => {
    const body = paragraphTexts(
      (await docxParts(buildMinutes(sampleMeetingRecord())))['word/document.xml'] ?? '',
    );
    const headings = body.filter((text) => /^2\d\d\.\t/.test(text));
    expect(headings).toEqual([
      '201.\tApologies for Absence',
      '202.\tAttendance by Substitute Members',
      '203.\tDeclarations of Interest',
      '204.\tMinutes',
      '205.\tLibrary Opening Hours Review',
      '206.\tSafer Neighbourhoods Update',
      '207.\tYouth Services Grant Bid',
      '208.\tExclusion of the Press and Public',
      '210.\tDate of Next Meeting',
    ]);
  });

  it('prints resolutions in bold and clauses with typed numbers', async () => {
    const xml = (await docxParts(buildMinutes(sampleMeetingRecord())))['word/document.xml'] ?? '';
    const clause = (xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []).find((p) =>
      p.includes('a further update be brought'),
    );
    expect(clause).toContain('<w:b/>');
    expect(paragraphTexts(clause ?? '')[0]).toBe(
      '(4)\ta further update be brought to the Board in December 2025.',
    );
  });

  it('marks drafts in the header and numbers pages with PAGE and NUMPAGES fields', async () => {
    const furniture = headerAndFooterXml(await docxParts(buildMinutes(sampleMeetingRecord())));
    expect(furniture).toContain('DRAFT - subject to approval');
    expect(furniture).toMatch(/PAGE/);
    expect(furniture).toMatch(/NUMPAGES/);
    const approved = sampleMeetingRecord();
    approved.meeting.status = 'minutesApproved';
    expect(headerAndFooterXml(await docxParts(buildMinutes(approved)))).not.toContain('DRAFT');
    expect(headerAndFooterXml(await docxParts(buildMinutes(approved, { draft: true })))).toContain('DRAFT');
  });

  it('keeps every word of the Part B item out of the public minutes, in every part of the file', async () => {
    const everything = JSON.stringify(await docxParts(buildMinutes(sampleMeetingRecord())));
    expect(everything).not.toContain('Leisure Centre');
    expect(everything).not.toContain('pricing schedule');
    const confidential = await docxParts(buildMinutes(sampleMeetingRecord(), { part: 'B' }));
    expect(headerAndFooterXml(confidential)).toContain('NOT FOR PUBLICATION');
    expect(confidential['word/document.xml']).toContain('pricing schedule');
    expect(confidential['word/document.xml']).not.toContain('Safer Neighbourhoods');
  });

  it('lays out the ACTION column as a two-column table with the heading row repeated', async () => {
    const xml =
      (await docxParts(buildMinutes(sampleMeetingRecord(), { actionColumn: true })))['word/document.xml'] ??
      '';
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(paragraphTexts(xml)).toContain('ACTION');
    expect(paragraphTexts(xml)).toContain('All to note.');
    expect(paragraphTexts(xml).some((text) => text.startsWith('ACTION: '))).toBe(false);
  });
});
