import { db } from '../database';
import type { AgendaPackData, PackAudience } from '../../documents/agenda-pack';
import { packDocument } from '../../documents/common/pack';
import { buildMinutes } from '../../documents/minutes/build-minutes';
import { loadMeetingRecord } from './meeting-record';

/**
 * Everything the agenda pack is built from, read from the database: the meeting, the bytes of its papers and the
 * previous meeting's minutes as a .docx (draft until approved). For the public pack the bytes of Part B papers are
 * not even read, so they cannot reach the worker that builds it.
 *
 * @example const data = await loadPackData(meetingId, 'public');
 */
export async function loadPackData(
  meetingId: string,
  audience: PackAudience,
): Promise<AgendaPackData | undefined> {
  const record = await loadMeetingRecord(meetingId);
  if (!record) return undefined;
  const exemptItems = new Set(record.agendaItems.filter((item) => item.part === 'B').map((item) => item.id));
  const wanted = record.documents.filter(
    (document) => !document.toFollow && (audience === 'private' || !exemptItems.has(document.agendaItemId)),
  );
  const contents = await db.documentContents.bulkGet(wanted.map((document) => document.id));
  const documentContents: AgendaPackData['documentContents'] = {};
  for (const content of contents) if (content) documentContents[content.id] = content.bytes;
  const previousMinutes = await previousMinutesDocx(record.previousMeeting?.id);
  const previousExemptMinutes =
    audience === 'private' ? await previousExemptMinutesDocx(record.previousMeeting?.id) : undefined;
  return {
    record,
    documentContents,
    ...(previousMinutes ? { previousMinutes } : {}),
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

/** The previous meeting's public minutes, built as the clerk would print them. */
async function previousMinutesDocx(previousMeetingId: string | undefined): Promise<Uint8Array | undefined> {
  if (!previousMeetingId) return undefined;
  const previous = await loadMeetingRecord(previousMeetingId);
  if (!previous || previous.minutes.length === 0) return undefined;
  return packDocument(buildMinutes(previous, { part: 'A' }));
}
