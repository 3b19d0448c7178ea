import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type {
  AgendaItem,
  Meeting,
  Minute,
  MinuteRevision,
  MinutesApproval,
  RichText,
} from '../../domain/model';
import { amendRichText } from '../../domain/minute-amendment';
import { minutesPresentedBy, minutesSigned, presentsMinutes } from '../../domain/minutes-presented';
import { namesAsTheyPrint } from '../read/people-named';
import { newId, writeTransaction } from './transaction';

/**
 * Choose the meetings (of any body) whose minutes a "Minutes" item presents, in print order. The clerk may
 * choose again at any time until the meeting approves them.
 *
 * @example await chooseMinutesPresented(item.id, [lastOrdinary.id, special.id])
 */
export async function chooseMinutesPresented(agendaItemId: string, meetingIds: string[]): Promise<void> {
  await writeTransaction([db.agendaItems, db.meetings], async () => {
    const item = await db.agendaItems.get(agendaItemId);
    if (!item) throw new Error('That agenda item no longer exists.');
    if (item.minutesApproval)
      throw new Error('These minutes have been approved: the item keeps the minutes it approved.');
    const chosen = [...new Set(meetingIds)];
    if (chosen.includes(item.meetingId))
      throw new Error('A meeting cannot approve its own minutes: choose an earlier meeting.');
    const meetings = await db.meetings.bulkGet(chosen);
    if (meetings.some((meeting) => !meeting))
      throw new Error('One of the meetings chosen no longer exists: choose again.');
    await updateRecord<AgendaItem>(db, 'agendaItems', agendaItemId, { minutesOf: chosen });
  });
}

/**
 * Record on a "Minutes" item how the meeting approved the minutes it presents. Each amendment is made in its
 * minute (the text before kept beside it, as a revision that the minutes' history prints), then every minutes
 * presented is signed (status "Minutes approved") and locked. Nothing is written unless all of it can be.
 */
export async function approveMinutes(agendaItemId: string, approval: MinutesApproval): Promise<void> {
  // Each amendment's revision a millisecond after the one before: the history prints them in the order agreed.
  const now = Date.now();
  const savedAt = (index: number) => new Date(now + index).toISOString();
  const tables = [db.agendaItems, db.meetings, db.minutes, db.minuteRevisions, ...namingTables()];
  await writeTransaction(tables, async () => {
    const item = await db.agendaItems.get(agendaItemId);
    if (!item) throw new Error('That agenda item no longer exists.');
    if (item.minutesApproval) throw new Error('These minutes have already been approved.');
    const presented = minutesPresentedBy(item);
    if (!presentsMinutes(item) || presented.length === 0)
      throw new Error('Choose the meetings whose minutes this item presents before approving them.');
    checkDecision(approval);
    const minutes = await db.minutes.where('meetingId').anyOf(presented).toArray();
    const amended = new Map<string, { minute: Minute; text: RichText }>();
    for (const [index, amendment] of approval.amendments.entries()) {
      const minute = minutes.find((candidate) => candidate.id === amendment.minuteId);
      if (!minute) throw new Error('An amendment names a minute that is not in the minutes presented.');
      const before = amended.get(minute.id)?.text ?? minute.text;
      const text = amendRichText(before, amendment.original, amendment.corrected);
      if (!text)
        throw new Error(
          `Minute ${minute.number} does not contain “${amendment.original}”: copy the words exactly as the draft minutes print them.`,
        );
      await putRecord<MinuteRevision>(db, 'minuteRevisions', {
        id: newId(),
        minuteId: minute.id,
        savedAt: savedAt(index),
        text: before,
        signedChange: {
          kind: 'amended',
          on: approval.approvedOn,
          original: amendment.original,
          corrected: amendment.corrected,
        },
      });
      amended.set(minute.id, { minute, text });
    }
    for (const { minute, text } of amended.values())
      await updateRecord<Minute>(db, 'minutes', minute.id, { text });
    // Each person named is kept as the minutes print them now: the signed minutes go on printing that name
    // after a rename or a merge (db/read/people-named.ts).
    for (const meeting of await db.meetings.bulkGet(presented)) {
      if (!meeting)
        throw new Error('One of the meetings presented no longer exists: choose the meetings again.');
      await updateRecord<Meeting>(db, 'meetings', meeting.id, {
        status: 'minutesApproved',
        namesAsSigned: await namesAsTheyPrint(meeting),
      });
    }
    await updateRecord<AgendaItem>(db, 'agendaItems', agendaItemId, {
      minutesApproval: approval,
    });
  });
}

/** The tables namesAsTheyPrint reads, besides meetings and minutes. */
const namingTables = () => [
  db.memberships,
  db.attendance,
  db.declarations,
  db.motions,
  db.actions,
  db.people,
];

function checkDecision(approval: MinutesApproval): void {
  if (approval.decision === 'approved' && approval.amendments.length > 0)
    throw new Error('Minutes approved with amendments: choose “subject to the following amendments”.');
  if (approval.decision === 'approvedWithAmendments' && approval.amendments.length === 0)
    throw new Error(
      'Add each amendment (the minute, the words to change and the corrected words), or approve them as they stand.',
    );
  for (const amendment of approval.amendments)
    if (!amendment.original.trim())
      throw new Error('Each amendment needs the words to change, exactly as the draft minutes print them.');
}

/**
 * Open a signed minute for a correction: the reason is kept, with the text as it stood, and prints in the
 * minutes' history ("Minute 45 corrected on 3 March 2027: ..."). The screens let the clerk edit only after this
 * (true: kept).
 *
 * @example await correctSignedMinute(minute.id, 'Typing error in the name of the applicant', '2027-03-03')
 */
export async function correctSignedMinute(minuteId: string, reason: string, on: string): Promise<boolean> {
  const why = reason.trim();
  if (!why) throw new Error('Say why a signed minute is being changed: the reason prints in its history.');
  const savedAt = new Date().toISOString();
  return writeTransaction([db.meetings, db.minutes, db.minuteRevisions], async () => {
    const minute = await db.minutes.get(minuteId);
    const meeting = minute && (await db.meetings.get(minute.meetingId));
    if (!minute || !meeting) throw new Error('That minute no longer exists.');
    if (!minutesSigned(meeting)) return true;
    await putRecord<MinuteRevision>(db, 'minuteRevisions', {
      id: newId(),
      minuteId,
      savedAt,
      text: minute.text,
      signedChange: { kind: 'corrected', on, reason: why },
    });
    return true;
  });
}
