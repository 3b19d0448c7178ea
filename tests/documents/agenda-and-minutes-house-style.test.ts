import { beforeAll, describe, expect, it } from 'vitest';
import { buildAgendaAndMinutes } from '../../renderer/documents/agenda-and-minutes/build-agenda-and-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../renderer/domain/meeting-record';
import { renderDocx, type RenderedDocument } from './support/libreoffice';

/** A council that writes "Moved by", tabulates recorded votes and declarations, and numbers its attendance. */
function styledRecord(): MeetingRecord {
  const record = sampleMeetingRecord();
  record.organisation = {
    ...record.organisation,
    houseStyle: { motionWording: 'movedBy', recordedVotes: 'table', attendanceForm: 'numbered' },
    declarationForm: 'table',
  };
  return record;
}

describe('the agenda and minutes in the house’s style, as LibreOffice prints it', () => {
  let combined: RenderedDocument;
  let minutes: RenderedDocument;
  beforeAll(async () => {
    combined = await renderDocx(
      await packDocument(buildAgendaAndMinutes(styledRecord())),
      'agenda-minutes-styled.docx',
    );
    minutes = await renderDocx(await packDocument(buildMinutes(styledRecord())), 'minutes-styled.docx');
  });

  it('prints attendance numbered, with positions and officers’ job titles, as the minutes do', () => {
    for (const text of [combined.flatText, minutes.flatText]) {
      expect(text).toMatch(/\(1\) Present: Councillor Helen Okafor Chair/);
      expect(text).toContain('(2) The following officers attended: Grace Northcott Head of Community Safety');
      expect(text).toMatch(/Apologies were received from: Councillor/);
    }
    expect(combined.flatText).not.toContain('Officers: Grace Northcott');
  });

  it('writes "Moved by X, seconded by Y" and prints the recorded vote as a Name | Vote table', () => {
    const text = combined.flatText;
    expect(text).toContain('Moved by Councillor Marcus Brennan, seconded by Councillor Ada Lindqvist');
    expect(text).not.toContain('It was moved');
    const table = text.indexOf('A recorded vote was taken: Name Vote');
    expect(table).toBeGreaterThan(-1);
    expect(text.slice(table)).toMatch(
      /^A recorded vote was taken: Name Vote (Councillor [A-Za-z ]+ (For|Against|Abstain) )+For: 3, Against: 3, Abstentions: 1/,
    );
  });

  it('prints declarations as the house’s table, as the minutes do', () => {
    for (const text of [combined.flatText, minutes.flatText]) {
      expect(text).toMatch(/Name Minute Reason Interest Tobias Marsh 207 \(item 7\) he is a trustee/);
      expect(text).not.toContain('declared an other registrable interest');
    }
  });
});
