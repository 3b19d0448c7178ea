import { describe, expect, it } from 'vitest';
import {
  actionLogInputFromRecord,
  buildActionLog,
} from '../../renderer/documents/action-log/build-action-log';
import { buildAgendaAndMinutes } from '../../renderer/documents/agenda-and-minutes/build-agenda-and-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { buildReportCover } from '../../renderer/documents/report-cover/build-report-cover';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { renderDocx } from './support/libreoffice';

describe('action log (seed 002 layout)', () => {
  it('prints "Actions from previous meetings" as Date, Action, Owner, Outcome with open actions first', async () => {
    const rendered = await renderDocx(
      await packDocument(buildActionLog(actionLogInputFromRecord(sampleMeetingRecord()))),
      'log.docx',
    );
    const text = rendered.flatText;
    expect(text).toContain('Actions from previous meetings');
    expect(text).toMatch(/Date Action Owner Outcome/);
    const open = text.indexOf('Report the six-month');
    const inProgress = text.indexOf('Set up the monthly');
    const done = text.indexOf('Submit the Regional');
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(inProgress);
    expect(inProgress).toBeLessThan(done);
    expect(text).toContain('Bid submitted on 19');
    expect(text).toContain('12/03/2025');
  });

  it('filters by status', async () => {
    const log = buildActionLog(actionLogInputFromRecord(sampleMeetingRecord()), { statuses: ['done'] });
    const text = (await renderDocx(await packDocument(log), 'log-done.docx')).flatText;
    expect(text).toContain('Submit the Regional');
    expect(text).not.toContain('Report the six-month');
  });
});

describe('report cover (seed 000 layout)', () => {
  it('is prefilled for the item with the cover table and Sections 1-4', async () => {
    const text = (
      await renderDocx(await packDocument(buildReportCover(sampleMeetingRecord(), 'i-safety')), 'cover.docx')
    ).flatText;
    for (const line of [
      'REPORT FOR: WRENMOOR COMMUNITY PARTNERSHIP BOARD',
      'Date of Meeting: Wednesday 12 March 2025',
      'Subject: Safer Neighbourhoods Update',
      'Key Decision: No',
      'Responsible Officer: Grace Northcott, Head of Community Safety',
      'Exempt: No',
      'Wards affected: Abbey, Millbrook, Stonegate',
      'Enclosures: Appendix A - Crime figures by ward',
      'Section 1 – Summary and Recommendations',
      'Recommendations: That the Board note the progress made',
      'Section 2 – Report',
      'Financial Implications',
      'Risk Management Implications',
      'Was an Equality Impact Assessment carried out?',
      'Section 3 - Statutory Officer Clearance',
      'Section 4 - Contact Details and Background Papers',
    ]) {
      expect(text).toContain(line);
    }
  });
});

describe('agenda and minutes (seed 003 layout)', () => {
  it('shows each item, its papers with type and size, its minutes, ACTIONS AGREED and the next meeting', async () => {
    const text = (
      await renderDocx(await packDocument(buildAgendaAndMinutes(sampleMeetingRecord())), 'a-and-m.docx')
    ).flatText;
    expect(text).toContain('Agenda and minutes');
    expect(text).toContain('Wrenmoor Community Partnership Board - Wednesday 12 March 2025 6.00 pm');
    expect(text).toMatch(
      /5\. Safer Neighbourhoods Update Report of the Head of Community Safety\. Safer Neighbourhoods Update PDF 212 KB Additional documents: Appendix A - Crime figures by ward PDF 58 KB Minutes: 206/,
    );
    expect(text).toMatch(
      /ACTIONS AGREED \(i\) Set up the monthly data share .* \(ii\) Recruit Community Champions/,
    );
    expect(text).toContain(
      'The next meeting of the Board is scheduled for Wednesday 11 June 2025 at 6.00 pm.',
    );
    expect(text).toContain(
      '9. Leisure Centre Contract Renewal This item is not for publication by virtue of paragraph 3',
    );
    expect(text).not.toContain('confidential pricing');
  });
});
