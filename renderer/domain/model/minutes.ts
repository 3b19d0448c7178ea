import type { ClockTime, IsoDate, RecordId, Stored } from './record';
import type { ExclusionMotion, Proceeding } from './proceedings';

/**
 * The rich text of a minute, as the editor's JSON document (ProseMirror shape): paragraphs, lists, bold, italic.
 * Documents read it through domain/rich-text, never by poking at the editor.
 */
export type RichText = {
  type: 'doc';
  content: RichTextNode[];
};
export type RichTextMark = { type: 'bold' | 'italic' | 'underline' };
export type RichTextNode = {
  type: string;
  text?: string;
  marks?: RichTextMark[];
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
};

/** One minute: what was said and done on one agenda item, in the order items were actually taken. */
export type Minute = Stored & {
  meetingId: RecordId;
  agendaItemId: RecordId;
  /** Order taken in the meeting (1, 2, 3...): numbers follow this, not the agenda order. */
  takenOrder: number;
  /** The printed minute number ("101", "9/18", "5"), fixed when the item is taken. */
  number: string;
  text: RichText;
  /** Scrutiny bodies' conclusions, printed i., ii. */
  conclusions: string[];
  /** Nothing said on the item, e.g. withdrawn: the minute still records it. */
  startedAt?: ClockTime;
  /**
   * The running order of what happened after the opening text, as it happened: motions moved and voted on,
   * points of order, nominations, paragraphs written between them (domain/running-order.ts). Missing on minutes
   * from a laptop that has not been upgraded; its motions then print in the order they were moved.
   */
  proceedings?: Proceeding[];
  /**
   * For a Part B item: whether it was in fact heard with the press and public present (the exclusion motion
   * was lost, or never moved). Its minute then goes in the public minutes; its papers stay exempt.
   */
  heardInPublic?: boolean;
};

/** A previous version of a minute's text, so an overwritten paragraph can be recovered. */
export type MinuteRevision = Stored & {
  minuteId: RecordId;
  savedAt: string;
  text: RichText;
  /**
   * Set when the text was changed after the minutes were signed, or by an amendment made on approval: what
   * the minutes' history prints ("Minute 45 corrected on 3 March 2027: ..."). The text above is the original.
   */
  signedChange?: SignedMinuteChange;
};

/**
 * Why a signed minute changed: an amendment agreed when it was approved, a later correction with a reason, or
 * the approval itself undone (the wrong meeting's minutes were approved), with the reason and the date of the
 * approval taken back; the text before the undo is the revision's.
 */
export type SignedMinuteChange =
  | { kind: 'amended'; on: IsoDate; original: string; corrected: string }
  | { kind: 'corrected'; on: IsoDate; reason: string }
  | { kind: 'approvalUndone'; on: IsoDate; reason: string; approvedOn: IsoDate };

export const resolutionVerbs = {
  resolved: 'RESOLVED',
  agreed: 'AGREED',
  recommended: 'RECOMMENDED',
} as const;
export type ResolutionVerb = keyof typeof resolutionVerbs;

export type ResolutionClause = {
  text: string;
  subClauses: string[];
};

export type Resolution = Stored & {
  minuteId: RecordId;
  meetingId: RecordId;
  verb: ResolutionVerb;
  /** For RECOMMENDED: the body recommended to, e.g. "Cabinet". */
  recommendedTo: string;
  /** A single sentence ("That the report be noted.") or clauses printed (1), (2)... */
  text: string;
  clauses: ResolutionClause[];
  order: number;
};

export const declarationKinds = {
  dpi: 'Disclosable pecuniary interest',
  otherRegistrable: 'Other registrable interest',
  nonRegistrable: 'Non-registrable interest',
} as const;
export type DeclarationKind = keyof typeof declarationKinds;

export const declarationConduct = {
  leftRoom: 'Left the room',
  didNotVote: 'Did not vote',
  dispensation: 'Held a dispensation',
  remained: 'Remained and took part',
} as const;
export type DeclarationConduct = keyof typeof declarationConduct;

export type Declaration = Stored & {
  meetingId: RecordId;
  agendaItemId: RecordId;
  personId: RecordId;
  kind: DeclarationKind;
  nature: string;
  conduct: DeclarationConduct;
  /**
   * The order declared in the meeting (1, 2, 3...): the minutes print declarations in this order. Missing on
   * declarations recorded before it existed; those print after, by id, so two saves always agree.
   */
  declaredOrder?: number;
};

export const voteResults = { carried: 'Carried', lost: 'Lost' } as const;
export type VoteResult = keyof typeof voteResults;
export type VoteChoice = 'for' | 'against' | 'abstain';

/**
 * How a vote was taken: counted hands, each member's vote by name, or a result the Chair declared without a
 * count ("on being put to the vote the motion was clearly LOST").
 */
export type Vote =
  | { kind: 'counts'; for: number; against: number; abstentions: number }
  | { kind: 'recorded'; choices: { personId: RecordId; choice: VoteChoice }[] }
  | { kind: 'declared'; result: VoteResult };

export type Motion = Stored & {
  meetingId: RecordId;
  minuteId: RecordId;
  /** Amendments point at the motion they amend. */
  amendsMotionId?: RecordId;
  text: string;
  moverId?: RecordId;
  seconderId?: RecordId;
  vote?: Vote;
  castingVote?: VoteChoice;
  result?: VoteResult;
  order: number;
  /** The substantive motion's wording once an amendment to it carried: what was finally put to the vote. */
  textAsAmended?: string;
  /** Set on the motion to exclude the press and public. */
  exclusion?: ExclusionMotion;
};

export const actionStatuses = {
  open: 'Open',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
} as const;
export type ActionStatus = keyof typeof actionStatuses;

export type ActionUpdate = { on: IsoDate; text: string };

export type Action = Stored & {
  committeeId: RecordId;
  meetingId: RecordId;
  minuteId?: RecordId;
  text: string;
  ownerPersonId?: RecordId;
  /** Free-text owner ("All", "Head of Planning") when not a person on record. */
  ownerText: string;
  due?: IsoDate;
  status: ActionStatus;
  updates: ActionUpdate[];
  outcome: string;
  order: number;
};
