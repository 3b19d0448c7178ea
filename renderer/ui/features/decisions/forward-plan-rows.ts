import { listPlannedDecisions } from '../../../db/read/planned-decisions';
import { loadPlannedMeetings } from '../../../db/read/publishing';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { forwardPlanEntries, type ForwardPlanEntry } from '../../../documents/forward-plan';
import type { IsoDate, PlannedDecision } from '../../../domain/model';

/**
 * One key decision on the forward plan, with where it comes from: an agenda item (the clerk opens the meeting to
 * change it) or an entry put on the plan ahead of any agenda (`planned`, changed here).
 */
export type ForwardPlanRow = {
  key: string;
  meetingId?: string;
  planned?: PlannedDecision;
  entry: ForwardPlanEntry;
};

/** The forward plan as it would be published on `publishedOn`, with the council's name. */
export async function loadForwardPlan(
  publishedOn: IsoDate,
): Promise<{ council: string; rows: ForwardPlanRow[] }> {
  const [{ meetings, calendar }, organisation, ahead] = await Promise.all([
    loadPlannedMeetings(publishedOn),
    loadOrganisationSettings(),
    listPlannedDecisions(publishedOn),
  ]);
  const byId = new Map(ahead.map((entry) => [entry.id, entry]));
  const rows = forwardPlanEntries(meetings, publishedOn, calendar, ahead).map((entry): ForwardPlanRow => {
    const { source } = entry;
    if ('plannedId' in source) {
      const planned = byId.get(source.plannedId);
      return { key: source.plannedId, entry, ...(planned ? { planned } : {}) };
    }
    // The entry planned ahead that this item now stands for stays reachable, to change or take off the plan.
    const linked = ahead.find((planned) => planned.agendaItemId === source.agendaItemId);
    return {
      key: source.agendaItemId,
      meetingId: source.meetingId,
      entry,
      ...(linked ? { planned: linked } : {}),
    };
  });
  return { council: organisation.name.trim() || 'The council', rows };
}
