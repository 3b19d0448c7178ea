import { castingVoteHolder } from '../../domain/chair-spells';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';
import { proceedingLines, type ProceedingLine, type WordingContext } from '../../domain/proceeding-wording';
import { runningOrder } from '../../domain/running-order';
import { nameOf } from '../common/people';
import { openingChair } from './chair-lines';
import { agendaEntryOf, houseStyleIn } from '../common/record-lookups';

/** How a meeting's running orders name people and items: shared by every minute of the record. */
export function wordingContextOf(record: MeetingRecord, minuteId: string): WordingContext {
  return {
    motions: record.motions.filter((motion) => motion.minuteId === minuteId),
    nameOf: (personId) => nameOf(record, personId),
    itemNumberOf: (agendaItemId) => agendaEntryOf(record, agendaItemId)?.number ?? '',
    style: houseStyleIn(record),
    castingVoterOf: castingVoterIn(record, minuteId),
  };
}

/**
 * A minute's running order as printed lines, in the house's wording of motions, nominations and recorded votes
 * (domain/proceeding-wording.ts): the Word minutes, the agenda and minutes and the published minutes all lay out
 * these same lines, so none can word a motion or a vote differently.
 *
 * @example minuteProceedingLines(record, minute).map((line) => line.text)
 */
export function minuteProceedingLines(record: MeetingRecord, minute: Minute): ProceedingLine[] {
  const context = wordingContextOf(record, minute.id);
  return proceedingLines(runningOrder(minute, context.motions), context);
}

/** Where the chair changed during the meeting, the member presiding at each vote gives its casting vote. */
function castingVoterIn(record: MeetingRecord, minuteId: string): WordingContext['castingVoterOf'] {
  const changed = record.minutes.some((minute) =>
    (minute.proceedings ?? []).some((step) => step.kind === 'chairChange'),
  );
  if (!changed) return undefined;
  const input = { openingChairId: openingChair(record), minutes: record.minutes };
  return (motionId) => castingVoteHolder(input, minuteId, motionId);
}
