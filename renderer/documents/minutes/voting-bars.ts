import type { Paragraph } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { statutoryBars } from '../../domain/model';
import { bodyParagraph } from '../common/paragraphs';
import { attendeeName } from './attendance-lines';

/**
 * A member barred by law from voting on the item, printed as the bar it is (never as an interest):
 * "Councillor Jane Smith did not vote on this item, being barred by section 106 of the Local Government Finance
 * Act 1992." One sentence per member and bar, in the order of the roll.
 */
export function votingBarsAtItem(record: MeetingRecord, agendaItemId: string): Paragraph[] {
  return votingBarSentences(record, agendaItemId).map((sentence) => bodyParagraph(sentence));
}

/** The same sentences as words, for the published minutes to print exactly as the Word minutes do. */
export function votingBarSentences(record: MeetingRecord, agendaItemId: string): string[] {
  return record.attendance.flatMap((line) =>
    (line.votingBars ?? [])
      .filter((recorded) => recorded.agendaItemId === agendaItemId && recorded.bar in statutoryBars)
      .map(
        (recorded) =>
          `${attendeeName(record, line)} did not vote on this item, being barred by ${statutoryBars[recorded.bar].law}.`,
      ),
  );
}
