import { buildMinutes } from '../../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../../renderer/documents/common/pack';
import { sampleMeetingRecord } from '../../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../../renderer/domain/meeting-record';
import type { MinuteNumberFormat, RichText } from '../../../renderer/domain/model';

/**
 * The sample meeting's minutes as a .docx, minute 2 holding `text`, the minutes numbered plainly from `first`
 * ("1.", "2.", ...) with the numbered paragraphs the house chose: the set-up of every test of how paragraphs
 * inside a minute are numbered and laid out on paper.
 *
 * @example await sampleMinutesBytes(doc(paragraph('The Committee noted the report.')), 'subNumbered');
 */
export function sampleMinutesBytes(
  text: RichText,
  paragraphNumbers: MinuteNumberFormat['paragraphNumbers'],
  numbers: Partial<MinuteNumberFormat> & { first?: number } = {},
): Promise<Uint8Array> {
  const record = sampleMeetingRecord();
  const { first = 1, ...format } = numbers;
  const minutes = record.minutes.map((minute) => ({
    ...minute,
    number: String(first - 1 + minute.takenOrder),
    text: minute.takenOrder === 2 ? text : minute.text,
  }));
  const committee = {
    ...record.committee,
    minuteNumberFormat: {
      prefix: '',
      suffix: '.',
      width: 0,
      yearForm: 'none',
      agendaNumberBeside: false,
      paragraphNumbers,
      ...format,
    } satisfies MinuteNumberFormat,
  } satisfies MeetingRecord['committee'];
  return packDocument(buildMinutes({ ...record, committee, minutes }));
}
