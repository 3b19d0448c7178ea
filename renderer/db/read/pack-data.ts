import { db } from '../database';
import { publicPapers } from '../../domain/exempt-papers';
import type { AgendaPackData, PackAudience } from '../../documents/agenda-pack';
import { packDocument } from '../../documents/common/pack';
import { buildMinutes } from '../../documents/minutes/build-minutes';
import { loadMeetingRecord } from './meeting-record';
import type { PresentedMinutes } from '../../documents/agenda-pack/agenda-pack-data';
import type { MeetingRecord } from '../../domain/meeting-record';
import { formatShortDate } from '../../domain/en-gb';
import { minutesPresentedBy, minutesSigned, presentsMinutes } from '../../domain/minutes-presented';

/**
 * Everything the agenda pack is built from, read from the database: the meeting, the bytes of its papers and the
 * previous meeting's minutes as a .docx (draft until approved). For the public pack the bytes of exempt papers (those
 * marked exempt, and every paper of a Part B item) are not even read, so they cannot reach the worker that builds it.
 *
 * @example const data = await loadPackData(meetingId, 'public');
 */
export async function loadPackData(
  meetingId: string,
  audience: PackAudience,
): Promise<AgendaPackData | undefined> {
  const record = await loadMeetingRecord(meetingId);
  if (!record) return undefined;
  const mayRead =
    audience === 'private' ? record.documents : publicPapers(record.documents, record.agendaItems);
  const wanted = mayRead.filter((document) => !document.toFollow);
  const contents = await db.documentContents.bulkGet(wanted.map((document) => document.id));
  const documentContents: AgendaPackData['documentContents'] = {};
  for (const content of contents) if (content) documentContents[content.id] = content.bytes;
  const presentedMinutes = await presentedMinutesDocx(record);
  const previousExemptMinutes =
    audience === 'private' ? await previousExemptMinutesDocx(record.previousMeeting?.id) : undefined;
  return {
    record,
    documentContents,
    presentedMinutes,
    ...(previousExemptMinutes ? { previousExemptMinutes } : {}),
  };
}

/**
 * The previous meeting's confidential Part B minutes, for the members' private pack only, with the Schedule 12A
 * paragraph of its first exempt item to mark their pages by. None when it had no Part B minutes.
 */
async function previousExemptMinutesDocx(
  previousMeetingId: string | undefined,
): Promise<AgendaPackData['previousExemptMinutes']> {
  if (!previousMeetingId) return undefined;
  const previous = await loadMeetingRecord(previousMeetingId);
  if (!previous) return undefined;
  const exemptItems = previous.agendaItems.filter((item) => item.part === 'B');
  const paragraph = exemptItems.find((item) => item.exemptParagraph)?.exemptParagraph;
  const taken = previous.minutes.some((minute) =>
    exemptItems.some((item) => item.id === minute.agendaItemId),
  );
  if (!taken || !paragraph) return undefined;
  return { bytes: await packDocument(buildMinutes(previous, { part: 'B' })), paragraph };
}

/**
 * The public minutes each Part A "Minutes" item presents, built as the clerk would print them: marked DRAFT until
 * approved, then as approved, with every amendment made. A meeting with no minutes recorded yet is left out.
 */
async function presentedMinutesDocx(record: MeetingRecord): Promise<PresentedMinutes[]> {
  const presented: PresentedMinutes[] = [];
  for (const item of record.agendaItems) {
    if (item.part !== 'A' || !presentsMinutes(item)) continue;
    for (const meetingId of minutesPresentedBy(item)) {
      const minuted = await loadMeetingRecord(meetingId);
      if (!minuted || minuted.minutes.length === 0) continue;
      presented.push({
        agendaItemId: item.id,
        meetingId,
        label: `The minutes of ${minuted.committee.name}, ${formatShortDate(minuted.meeting.date)}`,
        bytes: await packDocument(buildMinutes(minuted, { part: 'A' })),
        draft: !minutesSigned(minuted.meeting),
      });
    }
  }
  return presented;
}
