import { beforeAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../renderer/documents/common/pack';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { buildReportCover } from '../../renderer/documents/report-cover/build-report-cover';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { StoredHouseStyle } from '../../renderer/domain/house-style';
import { renderDocx, type RenderedDocument } from './support/libreoffice';

async function rendered(houseStyle: StoredHouseStyle, name: string): Promise<RenderedDocument> {
  const record = sampleMeetingRecord();
  record.organisation = { ...record.organisation, houseStyle };
  return renderDocx(await packDocument(buildMinutes(record)), name);
}

describe('the minutes’ frame in each house style, as LibreOffice prints it', () => {
  let plain: RenderedDocument;
  let chosen: RenderedDocument;
  beforeAll(async () => {
    plain = await rendered({}, 'frame-default.docx');
    chosen = await rendered(
      { motionWording: 'movedBy', recordedVotes: 'table', attendanceForm: 'numbered' },
      'frame-chosen.docx',
    );
  });

  it('prints today’s wording and lists where the house has chosen nothing', () => {
    const text = plain.flatText;
    expect(text).toContain(
      'It was moved by Councillor Marcus Brennan and seconded by Councillor Ada Lindqvist',
    );
    expect(text).toMatch(/For \(3\): Councillor/);
    expect(text).toContain('Officers: Grace Northcott (Head of Community Safety)');
    expect(text).not.toContain('(1) Present:');
  });

  it('writes "Moved by X, seconded by Y"', () => {
    expect(chosen.flatText).toContain(
      'Moved by Councillor Marcus Brennan, seconded by Councillor Ada Lindqvist',
    );
    expect(chosen.flatText).toMatch(
      /Amendment moved by Councillor [A-Z][a-z]+ [A-Z][a-z]+, seconded by Councillor/,
    );
    expect(chosen.flatText).not.toContain('It was moved');
  });

  it('prints the recorded vote as a table, a member and their vote on each row, then the totals', () => {
    const text = chosen.flatText;
    const table = text.indexOf('A recorded vote was taken: Name Vote');
    expect(table).toBeGreaterThan(-1);
    expect(text.slice(table)).toMatch(
      /^A recorded vote was taken: Name Vote (Councillor [A-Za-z ]+ (For|Against|Abstain) )+For: 3, Against: 3, Abstentions: 1/,
    );
    expect(text).not.toMatch(/For \(3\): Councillor/);
  });

  it('prints attendance numbered, with positions, organisations and officers’ job titles, and no empty label', () => {
    const text = chosen.flatText;
    expect(text).toMatch(/\(1\) Present: Councillor Helen Okafor Chair/);
    expect(text).toContain('(2) The following officers attended: Grace Northcott Head of Community Safety');
    expect(text).toMatch(/Apologies were received from: Councillor/);
    expect(text.indexOf('(1) Present:')).toBeLessThan(text.indexOf('(2) The following officers attended:'));
    expect(text).not.toMatch(/:\s*(\(\d\)|Apologies were received from:|$)/);
  });
});

describe('the council’s report cover, as LibreOffice prints it', () => {
  it('has the council’s rows and sections, the author’s text and "Not required for this report"', async () => {
    const record = sampleMeetingRecord();
    record.organisation = {
      ...record.organisation,
      reportCover: {
        rows: ['Scrutiny Lead Member area'],
        implications: ['Financial implications', 'Legal implications'],
        clearances: ['Chief Financial Officer', 'Monitoring Officer'],
      },
    };
    record.agendaItems = record.agendaItems.map((item) =>
      item.id === 'i-safety'
        ? {
            ...item,
            coverAnswers: [
              { heading: 'Scrutiny Lead Member area', text: 'Community Safety' },
              { heading: 'Financial implications', text: 'Met from the existing budget.' },
              { heading: 'Legal implications', text: '', notRequired: true },
              { heading: 'Monitoring Officer', text: '', notRequired: true },
            ],
          }
        : item,
    );
    const cover = await renderDocx(
      await packDocument(buildReportCover(record, 'i-safety')),
      'cover-own.docx',
    );
    const text = cover.flatText;
    // The label wraps in its narrow column, so LibreOffice's text may read the answer between its two lines.
    expect(text).toMatch(/Scrutiny Lead Member (area: Community Safety|Community Safety area:)/);
    expect(text).toContain('Financial implications Met from the existing budget.');
    expect(text).toContain('Legal implications Not required for this report');
    expect(text).toContain('Monitoring Officer: Not required for this report');
    expect(text).toContain('Chief Financial Officer: Name:');
    expect(text).not.toContain('Performance Issues');
  });
});
