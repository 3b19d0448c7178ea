import { db } from '../../../db/database';
import { shownDate, shownText } from '../../../domain/shown-value';
import type { Meeting } from '../../../domain/model';
import { bridge } from '../../../platform/bridge';

/** Save meetings as an .ics file the clerk can open in Outlook or any calendar program. */
export async function exportMeetingsIcs(meetings: readonly Meeting[], fileName: string): Promise<void> {
  const committees = await db.committees.bulkGet([
    ...new Set(meetings.map((meeting) => meeting.committeeId)),
  ]);
  const nameOf = new Map(
    committees
      .filter((committee) => committee !== undefined)
      .map((committee) => [committee.id, committee.name]),
  );
  // The calendar writer (and its validation library) loads at the press, not with the meeting screen.
  const { meetingsIcs } = await import('../../../documents/calendar/meetings-ics');
  const bytes = meetingsIcs(
    meetings
      .filter((meeting) => meeting.status !== 'cancelled')
      .map((meeting) => ({ meeting, committeeName: nameOf.get(meeting.committeeId) ?? 'Meeting' })),
    { exportedAt: new Date() },
  );
  await bridge().saveFile({
    suggestedName: fileName,
    bytes,
    filters: [{ name: 'Calendar', extensions: ['ics'] }],
  });
}

export function meetingIcsName(committeeName: string, meeting: Meeting): string {
  return `${committeeName} ${shownText(shownDate(meeting.date), 'Date')}.ics`.replace(/[\\/:*?"<>|]/g, '-');
}
