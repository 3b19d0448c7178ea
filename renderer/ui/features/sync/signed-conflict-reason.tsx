import { Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain/en-gb';

/** Signed minutes a conflict is about, as the card shows them. */
export type SignedMinutesShown = { meetingDate: string; minuteNumber: string | undefined };

/**
 * On a conflict about approved and signed minutes: says that keeping this laptop's version leaves them as
 * signed, and asks for the reason any other choice needs, as every change to signed minutes does (the
 * reason prints in the minutes' history; without one the change is refused).
 */
export function SignedConflictReason({
  signed,
  reason,
  onReason,
}: {
  signed: SignedMinutesShown;
  reason: string;
  onReason: (reason: string) => void;
}) {
  const minute = signed.minuteNumber ? `minute ${signed.minuteNumber}` : 'the minutes';
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          These are the approved and signed minutes of the meeting on {formatLongDate(signed.meetingDate)}.
          Keeping the signed version changes nothing; taking the other version or a combined text corrects{' '}
          {minute}, and needs a reason, which prints in the minutes’ history.
        </MessageBarBody>
      </MessageBar>
      <Field label={`Reason for correcting ${minute}`}>
        <Input value={reason} onChange={(_, data) => onReason(data.value)} />
      </Field>
    </>
  );
}
