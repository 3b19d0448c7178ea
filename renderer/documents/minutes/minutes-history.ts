import type { Paragraph } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';
import { signedChangeNote } from '../../domain/signed-change-note';
import { bodyParagraph, leadIn } from '../common/paragraphs';

export const minutesHistoryHeading = 'History of these minutes';

/**
 * After the signature: each amendment made on approval and each later correction, with its reason, of the
 * minutes printed here only (a Part B minute's change never prints in the public minutes). Nothing when the
 * signed minutes were never changed.
 */
export function minutesHistory(record: MeetingRecord, printed: Minute[]): Paragraph[] {
  const numbers = new Map(printed.map((minute) => [minute.id, minute.number]));
  const notes = (record.signedChanges ?? []).flatMap(({ minuteId, change }) => {
    const number = numbers.get(minuteId);
    return number === undefined ? [] : [signedChangeNote(number, change)];
  });
  if (notes.length === 0) return [];
  return [leadIn(minutesHistoryHeading), ...notes.map((note) => bodyParagraph(note))];
}
