import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaPart, ExemptParagraph, Minute } from '../../domain/model';
import { heardInPublic } from '../../domain/public-session';
import { agendaItemOf, oncePerBuild } from '../common/record-lookups';

/** Whether this minute's item was heard with the press and public present (domain/public-session.ts). */
export function minuteHeardInPublic(record: MeetingRecord, minute: Minute): boolean {
  const taken = oncePerBuild(
    record,
    'minutes in the order taken',
    () => new Map(record.minutes.map((other) => [other.id, other.takenOrder])),
  );
  return heardInPublic(
    minute,
    agendaItemOf(record, minute.agendaItemId),
    record.motions,
    (id) => taken.get(id) ?? 0,
  );
}

/**
 * The minutes that belong in one version of the document, in the order items were taken. Part B (exempt) minutes
 * never go into the public minutes: they are printed only in the separate confidential minutes; unless the
 * press and public were not excluded from the item after all (the motion to exclude them was lost), when its
 * minute is a public one.
 */
export function minutesForPart(record: MeetingRecord, part: AgendaPart): Minute[] {
  return record.minutes
    .filter((minute) => minuteHeardInPublic(record, minute) === (part === 'A'))
    .sort((a, b) => a.takenOrder - b.takenOrder);
}

export function hasPartB(record: MeetingRecord): boolean {
  return record.agendaItems.some((item) => item.part === 'B');
}

/** The Schedule 12A paragraphs the Part B items rely on, each once, in order. */
export function exemptParagraphsUsed(record: MeetingRecord): ExemptParagraph[] {
  const used = new Set<ExemptParagraph>();
  for (const item of record.agendaItems)
    if (item.part === 'B' && item.exemptParagraph) used.add(item.exemptParagraph);
  return [...used].sort();
}
