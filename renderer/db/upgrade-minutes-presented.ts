import type { Transaction } from 'dexie';

type StoredItem = {
  meetingId: string;
  standingKind?: string;
  previousMeetingId?: string;
  minutesOf?: string[];
};
type StoredMeeting = { id: string; committeeId: string; date: string; status?: string };

/**
 * Version 4: every "Minutes" item names the meetings whose minutes it presents. An item created with a previous
 * meeting keeps it; one created with none, because its meeting was keyed before its predecessor, presents the
 * committee's last meeting before its own that was not cancelled, as the clerk meant it to. Stamps are kept
 * (record-stamps.ts): the new field is derived alike on every laptop, so it travels unstamped.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const meetings = await tx.table<StoredMeeting, string>('meetings').toArray();
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  await tx
    .table<StoredItem, string>('agendaItems')
    .toCollection()
    .modify((item) => {
      if (item.minutesOf) return;
      if (item.previousMeetingId) item.minutesOf = [item.previousMeetingId];
      else if (item.standingKind === 'previousMinutes') {
        const own = byId.get(item.meetingId);
        const before = own && lastMeetingBefore(meetings, own);
        if (before) item.minutesOf = [before.id];
      }
    });
}

function lastMeetingBefore(meetings: StoredMeeting[], own: StoredMeeting): StoredMeeting | undefined {
  return meetings
    .filter(
      (meeting) =>
        meeting.committeeId === own.committeeId && meeting.date < own.date && meeting.status !== 'cancelled',
    )
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
}
