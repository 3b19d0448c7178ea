import type { CallInStanding } from '../../domain/calendar/decision-call-in';
import { formatLongDate } from '../../domain/en-gb';
import type { ExecutiveDecision, IsoDate } from '../../domain/model';
import { resolutionLabel } from '../common/resolution';
import type { PublicMinute } from '../publishing/public-meeting';

/** Everything a decision notice says, in the order it says it (SI 2012/2089 reg 13, and the call-in rules). */
export type DecisionNotice = {
  council: string;
  decisionMaker: string;
  decidedOn: IsoDate;
  itemNumber: string;
  title: string;
  keyDecision: boolean;
  decision: string[];
  reasons: string;
  alternatives: string;
  interests: string[];
  dispensations: string;
  callIn: string;
  publishedOn?: IsoDate;
  /**
   * A decision taken in private: the lines the notice prints in place of the decision, reasons, alternatives,
   * interests and dispensations (which it then does not hold at all), naming the Schedule 12A paragraph.
   */
  withheld?: string[];
};

/**
 * A decision notice from the public item's minute (the resolutions as the minutes print them, the declarations of
 * interest made on it) and the decision the clerk recorded; `standing` is its call-in (domain/calendar).
 *
 * @example decisionNoticeOf({ council, decisionMaker: 'Cabinet', ... }, minute, decision, standing)
 */
export function decisionNoticeOf(
  heading: Pick<
    DecisionNotice,
    'council' | 'decisionMaker' | 'decidedOn' | 'itemNumber' | 'title' | 'keyDecision'
  >,
  minute: PublicMinute | undefined,
  decision: ExecutiveDecision,
  standing: CallInStanding,
): DecisionNotice {
  const resolutions = (minute?.resolutions ?? []).flatMap((resolution) => [
    `${resolutionLabel(resolution)}: ${resolution.text.trim() || 'That'}`,
    ...resolution.clauses.map((clause, index) => `(${index + 1}) ${clause.text}`),
  ]);
  return {
    ...heading,
    decision: resolutions,
    reasons: decision.reasons.trim(),
    alternatives: decision.alternatives.trim(),
    interests: minute?.declarations ?? [],
    dispensations: decision.dispensations.trim(),
    callIn: callInWords(standing, decision),
    ...(decision.noticePublishedOn ? { publishedOn: decision.noticePublishedOn } : {}),
  };
}

/** The call-in paragraph: the period, or why there is none, and when the decision can be implemented. */
export function callInWords(standing: CallInStanding, decision: ExecutiveDecision): string {
  switch (standing.kind) {
    case 'waiting':
      return 'The call-in period starts when this notice is published.';
    case 'urgent':
      return `This decision is urgent and is not subject to call-in${decision.urgencyReason.trim() ? `: ${decision.urgencyReason.trim()}` : ''}. It can be implemented from ${formatLongDate(standing.implementableFrom)}.`;
    case 'open':
    case 'closed':
      return `This decision may be called in until the end of ${formatLongDate(standing.lastDay)}. If it is not called in, it can be implemented from ${formatLongDate(standing.implementableFrom)}.`;
    case 'calledIn':
      return `This decision was called in on ${formatLongDate(standing.callIn.receivedOn)} by ${standing.callIn.by.trim()}${standing.callIn.reason.trim() ? ` (${standing.callIn.reason.trim().replace(/\.$/, '')})` : ''}. ${standing.implementableFrom ? `Scrutiny concluded the call-in on ${formatLongDate(standing.callIn.concludedOn ?? standing.implementableFrom)}; the decision can be implemented from ${formatLongDate(standing.implementableFrom)}.` : 'It will not be implemented until scrutiny has considered it.'}`;
  }
}

/** The notice's sections as heading and lines, shared by the web page and the Word document. */
export function noticeSections(notice: DecisionNotice): [string, string[]][] {
  if (notice.withheld)
    return [
      ['Decision', notice.withheld],
      ['Call-in', [notice.callIn]],
    ];
  return [
    ['Decision', notice.decision.length ? notice.decision : ['As set out in the minutes.']],
    ['Reasons for the decision', [notice.reasons || 'As set out in the report.']],
    ['Alternative options considered and rejected', [notice.alternatives || 'None.']],
    ['Interests declared', notice.interests.length ? notice.interests : ['None.']],
    ['Dispensations granted', [notice.dispensations || 'None.']],
    ['Call-in', [notice.callIn]],
  ];
}
