import { keyDecisionNotice } from '../../domain/calendar/key-decisions';
import type { BankHolidayCalendar } from '../../domain/calendar/bank-holidays';
import { documentRoles } from '../../domain/model';
import type {
  AgendaItem,
  AttachedDocument,
  Committee,
  ExemptParagraph,
  IsoDate,
  Meeting,
  PlannedDecision,
} from '../../domain/model';

/** A meeting still to come, with its agenda and papers: what the forward plan is made from. */
export type PlannedMeeting = {
  committee: Pick<Committee, 'name'>;
  meeting: Pick<Meeting, 'id' | 'date' | 'status'>;
  agendaItems: Pick<
    AgendaItem,
    | 'id'
    | 'title'
    | 'keyDecision'
    | 'part'
    | 'exemptParagraph'
    | 'publicInterestReason'
    | 'responsibleOfficer'
    | 'wards'
  >[];
  documents: Pick<AttachedDocument, 'agendaItemId' | 'name' | 'role'>[];
};

/** One key decision on the forward plan, as regulation 9 of SI 2012/2089 asks it to be described. */
export type ForwardPlanEntry = {
  matter: string;
  decisionMaker: string;
  expectedDate: IsoDate;
  responsibleOfficer: string;
  wards: string[];
  /** The documents to be considered: a Part B paper by its kind only, its name could say what is exempt. */
  documents: string[];
  /** Taken in private: the Schedule 12A paragraph and why the public interest in keeping it private wins. */
  inPrivate?: { paragraph?: ExemptParagraph; reason: string };
  /** Fewer than 28 clear days' notice: taken under the general exception or special urgency, if at all. */
  clearDays: number;
  inTime: boolean;
  /** Where it comes from: an agenda item, or an entry the clerk put on the plan ahead of any agenda. */
  source: { agendaItemId: string; meetingId: string } | { plannedId: string };
};

/**
 * The key decisions to be taken after `publishedOn`, in date order: each item flagged as a key decision on a meeting
 * not cancelled, with its decision maker (the committee), expected date, documents, and whether it will be taken in
 * private and why; and each entry the clerk put on the plan ahead of any agenda (`ahead`). An entry whose agenda
 * item is now on one of these meetings is shown as that item, once (link, not copy). Each says how many clear days'
 * notice this publication gives it.
 *
 * @example forwardPlanEntries(meetings, '2025-02-01', calendar, ahead)
 */
export function forwardPlanEntries(
  meetings: readonly PlannedMeeting[],
  publishedOn: IsoDate,
  calendar?: BankHolidayCalendar,
  ahead: readonly PlannedDecision[] = [],
): ForwardPlanEntry[] {
  const entries: ForwardPlanEntry[] = [];
  const linked = new Set(ahead.flatMap((entry) => (entry.agendaItemId ? [entry.agendaItemId] : [])));
  const shownItems = new Set<string>();
  for (const planned of meetings) {
    const { meeting } = planned;
    if (meeting.status === 'cancelled' || meeting.date <= publishedOn) continue;
    for (const item of planned.agendaItems) {
      if (!item.keyDecision && !linked.has(item.id)) continue;
      shownItems.add(item.id);
      const papers = planned.documents.filter((document) => document.agendaItemId === item.id);
      const notice = keyDecisionNotice(meeting.date, publishedOn, calendar);
      entries.push({
        matter: item.title,
        decisionMaker: planned.committee.name,
        expectedDate: meeting.date,
        responsibleOfficer: item.responsibleOfficer,
        wards: item.wards,
        documents: papers.map((paper) =>
          item.part === 'B' ? `${documentRoles[paper.role]} (exempt)` : paper.name,
        ),
        ...(item.part === 'B'
          ? {
              inPrivate: {
                ...(item.exemptParagraph ? { paragraph: item.exemptParagraph } : {}),
                reason: item.publicInterestReason,
              },
            }
          : {}),
        clearDays: notice.clearDays,
        inTime: notice.inTime,
        source: { agendaItemId: item.id, meetingId: meeting.id },
      });
    }
  }
  for (const entry of ahead) {
    if (entry.agendaItemId && shownItems.has(entry.agendaItemId)) continue;
    if (entry.expectedDate <= publishedOn) continue;
    const notice = keyDecisionNotice(entry.expectedDate, publishedOn, calendar);
    entries.push({
      matter: entry.matter,
      decisionMaker: entry.decisionMaker,
      expectedDate: entry.expectedDate,
      responsibleOfficer: entry.responsibleOfficer,
      wards: entry.wards,
      documents: entry.documents,
      ...(entry.inPrivate
        ? {
            inPrivate: {
              ...(entry.exemptParagraph ? { paragraph: entry.exemptParagraph } : {}),
              reason: entry.privateReason,
            },
          }
        : {}),
      clearDays: notice.clearDays,
      inTime: notice.inTime,
      source: { plannedId: entry.id },
    });
  }
  return entries.sort(
    (a, b) => a.expectedDate.localeCompare(b.expectedDate) || a.matter.localeCompare(b.matter, 'en-GB'),
  );
}
