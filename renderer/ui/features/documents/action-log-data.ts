import { db } from '../../../db/database';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import type { ActionLogInput } from '../../../documents/action-log/build-action-log';
import type { IsoDate, Person } from '../../../domain/model';

/** A committee's actions from all its meetings, with the meetings and owners the log prints; undefined if gone. */
export async function loadActionLogInput(
  committeeId: string,
  asAt: IsoDate,
): Promise<ActionLogInput | undefined> {
  return db.transaction('r', [db.settings, db.committees, db.meetings, db.actions, db.people], async () => {
    const committee = await db.committees.get(committeeId);
    if (!committee) return undefined;
    const [meetings, actions] = await Promise.all([
      db.meetings.where('committeeId').equals(committeeId).toArray(),
      db.actions.where('committeeId').equals(committeeId).toArray(),
    ]);
    const ownerIds = [...new Set(actions.flatMap((action) => action.ownerPersonId ?? []))];
    const people: Record<string, Person> = {};
    for (const person of await db.people.bulkGet(ownerIds)) if (person) people[person.id] = person;
    return { organisation: await loadOrganisationSettings(), committee, meetings, actions, people, asAt };
  });
}
