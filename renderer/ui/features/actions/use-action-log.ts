import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import type { Action, Committee, Meeting } from '../../../domain/model';

export type ActionLog = {
  actions: Action[];
  committees: Map<string, Committee>;
  meetings: Map<string, Meeting>;
};

/** Every action with the committees and meetings they came from: undefined while loading. */
export function useActionLog(): ActionLog | undefined {
  return useLiveQuery(async () => {
    const [actions, committees, meetings] = await Promise.all([
      db.actions.toArray(),
      db.committees.toArray(),
      db.meetings.toArray(),
    ]);
    const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    // Newest meeting first, then the order agreed at it.
    actions.sort(
      (a, b) =>
        (byId.get(b.meetingId)?.date ?? '').localeCompare(byId.get(a.meetingId)?.date ?? '') ||
        a.order - b.order,
    );
    return { actions, committees: new Map(committees.map((c) => [c.id, c])), meetings: byId };
  }, []);
}
