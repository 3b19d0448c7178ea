import { db } from '../../../db/database';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { exemptMinuteIds } from '../../../documents/action-log/action-log-rows';
import type { ActionLogInput } from '../../../documents/action-log/build-action-log';
import type { Action, AgendaItem, IsoDate, Minute, Person } from '../../../domain/model';

/** A committee's actions from all its meetings, with the meetings and owners the log prints; undefined if gone. */
export async function loadActionLogInput(
  committeeId: string,
  asAt: IsoDate,
): Promise<ActionLogInput | undefined> {
  const tables = [db.settings, db.committees, db.meetings, db.actions, db.people, db.minutes, db.agendaItems];
  return db.transaction('r', tables, async () => {
    const committee = await db.committees.get(committeeId);
    if (!committee) return undefined;
    const [meetings, actions] = await Promise.all([
      db.meetings.where('committeeId').equals(committeeId).toArray(),
      db.actions.where('committeeId').equals(committeeId).toArray(),
    ]);
    const ownerIds = [...new Set(actions.flatMap((action) => action.ownerPersonId ?? []))];
    const people: Record<string, Person> = {};
    for (const person of await db.people.bulkGet(ownerIds)) if (person) people[person.id] = person;
    return {
      organisation: await loadOrganisationSettings(),
      committee,
      meetings,
      actions,
      people,
      exemptMinuteIds: await loadExemptMinuteIds(actions),
      asAt,
    };
  });
}

/** The actions' minutes that sit on Part B items, reading each minute's item and that item's parent. */
async function loadExemptMinuteIds(actions: readonly Action[]): Promise<Set<string>> {
  const minuteIds = [...new Set(actions.flatMap((action) => action.minuteId ?? []))];
  const minutes = (await db.minutes.bulkGet(minuteIds)).filter((minute): minute is Minute => !!minute);
  const items = await readItems(minutes.map((minute) => minute.agendaItemId));
  const parents = await readItems(items.flatMap((item) => item.parentId ?? []));
  return exemptMinuteIds([...items, ...parents], minutes);
}

async function readItems(ids: readonly string[]): Promise<AgendaItem[]> {
  const items = await db.agendaItems.bulkGet([...new Set(ids)]);
  return items.filter((item): item is AgendaItem => !!item);
}
