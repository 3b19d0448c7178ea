import type { AgendaPart, ExemptChange, ExemptParagraph, ExecutiveDecision } from './agenda';
import type { IsoDate, RecordId, Stored } from './record';

/** Who takes a decision alone: a cabinet member for their portfolio, or an officer under delegated powers. */
export const decisionTakers = {
  member: 'Cabinet member',
  officer: 'Officer under delegation',
} as const;
export type DecisionTaker = keyof typeof decisionTakers;

/**
 * An executive decision taken by one person, not at a meeting (an individual cabinet member decision, or an
 * officer's under delegation). It carries what a meeting's decision carries on its agenda item (reasons,
 * alternatives, dispensations, urgency, the notice's date and any call-in), and what the minutes would have said
 * there: the decision's words and the interests declared.
 */
export type IndividualDecision = Stored &
  ExecutiveDecision & {
    title: string;
    decisionMaker: string;
    /** The portfolio, or for an officer the post and the delegation: "Cabinet Member for Housing". */
    portfolio: string;
    takenBy: DecisionTaker;
    decidedOn: IsoDate;
    decision: string;
    /** Interests the decision maker declared, one a line; empty for none. */
    interests: string;
    keyDecision: boolean;
    /**
     * 'B' when the decision was taken in private, as a committee's Part B item is: its notice withholds what was
     * decided and why, naming only the Schedule 12A paragraph. Unset on decisions recorded before Chamber asked,
     * which were all public.
     */
    part?: AgendaPart;
    exemptParagraph?: ExemptParagraph;
    /** Why the public interest in keeping it exempt outweighs the public interest in disclosing it. */
    publicInterestReason?: string;
    /** Changes of part after it was recorded, oldest first (unset until the first), as an agenda item keeps them. */
    exemptHistory?: ExemptChange[];
  };

/**
 * A key decision planned ahead, entered on the forward plan before it is on any agenda (or taken by one
 * person, never at a meeting). Once its item is on an agenda, `agendaItemId` names it and the plan shows the
 * item in its place.
 */
export type PlannedDecision = Stored & {
  matter: string;
  decisionMaker: string;
  expectedDate: IsoDate;
  responsibleOfficer: string;
  wards: string[];
  documents: string[];
  inPrivate: boolean;
  exemptParagraph?: ExemptParagraph;
  /** Why the public interest in keeping it private outweighs the public interest in disclosing it. */
  privateReason: string;
  agendaItemId?: RecordId;
};
