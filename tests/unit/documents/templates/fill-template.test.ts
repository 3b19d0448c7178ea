import { Document, Header, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../renderer/documents/templates/fill-template';
import { defaultTemplate } from '../../../../renderer/documents/templates/default-template';
import { meetingTemplateValues } from '../../../../renderer/documents/templates/template-values';
import { minutesContent } from '../../../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import { docxParts, headerAndFooterXml, paragraphTexts } from '../support/docx-xml';

describe('filling an organisation template', () => {
  it('puts the minutes where {{body}} stands and the values in header and footer', async () => {
    const record = sampleMeetingRecord();
    const filled = await fillTemplate(
      await defaultTemplate('minutes'),
      'minutes',
      minutesContent(record),
      meetingTemplateValues(record, 'Minutes'),
    );
    const parts = await docxParts(filled);
    const body = paragraphTexts(parts['word/document.xml'] ?? '');
    expect(body[0]).toBe('DRAFT - subject to approval');
    expect(body).toContain('Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm');
    expect(body).toContain('RESOLVED: That the apologies for absence be noted.');
    const furniture = headerAndFooterXml(parts);
    expect(furniture).toContain('Wrenmoor Borough Council');
    expect(furniture).toContain('Wednesday 12 March 2025');
    expect(JSON.stringify(parts)).not.toContain('{{');
    // Bullet and numbered lists in the minutes came with their numbering definitions.
    expect(parts['word/numbering.xml']).toContain('w:abstractNum');
  });

  it('refuses a bad template with the same message the upload screen shows', async () => {
    const bad = await packDocument(
      new Document({
        sections: [
          { headers: { default: new Header({ children: [] }) }, children: [new Paragraph('{{committee}}')] },
        ],
      }),
    );
    const record = sampleMeetingRecord();
    await expect(
      fillTemplate(bad, 'minutes', minutesContent(record), meetingTemplateValues(record, 'Minutes')),
    ).rejects.toThrow(/no \{\{body\}\} placeholder/);
  });
});
