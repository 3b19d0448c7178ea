import { describe, expect, it } from 'vitest';
import { buildReportCover } from '../../../renderer/documents/report-cover/build-report-cover';
import { sampleMeetingRecord } from '../../../renderer/documents/sample/sample-meeting';
import type { CoverAnswer, ReportCoverSections } from '../../../renderer/domain/report-cover';
import {
  reportCoverProblem,
  reportCoverSectionsOf,
  defaultReportCoverSections,
} from '../../../renderer/domain/report-cover';
import { docxParts, paragraphTexts } from './support/docx-xml';

async function coverText(
  sections: ReportCoverSections | undefined,
  answers?: CoverAnswer[],
): Promise<string[]> {
  const record = sampleMeetingRecord();
  record.organisation = { ...record.organisation, reportCover: sections };
  record.agendaItems = record.agendaItems.map((item) =>
    item.id === 'i-safety' ? { ...item, coverAnswers: answers } : item,
  );
  return paragraphTexts((await docxParts(buildReportCover(record, 'i-safety')))['word/document.xml'] ?? '');
}

describe('the council’s report cover sections', () => {
  it('are seed 000’s until the council names its own; blank lines and repeats never print', () => {
    expect(reportCoverSectionsOf(undefined)).toEqual(defaultReportCoverSections);
    expect(reportCoverSectionsOf({ implications: ['', '  '] }).implications).toEqual(
      defaultReportCoverSections.implications,
    );
    expect(
      reportCoverSectionsOf({ rows: ['Scrutiny Lead Member area', '', 'Scrutiny Lead Member area '] }).rows,
    ).toEqual(['Scrutiny Lead Member area']);
  });

  it('refuses a heading too long to be one, saying which list', () => {
    expect(reportCoverProblem({ rows: ['x'.repeat(201)] })).toMatch(
      /^Rows the council adds to the cover table: /,
    );
    expect(reportCoverProblem({ rows: ['Scrutiny Lead Member area'] })).toBeUndefined();
  });

  it('print as before when the council has chosen nothing', async () => {
    const text = await coverText(undefined);
    expect(text).toContain('Financial Implications');
    expect(text).toContain('Was an Equality Impact Assessment carried out? [Yes / No]');
    expect(text).toContain('Chief Financial Officer: Name: ........................  Date: ............');
    expect(text).toContain('Monitoring Officer: Name: ........................  Date: ............');
  });

  it('print the council’s own sections, rows and clearances with the author’s text and "Not required"', async () => {
    const text = await coverText(
      {
        rows: ['Scrutiny Lead Member area'],
        implications: ['Financial implications', 'Legal implications'],
        clearances: ['Chief Financial Officer', 'Monitoring Officer', 'Head of Procurement'],
      },
      [
        { heading: 'Scrutiny Lead Member area', text: 'Community Safety' },
        { heading: 'financial implications', text: 'Met from the existing budget.' },
        { heading: 'Legal implications', text: 'anything', notRequired: true },
        { heading: 'Chief Financial Officer', text: 'Dawn Calvert, 1 March 2013' },
        { heading: 'Head of Procurement', text: '', notRequired: true },
      ],
    );
    const joined = text.join('\n');
    expect(text).toContain('Scrutiny Lead Member area:');
    expect(text).toContain('Community Safety');
    expect(text).toContain('Met from the existing budget.');
    const legal = text.indexOf('Legal implications');
    expect(text[legal + 1]).toBe('Not required for this report');
    expect(text).toContain('Chief Financial Officer: Dawn Calvert, 1 March 2013');
    expect(text).toContain('Monitoring Officer: Name: ........................  Date: ............');
    expect(text).toContain('Head of Procurement: Not required for this report');
    expect(joined).not.toContain('Performance Issues');
    expect(joined).not.toContain('Equality Impact Assessment');
    // No label without its words: every "Label:" is followed by something to read.
    text.forEach((line, index) => {
      if (line.endsWith(':')) expect(text[index + 1]?.trim(), line).toBeTruthy();
    });
  });
});
