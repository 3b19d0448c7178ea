import { db } from '../database';
import { publicPapers } from '../../domain/exempt-papers';
import type { AgendaPackData } from '../../documents/agenda-pack';
import type { MeetingToPublish, SiteToPublish } from '../../documents/publishing/site';
import type { PublicationRequest } from '../../documents/publishing/publish-to-folder';
import { loadOrganisationSettings } from '../repositories/settings';
import { listCommitteeMeetings } from './committee-meetings';
import { loadMeetingRecord } from './meeting-record';

/**
 * What the published folder is built from: the organisation and each meeting asked for, with the bytes of its
 * papers. As for the public agenda pack (loadPackData), exempt papers' bytes are never read, so they cannot
 * reach the builders; the builders apply the public pack's own rule again to everything else. A meeting deleted
 * since it was published is left out, and its pages go from the folder with it.
 *
 * @example await loadSiteToPublish({ [meetingId]: 'agenda' })
 */
export async function loadSiteToPublish(editions: PublicationRequest): Promise<SiteToPublish> {
  const organisation = await loadOrganisationSettings();
  const meetings: MeetingToPublish[] = [];
  for (const [meetingId, edition] of Object.entries(editions)) {
    const record = await loadMeetingRecord(meetingId);
    if (!record) continue;
    const wanted = publicPapers(record.documents, record.agendaItems).filter(
      (document) => !document.toFollow,
    );
    const documentContents: AgendaPackData['documentContents'] = {};
    for (const content of await db.documentContents.bulkGet(wanted.map((document) => document.id))) {
      if (content) documentContents[content.id] = content.bytes;
    }
    const when = `${record.meeting.date} ${record.meeting.startTime}`;
    const nextMeeting = (await listCommitteeMeetings(record.committee.id)).find(
      (meeting) => meeting.status !== 'cancelled' && `${meeting.date} ${meeting.startTime}` > when,
    );
    meetings.push({
      data: { record, documentContents },
      edition,
      ...(nextMeeting ? { nextMeeting } : {}),
    });
  }
  return { organisation, meetings };
}
