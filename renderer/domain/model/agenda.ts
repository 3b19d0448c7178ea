import type { IsoDate, RecordId, Stored } from './record';
import type { StandingItemKind } from './committee';
import type { MinutesApproval } from './minutes-approval';
import type { CoverAnswer } from '../report-cover';

/** Schedule 12A, Part 1, Local Government Act 1972: the paragraphs that make information exempt. */
export const exemptParagraphs = {
  1: 'Information relating to any individual.',
  2: 'Information which is likely to reveal the identity of an individual.',
  3: 'Information relating to the financial or business affairs of any particular person (including the authority holding that information).',
  4: 'Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter.',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.',
  6: 'Information which reveals that the authority proposes to give a notice, or to make an order or direction, under any enactment.',
  7: 'Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.',
} as const;
export type ExemptParagraph = keyof typeof exemptParagraphs;

export type AgendaPart = 'A' | 'B';

/**
 * One deliberate change to what of an item is exempt (its part, or a paper's status), kept on the item so the
 * clerk can show when and how exempt information was reclassified.
 */
export type ExemptChange = { at: string; change: string };

export type AgendaItem = Stored & {
  meetingId: RecordId;
  /** Sub-items (5.1, 5.2) point at their parent item. */
  parentId?: RecordId;
  /** Position among its siblings; printed numbers are computed from it. */
  order: number;
  title: string;
  description: string;
  recommendation: string;
  responsibleOfficer: string;
  reportAuthor: string;
  wards: string[];
  keyDecision: boolean;
  part: AgendaPart;
  exemptParagraph?: ExemptParagraph;
  publicInterestReason: string;
  standingKind?: StandingItemKind;
  /**
   * For the previous-minutes item, as Chamber first kept it: the one meeting whose minutes are presented, fixed
   * when the meeting was created. Still read (domain/minutes-presented.ts) for records from older laptops;
   * `minutesOf` supersedes it.
   */
  previousMeetingId?: RecordId;
  /**
   * For a "Minutes" item: the meetings (of any body) whose minutes it presents, in the order the pack prints
   * them, chosen by the clerk. Set, even empty, it wins over `previousMeetingId`.
   */
  minutesOf?: RecordId[];
  /** For a "Minutes" item: how the meeting approved the minutes it presents (domain/model/minutes-approval.ts). */
  minutesApproval?: MinutesApproval;
  urgent: boolean;
  specialCircumstances: string;
  addedOn?: IsoDate;
  /**
   * A section the agenda and minutes print without a number (a presentation, announcements, an "available
   * papers" preamble): it takes no agenda number and its minute takes no minute number.
   */
  unnumbered?: boolean;
  /** Changes of part and of its papers' status, oldest first (unset until the first). */
  exemptHistory?: ExemptChange[];
  /** An executive decision taken on this item: what its decision notice says, and any call-in. */
  executiveDecision?: ExecutiveDecision;
  /** The report author's answers to the council's cover headings (domain/report-cover.ts), by heading. */
  coverAnswers?: CoverAnswer[];
};

/**
 * What a decision notice records beyond the resolution and the declarations of interest (SI 2012/2089 reg 13):
 * the reasons, the alternatives considered and rejected, dispensations granted, and whether the decision is
 * urgent (exempt from call-in, with the reason). `noticePublishedOn` starts the call-in period.
 */
export type ExecutiveDecision = {
  reasons: string;
  alternatives: string;
  dispensations: string;
  urgent: boolean;
  urgencyReason: string;
  noticePublishedOn?: IsoDate;
  callIn?: CallIn;
};

/** A call-in: when it was received, by whom and why; `concludedOn` once scrutiny has dealt with it. */
export type CallIn = { receivedOn: IsoDate; by: string; reason: string; concludedOn?: IsoDate };
