import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import { buildPublishedPages } from '../../../../renderer/documents/publishing/site';
import { seed001Minutes, seed004PreviousMinutes } from '../../../documents/support/seed-records';
import { textOf } from './published-meeting';

/** A keyed-in seed meeting's page, with its minutes published, as the words a reader sees. */
function publishedText(record: MeetingRecord): string {
  const built = buildPublishedPages({
    organisation: record.organisation,
    meetings: [{ data: { record, documentContents: {} }, edition: 'minutes' }],
  });
  const page = built.files.find((file) => file.name === built.meetings[0]?.page);
  return textOf(page?.bytes ?? new Uint8Array())
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('published pages of the seeds keyed into Chamber', () => {
  it("seed 004's minutes 101-109: each under its item, with AGREED clauses and ACTIONS AGREED", () => {
    const text = publishedText(seed004PreviousMinutes());
    expect(text).toContain(
      '2. Attendance by Substitute Members Minutes (102) A new representative had been nominated by the Voluntary and Community Sector. AGREED: That (1) Mr Steve Porter replace Julie Browne as a Member of the Board; (2) the apologies received be noted. ACTIONS AGREED (i) All to note.',
    );
    expect(text).toContain(
      'Minutes (104) AGREED: That the minutes of the meeting held on 28 June 2012 be taken as read and signed as a correct record.',
    );
    // The seed's minutes were approved and signed: no "draft" on the page.
    expect(text).toContain(' Agenda and minutes ');
    expect(text).not.toContain('draft');
    // The page ends as the signed minutes do.
    expect(text).toMatch(
      /Date of Next Meeting .+ \[Note: The Meeting, having commenced at 6\.02 pm, closed at 6\.52 pm\] /,
    );
  });

  it("seed 001's minutes 9/18-15/18: the year's numbers and conclusions i., ii. under their items", () => {
    const text = publishedText(seed001Minutes());
    expect(text).toMatch(/Minutes \(9\/18\)/);
    expect(text).toMatch(/Minutes \(15\/18\)/);
    expect(text).toMatch(/Conclusions i\. .+ ii\. /);
    expect(text).toMatch(/Minutes \(15\/18\) This was not required The meeting ended at 9\.20 pm /);
  });
});
