import { Badge, Text } from '@fluentui/react-components';
import { decisionCallIn, type CallInStanding } from '../../../domain/calendar/decision-call-in';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import { callInPeriod } from '../../../domain/calendar/working-days';
import { formatLongDate } from '../../../domain/en-gb';
import type { ExecutiveDecision, IsoDate } from '../../../domain/model';
import { callInWords } from '../../../documents/decision-notice';

/** The call-in in a few words, as the action tracker's Call-in column and the decision screen's badge say it. */
export function callInSummary(standing: CallInStanding): string {
  switch (standing.kind) {
    case 'waiting':
      return 'Notice not yet published';
    case 'urgent':
      return `Urgent: implemented from ${formatLongDate(standing.implementableFrom)}`;
    case 'open':
      return `Open until ${formatLongDate(standing.lastDay)}`;
    case 'closed':
      return `Implemented from ${formatLongDate(standing.implementableFrom)}`;
    case 'calledIn':
      return standing.implementableFrom
        ? `Called in; implemented from ${formatLongDate(standing.implementableFrom)}`
        : `Called in on ${formatLongDate(standing.callIn.receivedOn)}`;
  }
}

const badgeColours = {
  waiting: 'informative',
  urgent: 'warning',
  open: 'brand',
  closed: 'success',
  calledIn: 'danger',
} as const;

/**
 * Where the decision stands with call-in, worked out by the council's working days and bank holidays: before
 * the notice, what publishing it today would set (so the clerk sees the deadline before committing to it).
 */
export function CallInStandingText({
  decision,
  rules,
  today,
}: {
  decision: ExecutiveDecision;
  rules: DeadlineRules;
  today: IsoDate;
}) {
  const standing = decisionCallIn(decision, rules, today);
  const ifToday = !decision.urgent && standing.kind === 'waiting' ? callInPeriod(today, rules) : undefined;
  return (
    <div role="status" aria-label="Call-in">
      <Badge appearance="tint" color={badgeColours[standing.kind]}>
        {callInSummary(standing)}
      </Badge>{' '}
      <Text>{callInWords(standing, decision)}</Text>
      {ifToday ? (
        <Text as="p">
          Published today, the notice would let the decision be called in until the end of{' '}
          {formatLongDate(ifToday.lastDay)} ({rules.callInWorkingDays} working days), and implemented from{' '}
          {formatLongDate(ifToday.implementableFrom)}.
        </Text>
      ) : null}
      {decision.urgent && standing.kind === 'waiting' ? (
        <Text as="p">
          Urgent: it can be implemented from the day its notice is published, without a call-in period.
        </Text>
      ) : null}
    </div>
  );
}
