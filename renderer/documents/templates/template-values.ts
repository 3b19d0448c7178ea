import type { MeetingRecord } from '../../domain/meeting-record';
import type { Committee, IsoDate, OrganisationSettings } from '../../domain/model';
import { formatClockTime, formatLongDate } from '../../domain/en-gb';
import type { TemplateValues } from './placeholders';

/** The values of a meeting document's placeholders: {{committee}}, {{meeting_date}}, {{venue}}... */
export function meetingTemplateValues(record: MeetingRecord, documentTitle: string): TemplateValues {
  return {
    ...organisationValues(record.organisation, record.committee, documentTitle),
    meeting_date: formatLongDate(record.meeting.date),
    meeting_time: formatClockTime(record.meeting.startTime),
    venue: record.meeting.venue,
  };
}

export function actionLogTemplateValues(
  organisation: OrganisationSettings,
  committee: Committee,
  asAt: IsoDate,
): TemplateValues {
  return { ...organisationValues(organisation, committee, 'Action log'), as_at_date: formatLongDate(asAt) };
}

function organisationValues(
  organisation: OrganisationSettings,
  committee: Committee,
  documentTitle: string,
): TemplateValues {
  return {
    organisation: organisation.name,
    committee: committee.name,
    document_title: documentTitle,
    contact_name: organisation.contactName,
    contact_phone: organisation.contactPhone,
    contact_email: organisation.contactEmail,
  };
}
