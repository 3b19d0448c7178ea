import type { Action, ActionStatus, AgendaItem, Meeting, Minute, Person } from '../../domain/model';
import { actionStatuses } from '../../domain/model';
import { formatNumericDate } from '../../domain/en-gb';
import { fullName } from '../common/people';

/** What the action log is built from: a committee's actions across meetings, with the meetings they were agreed at. */
export type ActionLogData = {
  actions: Action[];
  meetings: Meeting[];
  people: Record<string, Person>;
  /** The minutes taken on Part B (exempt) items: actions agreed on them are exempt too (exemptMinuteIds). */
  exemptMinuteIds: ReadonlySet<string>;
};

/**
 * Which log: a public one leaves out actions agreed on Part B items (exempt information never leaks into what
 * is published); a private one, for members only, keeps them and marks each.
 */
export type ActionLogAudience = 'public' | 'private';

export type ActionLogRow = {
  date: string;
  action: string;
  owner: string;
  outcome: string;
  status: ActionStatus;
  /** Agreed on a Part B item: only ever in a private log, and marked there. */
  exempt: boolean;
};

/** The minutes on Part B items, a sub-item of a Part B item included (it is discussed in private too). */
export function exemptMinuteIds(
  agendaItems: readonly Pick<AgendaItem, 'id' | 'part' | 'parentId'>[],
  minutes: readonly Pick<Minute, 'id' | 'agendaItemId'>[],
): Set<string> {
  const partB = new Set(agendaItems.filter((item) => item.part === 'B').map((item) => item.id));
  const exemptItems = new Set(
    agendaItems
      .filter((item) => partB.has(item.id) || (item.parentId !== undefined && partB.has(item.parentId)))
      .map((item) => item.id),
  );
  return new Set(minutes.filter((minute) => exemptItems.has(minute.agendaItemId)).map((minute) => minute.id));
}

/** Open work first (the reason the log is read), then in progress, then closed; oldest first within each. */
const statusRank: Record<ActionStatus, number> = { open: 0, inProgress: 1, done: 2, dropped: 3 };

/**
 * The rows of seed 002's "Actions from previous meetings" table: Date (agreed), Action, Owner, Outcome.
 * `statuses` filters the log, e.g. ['open', 'inProgress'] for what is still outstanding. A public log (the
 * default) has no action agreed on a Part B item; a private log has them, each marked `exempt`.
 */
export function actionLogRows(
  data: ActionLogData,
  statuses?: readonly ActionStatus[],
  audience: ActionLogAudience = 'public',
): ActionLogRow[] {
  const meetingDate = new Map(data.meetings.map((meeting) => [meeting.id, meeting.date]));
  const isExempt = (action: Action) =>
    action.minuteId !== undefined && data.exemptMinuteIds.has(action.minuteId);
  return data.actions
    .filter((action) => !statuses || statuses.includes(action.status))
    .filter((action) => audience === 'private' || !isExempt(action))
    .map((action) => ({ action, agreedOn: meetingDate.get(action.meetingId) ?? '' }))
    .sort(
      (a, b) =>
        statusRank[a.action.status] - statusRank[b.action.status] ||
        a.agreedOn.localeCompare(b.agreedOn) ||
        a.action.order - b.action.order,
    )
    .map(({ action, agreedOn }) => ({
      date: agreedOn ? formatNumericDate(agreedOn) : '',
      action: action.text.trim(),
      owner: ownerOf(data, action),
      outcome: outcomeOf(action),
      status: action.status,
      exempt: isExempt(action),
    }));
}

function ownerOf(data: ActionLogData, action: Action): string {
  const person = action.ownerPersonId ? data.people[action.ownerPersonId] : undefined;
  return person ? fullName(person) : action.ownerText.trim();
}

/** The outcome if recorded, else the latest progress note, each led by the status so the reader sees where it stands. */
function outcomeOf(action: Action): string {
  const latest = [...action.updates].sort((a, b) => a.on.localeCompare(b.on)).at(-1);
  const due = action.due ? ` Due ${formatNumericDate(action.due)}.` : '';
  const detail =
    action.outcome.trim() || (latest ? `${formatNumericDate(latest.on)}: ${latest.text.trim()}` : '');
  return `${actionStatuses[action.status]}.${action.status === 'open' || action.status === 'inProgress' ? due : ''}${detail ? ` ${detail}` : ''}`;
}
