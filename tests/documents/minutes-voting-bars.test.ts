import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../renderer/domain/meeting-record';
import { renderDocx, type RenderedDocument } from './support/libreoffice';

/** The sample meeting with Councillor Joseph Tembe barred by section 106 from the vote on item 7 (the grant bid). */
function withBar(): MeetingRecord {
  const record = sampleMeetingRecord();
  return {
    ...record,
    declarations: [],
    attendance: record.attendance.map((line) =>
      line.personId === 'p-tembe'
        ? { ...line, votingBars: [{ agendaItemId: 'i-grant', bar: 'councilTaxArrears' as const }] }
        : line,
    ),
  };
}

describe('a member barred by law from voting, in the minutes as LibreOffice prints them', () => {
  let rendered: RenderedDocument;
  beforeAll(async () => {
    rendered = await renderDocx(await packDocument(buildMinutes(withBar())), 'voting-bar.docx');
  });

  it('prints the bar as what it is, at the item it bars the vote on', () => {
    const text = rendered.flatText;
    const sentence = text.indexOf(
      'Councillor Joseph Tembe did not vote on this item, being barred by section 106 of the Local Government Finance Act 1992.',
    );
    expect(sentence).toBeGreaterThan(text.indexOf('Youth Services Grant Bid'));
    expect(text.split('being barred by section 106').length - 1).toBe(1);
  });

  it('never calls it an interest', () => {
    expect(rendered.flatText).not.toMatch(/interest[^.]*section 106|section 106[^.]*interest/i);
    expect(rendered.flatText).not.toMatch(/non-registrable/i);
  });
});
