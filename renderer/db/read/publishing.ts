import { db } from '../database';
import { publicPapers } from '../../domain/exempt-papers';
import type { AgendaPackData } from '../../documents/agenda-pack';
import type { MeetingToPublish, SiteToPublish } from '../../documents/publishing/site';
import type { PublicationRequest } from '../../documents/publishing/publish-to-folder';
import type { BankHolidayCalendar } from '../../domain/calendar/bank-holidays';
import type { IsoDate } from '../../domain/model';
import type { PlannedMeeting } from '../../documents/forward-plan';
import { loadDeadlineRules } from '../repositories/bank-holidays';
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

/**
 * The meetings still to come after `publishedOn` with their agendas and papers' names (no paper's bytes), for the
 * forward plan of key decisions, and the calendar its notice dates are worked out by.
 *
 * @example forwardPlanEntries(...(await loadPlannedMeetings('2025-02-01')))
 */
export async function loadPlannedMeetings(
  publishedOn: IsoDate,
): Promise<{ meetings: PlannedMeeting[]; calendar: BankHolidayCalendar }> {
  const rules = await loadDeadlineRules();
  const upcoming = await db.meetings.where('date').above(publishedOn).toArray();
  const meetings: PlannedMeeting[] = [];
  for (const meeting of upcoming) {
    const committee = await db.committees.get(meeting.committeeId);
    if (!committee) continue;
    meetings.push({
      committee,
      meeting,
      agendaItems: await db.agendaItems.where('meetingId').equals(meeting.id).toArray(),
      documents: await db.documents.where('meetingId').equals(meeting.id).toArray(),
    });
  }
  return { meetings, calendar: rules.calendar };
}
