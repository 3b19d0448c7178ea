import type { Paragraph } from 'docx';
import { chairLines, type ChairInput } from '../../domain/chair-spells';
import type { MeetingRecord } from '../../domain/meeting-record';
import { nameOf } from '../common/people';
import { bodyParagraph } from '../common/paragraphs';
import { printedMinuteNumber } from './minute-heading';

/**
 * Who presided at the start: the body's Chair if in the meeting, else its Vice-Chair; else no one Chamber knows
 * of (the clerk records a change of chair in the running order then).
 */
export function openingChair(record: MeetingRecord): string | undefined {
  const here = (personId: string) =>
    record.attendance.some(
      (line) => line.personId === personId && (line.status === 'present' || line.status === 'remote'),
    );
  for (const role of ['chair', 'viceChair'] as const) {
    const member = record.memberships.find(
      (membership) => membership.role === role && here(membership.personId),
    );
    if (member) return member.personId;
  }
  return undefined;
}

/**
 * After the attendance, where the chair changed during the meeting: "Councillor Ada Brown in the Chair" and
 * "(Councillor Ben Cole in the Chair for minutes 0655/13 to 0656/13)", as councils print it. A meeting with one
 * chair throughout prints nothing here (the attendance already names the Chair).
 */
export function chairParagraphs(record: MeetingRecord, minuteIds: readonly string[]): Paragraph[] {
  return chairLineTexts(record, minuteIds).map((line) =>
    bodyParagraph(line, { bold: !line.startsWith('(') }),
  );
}

/** The same lines as words, for the published minutes to print exactly as the Word minutes do. */
export function chairLineTexts(record: MeetingRecord, minuteIds: readonly string[]): string[] {
  const input: ChairInput = {
    openingChairId: openingChair(record),
    minutes: record.minutes.filter((minute) => minuteIds.includes(minute.id)),
  };
  const changed = input.minutes.some((minute) =>
    (minute.proceedings ?? []).some((step) => step.kind === 'chairChange'),
  );
  if (!changed) return [];
  const numberOf = (minuteId: string) =>
    printedMinuteNumber(
      record.minutes.find((minute) => minute.id === minuteId)?.number ?? '',
      record,
    ).replace(/\.$/, '');
  return chairLines(input, (personId) => nameOf(record, personId), numberOf);
}
