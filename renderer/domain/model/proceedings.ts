import type { ExemptParagraph } from './agenda';
import type { ClockTime, RecordId } from './record';

/**
 * What the clerk can record in a minute's running order, in the clerk's words. Motions and amendments are
 * records of their own (they carry votes); the running order points at them twice: where each was moved and
 * where it was put to the vote, so an amendment moved and voted on in between prints in between.
 */
export const proceedingKinds = {
  moved: 'Motion or amendment moved',
  putToVote: 'Put to the vote',
  withdrawn: 'Motion withdrawn',
  note: 'Paragraph of the minute',
  pointOfOrder: 'Point of order and ruling',
  recordedVoteRequest: 'Request for a recorded vote',
  adjournment: 'Adjournment',
  nomination: 'Nomination',
  noOtherNominations: 'No other nominations',
  ballot: 'Election vote',
  elected: 'Elected or appointed',
  chairChange: 'Change of chair',
} as const;
export type ProceedingKind = keyof typeof proceedingKinds;

/** A vote between candidates: hands counted for each, or each member's vote by name. */
export type BallotVotes =
  | { method: 'counts'; counts: { candidateId: RecordId; votes: number }[] }
  | { method: 'named'; choices: { personId: RecordId; candidateId: RecordId }[] };

/**
 * One step of a minute's running order. `id` is the step's own, so the screen can keep and remove it; a step
 * about a motion names the motion.
 */
export type Proceeding = { id: string } & (
  | { kind: 'moved' | 'putToVote' | 'withdrawn'; motionId: RecordId }
  | { kind: 'note'; text: string }
  | { kind: 'pointOfOrder'; personId?: RecordId; point: string; ruling: string }
  /** `supporters`: members who stood to support the request, where standing orders need a number. */
  | { kind: 'recordedVoteRequest'; personId?: RecordId; supporters?: number }
  | { kind: 'adjournment'; at?: ClockTime; resumedAt?: ClockTime; reason: string }
  /** `office`: what the election is for, as the resolution prints it: "Chair of the Council for the ensuing year". */
  | { kind: 'nomination'; office: string; candidateId: RecordId; moverId?: RecordId; seconderId?: RecordId }
  | { kind: 'noOtherNominations'; office: string }
  /** `round`: 1, 2...; `majorityNeeded`: the council's rules want more than half the votes cast, else another round. */
  | ({ kind: 'ballot'; office: string; round: number; majorityNeeded: boolean } & BallotVotes)
  | { kind: 'elected'; office: string; personId: RecordId }
  /** From this step on, this member presides. */
  | { kind: 'chairChange'; personId: RecordId }
);

/** A proceeding as the clerk enters it: its id is given when it is stored. */
export type NewProceeding = Proceeding extends infer P
  ? P extends Proceeding
    ? Omit<P, 'id'>
    : never
  : never;

/** The motion to exclude the press and public (s100A(4)): what it relies on, and the items it would cover. */
export type ExclusionMotion = {
  paragraph: ExemptParagraph;
  publicInterestReason: string;
  agendaItemIds: RecordId[];
};
