import type { Paragraph } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { MeetingEvent } from '../../domain/model';
import { formatClockTime } from '../../domain/en-gb';
import { houseStyleOf, type ClosingLine } from '../../domain/house-style';
import { bodyParagraph } from '../common/paragraphs';
import { listInWords } from '../common/people';

/**
 * The closing note from the meeting's events (seed 004):
 * "[Note: The Meeting, having commenced at 6.02 pm, closed at 6.52 pm]", with any adjournments between:
 * "[Note: The Meeting, having commenced at 6.02 pm, adjourned at 7.10 pm, reconvened at 7.25 pm and closed at 8.40 pm]".
 * With only a closing time: "The meeting ended at 9.20 pm" (seed 001). Nothing when no times were recorded.
 * The house may choose either form for every meeting (domain/house-style.ts closingLine), not by whether the
 * clerk pressed Start.
 */
export function closingNoteText(
  events: readonly MeetingEvent[],
  form: ClosingLine = 'fromTimes',
  startTime?: string,
): string | undefined {
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  const closed = sorted.filter((event) => event.kind === 'closed').at(-1);
  if (!closed) return undefined;
  // The house chooses the line; with the note form a meeting whose Start was never pressed began at its time.
  const startedAt =
    sorted.find((event) => event.kind === 'started')?.at ?? (form === 'note' ? startTime : undefined);
  if (form === 'endedAt' || !startedAt) return `The meeting ended at ${formatClockTime(closed.at)}`;
  const breaks = sorted
    .filter((event) => event.kind === 'adjourned' || event.kind === 'resumed')
    .map(
      (event) => `${event.kind === 'adjourned' ? 'adjourned' : 'reconvened'} at ${formatClockTime(event.at)}`,
    );
  const steps = listInWords([...breaks, `closed at ${formatClockTime(closed.at)}`]);
  return `[Note: The Meeting, having commenced at ${formatClockTime(startedAt)}, ${steps}]`;
}

export function closingNote(record: MeetingRecord): Paragraph[] {
  const form = houseStyleOf(record.organisation, record.committee).closingLine;
  const text = closingNoteText(record.events, form, record.meeting.startTime);
  return text ? [bodyParagraph(text)] : [];
}
