import { loadPlannedMeetings } from '../../../db/read/publishing';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { forwardPlanEntries, type ForwardPlanEntry } from '../../../documents/forward-plan';
import type { IsoDate } from '../../../domain/model';

/** One key decision on the forward plan, with the meeting whose agenda item says what it is. */
export type ForwardPlanRow = { meetingId: string; itemId: string; entry: ForwardPlanEntry };

/**
 * The forward plan as it would be published on `publishedOn`: each key decision of a meeting to come, with the
 * meeting and item it comes from, so the clerk can open the item to change what the plan says of it.
 */
export async function loadForwardPlan(
  publishedOn: IsoDate,
): Promise<{ council: string; rows: ForwardPlanRow[] }> {
  const [{ meetings, calendar }, organisation] = await Promise.all([
    loadPlannedMeetings(publishedOn),
    loadOrganisationSettings(),
  ]);
  const rows = meetings.flatMap((planned) =>
    planned.agendaItems.flatMap((item) =>
      // One item at a time, so each entry keeps the ids the plan's own entries leave out.
      forwardPlanEntries([{ ...planned, agendaItems: [item] }], publishedOn, calendar).map((entry) => ({
        meetingId: planned.meeting.id,
        itemId: item.id,
        entry,
      })),
    ),
  );
  rows.sort(
    (a, b) =>
      a.entry.expectedDate.localeCompare(b.entry.expectedDate) ||
      a.entry.matter.localeCompare(b.entry.matter, 'en-GB'),
  );
  return { council: organisation.name.trim() || 'The council', rows };
}
