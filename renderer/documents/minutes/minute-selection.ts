import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaPart, ExemptParagraph, Minute } from '../../domain/model';

/**
 * The minutes that belong in one version of the document, in the order items were taken. Part B (exempt) minutes
 * never go into the public minutes: they are printed only in the separate confidential minutes.
 */
export function minutesForPart(record: MeetingRecord, part: AgendaPart): Minute[] {
  const partOf = new Map(record.agendaItems.map((item) => [item.id, item.part]));
  return record.minutes
    .filter((minute) => (partOf.get(minute.agendaItemId) ?? 'A') === part)
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
