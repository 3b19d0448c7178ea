import { describe, expect, it } from 'vitest';
import type { StoredHouseStyle } from '../../../../renderer/domain/house-style';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import { buildMinutes } from '../../../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import { docxParts, paragraphTexts } from '../support/docx-xml';

function styled(organisation: StoredHouseStyle, committee?: StoredHouseStyle): MeetingRecord {
  const record = sampleMeetingRecord();
  record.organisation = { ...record.organisation, houseStyle: organisation };
  if (committee) record.committee = { ...record.committee, houseStyle: committee };
  return record;
}

async function minutesXml(record: MeetingRecord): Promise<string> {
  return (await docxParts(buildMinutes(record)))['word/document.xml'] ?? '';
}

const tables = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];

describe('the minutes’ frame in the house’s style', () => {
  it('print today’s attendance lists, motion wording and recorded vote lines when nothing is chosen', async () => {
    const xml = await minutesXml(styled({}));
    const text = paragraphTexts(xml);
    expect(text).toContain('Officers:\tGrace Northcott (Head of Community Safety)');
    expect(
      text.some((line) => line.startsWith('It was moved by Councillor Marcus Brennan and seconded by')),
    ).toBe(true);
    expect(text.some((line) => /^For \(3\): /.test(line))).toBe(true);
    expect(text.join('\n')).not.toContain('(1) Present:');
    expect(text).not.toContain('Vote');
  });

  it('write "Moved by X, seconded by Y" where the committee does, over the organisation', async () => {
    const text = paragraphTexts(await minutesXml(styled({}, { motionWording: 'movedBy' })));
    expect(
      text.some((line) => line.startsWith('Moved by Councillor Marcus Brennan, seconded by Councillor Ada')),
    ).toBe(true);
    expect(text.some((line) => line.startsWith('Amendment moved by '))).toBe(true);
    expect(text.some((line) => line.startsWith('It was moved'))).toBe(false);
  });

  it('word nominations in an election "Nomination moved by X, seconded by Y" where the house does', async () => {
    const record = styled({ motionWording: 'movedBy' });
    const minute = record.minutes[0];
    if (!minute) throw new Error('sample minutes missing');
    const office = 'Chair of the Board for the ensuing year';
    minute.proceedings = [
      {
        id: 'n1',
        kind: 'nomination',
        office,
        candidateId: 'p-okafor',
        moverId: 'p-brennan',
        seconderId: 'p-tembe',
      },
      { id: 'n2', kind: 'noOtherNominations', office },
      { id: 'n3', kind: 'elected', office, personId: 'p-okafor' },
    ];
    const text = paragraphTexts(await minutesXml(record));
    const nomination = text.findIndex((line) =>
      /^Nomination moved by Councillor Marcus Brennan, seconded by Councillor .+: That Councillor Helen Okafor be elected Chair of the Board for the ensuing year\.$/.test(
        line,
      ),
    );
    expect(nomination).toBeGreaterThanOrEqual(0);
    expect(text[nomination + 1]).toBe('There were no other nominations.');
    expect(text.some((line) => line.includes('was nominated'))).toBe(false);
  });

  it('print a recorded vote as a table of Name | Vote where the house does', async () => {
    const xml = await minutesXml(styled({ recordedVotes: 'table' }));
    const [table] = tables(xml);
    expect(table).toBeDefined();
    const cells = paragraphTexts(table ?? '');
    expect(cells.slice(0, 4)).toEqual(['Name', 'Vote', expect.stringMatching(/Councillor/), 'For']);
    expect(cells).toContain('Abstain');
    expect(paragraphTexts(xml).some((line) => /^For \(3\): /.test(line))).toBe(false);
    expect(paragraphTexts(xml)).toContain('For: 3, Against: 3, Abstentions: 1');
  });

  it('print attendance as numbered tables with positions, organisations and job titles, and no empty group', async () => {
    const record = styled({ attendanceForm: 'numbered', chairTitle: 'Chairman' });
    const xml = await minutesXml(record);
    const text = paragraphTexts(xml);
    expect(text).toContain('(1) Present:');
    expect(text).toContain('(2) The following officers attended:');
    expect(text).toContain('Apologies were received from:');
    expect(text).not.toContain('Officers:\tGrace Northcott (Head of Community Safety)');
    const present = text.indexOf('(1) Present:');
    expect(text.slice(present, present + 4)).toContain('Chairman');
    const officers = text.indexOf('(2) The following officers attended:');
    expect(text.slice(officers + 1, officers + 3)).toEqual(['Grace Northcott', 'Head of Community Safety']);
    // Without any officer the groups close up: no "(2)" with nobody under it.
    record.attendance = record.attendance.filter((line) => line.kind !== 'officer');
    const closed = paragraphTexts(await minutesXml(record));
    expect(closed).not.toContain('(2) The following officers attended:');
    const numbers = closed.filter((line) => /^\(\d\) /.test(line)).map((line) => line.slice(0, 3));
    expect(numbers).toEqual(numbers.map((_, index) => `(${index + 1})`));
  });
});
