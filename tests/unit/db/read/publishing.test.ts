import { beforeEach, describe, expect, it } from 'vitest';
import { loadSiteToPublish } from '../../../../renderer/db/read/publishing';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { freshDatabase } from '../reset';
import { attachPaper, pdfBytes, seedMeeting } from '../../sync/support/meeting';

beforeEach(freshDatabase);

describe('loadSiteToPublish', () => {
  it("reads a meeting's Part A papers, never a Part B paper's bytes, and finds the committee's next meeting", async () => {
    const { committee, meeting, exempt } = await seedMeeting({ partB: true });
    if (!exempt) throw new Error('The seed meeting has its Part B item');
    const secret = pdfBytes(2048, () => 0x41);
    await attachPaper(
      { id: 'secret-paper', agendaItemId: exempt.id, meetingId: meeting.id, name: 'Land values.pdf' },
      secret,
    );
    const later = await createMeeting(committee.id, { date: '2013-06-12', venue: 'Committee Room 5' });
    await createMeeting(committee.id, { date: '2013-09-11', venue: 'Committee Room 5' });

    const site = await loadSiteToPublish({ [meeting.id]: 'minutes', 'a-meeting-deleted-since': 'agenda' });
    expect(site.meetings).toHaveLength(1);
    const [published] = site.meetings;
    expect(published?.edition).toBe('minutes');
    expect(Object.keys(published?.data.documentContents ?? {})).toEqual(['report-1']);
    expect(published?.nextMeeting?.id).toBe(later.id);
  });
});
