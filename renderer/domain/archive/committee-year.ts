import type { Committee, IsoDate, Meeting, Membership, Person } from '../model';
import { emptyBatch, type ArchiveBatch } from './batch';
import { addDays, meetingDates } from './meeting-dates';
import { heldMeetingRecords, type HeldMeeting } from './held-meeting';
import { agendaOf } from './agenda';
import type { Random } from './random';

export type CommitteeHistory = {
  committee: Committee;
  memberships: Membership[];
  /** The next minute number: numbering runs on across meetings and years. */
  nextMinuteNumber: number;
  previousMeeting?: Meeting;
  weekOfMonth: number;
};

export type YearPlan = {
  random: Random;
  history: CommitteeHistory;
  officers: readonly Person[];
  people: ReadonlyMap<string, Person>;
  startYear: number;
  startMonth: number;
  meetingsPerYear: number;
  today: IsoDate;
  documentPaddingBytes: number;
  plantLandmarks: boolean;
};

function statusOn(date: IsoDate, today: IsoDate): Meeting['status'] {
  if (date > today) return date <= addDays(today, 14) ? 'agendaPublished' : 'planned';
  return date > addDays(today, -35) ? 'minutesDrafted' : 'minutesApproved';
}

/** Every record of one committee's municipal year: meetings, agendas and papers, and for held meetings the record. */
export function committeeYear(plan: YearPlan): ArchiveBatch {
  const { random, history } = plan;
  const batch = emptyBatch();
  const dates = meetingDates(plan.startYear, plan.startMonth, plan.meetingsPerYear, history.weekOfMonth);
  dates.forEach((date, index) => {
    const meeting: Meeting = {
      id: random.id(),
      committeeId: history.committee.id,
      date,
      startTime: history.committee.defaultStartTime,
      venue: history.committee.defaultVenue,
      type: index === 0 && random.chance(0.3) ? 'annual' : 'ordinary',
      status: statusOn(date, plan.today),
      ...(date <= addDays(plan.today, 14) ? { agendaPublishedOn: addDays(date, -8) } : {}),
    };
    batch.meetings.push(meeting);
    const plant = plan.plantLandmarks && index === 0;
    const agenda = agendaOf(plan, meeting, history.previousMeeting, plant);
    batch.agendaItems.push(...agenda.items);
    batch.documents.push(...agenda.documents);
    batch.documentContents.push(...agenda.contents);
    if (date <= plan.today) {
      const held: HeldMeeting = { meeting, items: agenda.items, reports: agenda.reports, plant };
      mergeInto(batch, heldMeetingRecords(plan, held));
    }
    history.previousMeeting = meeting;
  });
  return batch;
}

function mergeInto(batch: ArchiveBatch, more: Partial<ArchiveBatch>): void {
  for (const [table, records] of Object.entries(more)) {
    (batch[table as keyof ArchiveBatch] as unknown[]).push(...(records as unknown[]));
  }
}
