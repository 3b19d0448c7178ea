import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { MeetingEvent, MeetingEventKind } from '../../domain/model';
import { parseClockTime } from '../../domain/en-gb';
import { refuseUnlessCorrecting, type SignedCorrection } from './signed-minutes';
import { newId, writeTransaction } from './transaction';

export type NewMeetingEvent = { kind: MeetingEventKind; at: string } & Partial<
  Pick<MeetingEvent, 'note' | 'exemptParagraph' | 'agendaItemId'>
>;

function checkEvent(fields: Pick<MeetingEvent, 'kind' | 'at' | 'exemptParagraph'>): void {
  try {
    parseClockTime(fields.at);
  } catch {
    throw new Error(`Type the time as hours and minutes, for example 18:02 (got "${fields.at}").`);
  }
  const paragraph = fields.exemptParagraph;
  if (
    fields.kind === 'publicExcluded' &&
    !(paragraph && Number.isInteger(paragraph) && paragraph >= 1 && paragraph <= 7)
  )
    throw new Error('Choose the paragraph of Schedule 12A (1 to 7) the press and public are excluded under.');
}

/**
 * Record what happened in the room at a time: started, adjourned, resumed, order varied, press and public
 * excluded or readmitted, closed. Closing the meeting marks it held, if it was not already further on.
 */
export async function recordEvent(
  meetingId: string,
  fields: NewMeetingEvent,
  correction?: SignedCorrection,
): Promise<MeetingEvent> {
  const event: MeetingEvent = { id: newId(), meetingId, note: '', ...fields };
  checkEvent(event);
  return writeTransaction([db.meetings, db.meetingEvents], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    await refuseUnlessCorrecting(meetingId, correction);
    await putRecord(db, 'meetingEvents', event);
    if (event.kind === 'closed' && (meeting.status === 'planned' || meeting.status === 'agendaPublished'))
      await updateRecord(db, 'meetings', meetingId, { status: 'held' });
    return event;
  });
}

/** Correct an event's time or note (the clerk stamped it late). */
export async function updateEvent(
  id: string,
  changes: Partial<Omit<MeetingEvent, 'id' | 'meetingId'>>,
  correction?: SignedCorrection,
): Promise<void> {
  await writeTransaction([db.meetings, db.meetingEvents], async () => {
    const before = await db.meetingEvents.get(id);
    if (!before) throw new Error('That event is no longer recorded.');
    await refuseUnlessCorrecting(before.meetingId, correction);
    checkEvent({ ...before, ...changes });
    await updateRecord<MeetingEvent>(db, 'meetingEvents', id, changes);
  });
}

export async function removeEvent(id: string, correction?: SignedCorrection): Promise<void> {
  await writeTransaction([db.meetings, db.meetingEvents], async () => {
    await refuseUnlessCorrecting((await db.meetingEvents.get(id))?.meetingId, correction);
    await deleteRecord(db, 'meetingEvents', id);
  });
}
