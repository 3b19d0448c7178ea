import type { IsoDate, RecordId } from './record';

/** How a meeting approved the minutes its "Minutes" item presents. */
export const minutesDecisions = {
  approved: 'Approved as a correct record',
  approvedWithAmendments: 'Approved as a correct record, subject to the following amendments',
} as const;
export type MinutesDecision = keyof typeof minutesDecisions;

/** One amendment the meeting made: in that minute, this text becomes that. */
export type MinutesAmendment = {
  meetingId: RecordId;
  minuteId: RecordId;
  /** The words as the draft minutes print them. */
  original: string;
  /** The words the meeting agreed instead (may be empty: the words are struck out). */
  corrected: string;
};

/**
 * The approval, recorded on the item that presented the minutes. Once recorded, the minutes it approved are
 * signed: each amendment is applied to its minute, and the minutes are locked against change without a reason.
 */
export type MinutesApproval = {
  decision: MinutesDecision;
  amendments: MinutesAmendment[];
  approvedOn: IsoDate;
};
