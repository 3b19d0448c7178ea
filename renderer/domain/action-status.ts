import type { Action, ActionStatus, IsoDate, Meeting } from './model';
import { actionStatuses } from './model';

/** Still to be done: open or in progress. Done and dropped actions are closed. */
export function isOutstanding(action: Pick<Action, 'status'>): boolean {
  return action.status === 'open' || action.status === 'inProgress';
}

/** Outstanding and past its due date (an action due today is not yet overdue). */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, today: IsoDate): boolean {
  return isOutstanding(action) && action.due !== undefined && action.due < today;
}

/**
 * The actions a meeting's "Action list from the previous meeting" item reviews: the committee's actions agreed
 * at earlier meetings that were still outstanding, plus those closed at this meeting (so the outcome just
 * recorded stays in view), oldest first.
 */
export function actionsForReview(
  actions: readonly Action[],
  meeting: Meeting,
  meetings: ReadonlyMap<string, Meeting>,
): Action[] {
  return actions
    .filter((action) => action.committeeId === meeting.committeeId && action.meetingId !== meeting.id)
    .filter((action) => (meetings.get(action.meetingId)?.date ?? '') < meeting.date)
    .filter((action) => isOutstanding(action) || action.updates.some((update) => update.on === meeting.date))
    .sort(
      (a, b) =>
        (meetings.get(a.meetingId)?.date ?? '').localeCompare(meetings.get(b.meetingId)?.date ?? '') ||
        a.order - b.order,
    );
}

export type StatusCounts = Record<ActionStatus, number> & { overdue: number; total: number };

export function emptyStatusCounts(): StatusCounts {
  return { open: 0, inProgress: 0, done: 0, dropped: 0, overdue: 0, total: 0 };
}

/** Actions by status, and how many are overdue, for each committee. */
export function statusByCommittee(actions: readonly Action[], today: IsoDate): Map<string, StatusCounts> {
  const byCommittee = new Map<string, StatusCounts>();
  for (const action of actions) {
    const counts = byCommittee.get(action.committeeId) ?? emptyStatusCounts();
    counts[action.status] += 1;
    counts.total += 1;
    if (isOverdue(action, today)) counts.overdue += 1;
    byCommittee.set(action.committeeId, counts);
  }
  return byCommittee;
}

export const statusOrder = Object.keys(actionStatuses) as ActionStatus[];
