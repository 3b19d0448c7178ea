import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import type {
  AgendaItem,
  Action,
  Committee,
  ExemptParagraph,
  IndividualDecision,
  Meeting,
} from '../../../domain/model';

export type ActionLog = {
  actions: Action[];
  committees: Map<string, Committee>;
  meetings: Map<string, Meeting>;
  /** The minutes taken on Part B items (and their sub-items), with the Schedule 12A paragraph where known. */
  exemptMinutes: Map<string, ExemptParagraph | undefined>;
  /** Every agenda item with an executive decision recorded on it. */
  decisions: AgendaItem[];
  /** Every executive decision taken by one person (a cabinet member, an officer under delegation). */
  individualDecisions: IndividualDecision[];
};

/**
 * The minutes of Part B items, found by the `part` index (schema 7) rather than by reading every item and
 * minute: a sub-item of a Part B item is taken in private with it.
 */
async function exemptMinutesOf(): Promise<Map<string, ExemptParagraph | undefined>> {
  const partB = await db.agendaItems.where('part').equals('B').toArray();
  const subItems = await db.agendaItems
    .where('parentId')
    .anyOf(partB.map((item) => item.id))
    .toArray();
  const paragraphs = new Map<string, ExemptParagraph | undefined>(
    partB.map((item) => [item.id, item.exemptParagraph]),
  );
  for (const sub of subItems)
    paragraphs.set(sub.id, sub.exemptParagraph ?? paragraphs.get(sub.parentId ?? ''));
  const minutes = await db.minutes
    .where('agendaItemId')
    .anyOf([...paragraphs.keys()])
    .toArray();
  return new Map(minutes.map((minute) => [minute.id, paragraphs.get(minute.agendaItemId)]));
}

/** Every action and decision with the committees and meetings they came from: undefined while loading. */
export function useActionLog(): ActionLog | undefined {
  return useLiveQuery(async () => {
    const [actions, committees, meetings, exemptMinutes, decisions, individualDecisions] = await Promise.all([
      db.actions.toArray(),
      db.committees.toArray(),
      db.meetings.toArray(),
      exemptMinutesOf(),
      db.agendaItems.orderBy('executiveDecision.urgencyReason').toArray(),
      db.individualDecisions.toArray(),
    ]);
    const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    // Newest meeting first, then the order agreed at it.
    actions.sort(
      (a, b) =>
        (byId.get(b.meetingId)?.date ?? '').localeCompare(byId.get(a.meetingId)?.date ?? '') ||
        a.order - b.order,
    );
    return {
      actions,
      committees: new Map(committees.map((c) => [c.id, c])),
      meetings: byId,
      exemptMinutes,
      decisions,
      individualDecisions,
    };
  }, []);
}
