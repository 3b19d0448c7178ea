import type { Paragraph } from 'docx';
import { numberAgenda } from '../../domain/agenda-numbering';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';
import { proceedingLines, type WordingContext } from '../../domain/proceeding-wording';
import { runningOrder } from '../../domain/running-order';
import { nameOf } from '../common/people';
import { bodyParagraph } from '../common/paragraphs';

/** How a meeting's running orders name people and items: shared by every minute of the record. */
export function wordingContextOf(record: MeetingRecord, minuteId: string): WordingContext {
  const numbers = new Map(numberAgenda(record.agendaItems).map((entry) => [entry.item.id, entry.number]));
  return {
    motions: record.motions.filter((motion) => motion.minuteId === minuteId),
    nameOf: (personId) => nameOf(record, personId),
    itemNumberOf: (agendaItemId) => numbers.get(agendaItemId) ?? '',
  };
}

/**
 * A minute's running order as it happened: motions and amendments where they were moved, each vote where it
 * was taken, points of order, nominations, paragraphs written between them (domain/proceeding-wording.ts).
 * A line introducing names or counts is kept with the next, so a recorded vote is not split from its heading.
 */
export function proceedingParagraphs(
  record: MeetingRecord,
  minute: Minute,
  keepWithNext = true,
): Paragraph[] {
  const context = wordingContextOf(record, minute.id);
  const lines = proceedingLines(runningOrder(minute, context.motions), context);
  return lines.map((line) =>
    bodyParagraph(line.text, {
      bold: line.bold,
      italics: line.italic,
      indentLevel: line.indent ? 1 : undefined,
      keepNext: keepWithNext && line.text.endsWith(':'),
    }),
  );
}
