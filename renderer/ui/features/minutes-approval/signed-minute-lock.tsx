import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { correctSignedMinute } from '../../../db/repositories/minutes-approval';
import type { SignedCorrection } from '../../../db/repositories/signed-minutes';
import { toIsoDate } from '../../../domain/en-gb';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  reason: { flexGrow: 1, minWidth: '16rem' },
});

/**
 * Signed minutes refuse edits until the clerk says why: `editable` is false for a signed minute until a reason
 * has been kept (db/repositories/minutes-approval.ts correctSignedMinute), for as long as it stays on screen.
 * `notice` says so and asks for the reason; `correction` is that reason, for every write made meanwhile (the
 * repositories refuse signed minutes without it: give it to SignedCorrectionContext).
 */
export function useSignedMinuteLock(
  minuteId: string,
  minuteNumber: string,
  signed: boolean,
): { editable: boolean; notice: ReactNode; correction: SignedCorrection | undefined } {
  const [opened, setOpened] = useState<{ minuteId: string; correction: SignedCorrection }>();
  const correction = opened?.minuteId === minuteId ? opened.correction : undefined;
  if (!signed) return { editable: true, notice: null, correction: undefined };
  return {
    editable: correction !== undefined,
    correction,
    notice: (
      <SignedNotice
        minuteId={minuteId}
        minuteNumber={minuteNumber}
        opened={correction !== undefined}
        onOpened={(reason) => setOpened({ minuteId, correction: { reason } })}
      />
    ),
  };
}

function SignedNotice({
  minuteId,
  minuteNumber,
  opened,
  onOpened,
}: {
  minuteId: string;
  minuteNumber: string;
  opened: boolean;
  onOpened: (reason: string) => void;
}) {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [correct, correcting] = useAction(correctSignedMinute);
  if (opened)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          Minute {minuteNumber} is signed: you are correcting it. The reason prints in the minutes’ history.
        </MessageBarBody>
      </MessageBar>
    );
  const submit = async () => {
    if (await correct(minuteId, reason, toIsoDate(new Date()))) onOpened(reason.trim());
  };
  return (
    <form
      aria-label={`Correct signed minute ${minuteNumber}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          These minutes were approved and signed: minute {minuteNumber} cannot be changed without a reason,
          which prints in the minutes’ history.
        </MessageBarBody>
      </MessageBar>
      <ErrorMessage error={correcting.error} title="The minute stays as signed" />
      <div className={styles.row}>
        <Field label={`Reason for correcting minute ${minuteNumber}`} className={styles.reason}>
          <Input value={reason} onChange={(_, data) => setReason(data.value)} />
        </Field>
        <Button type="submit" disabled={correcting.busy}>
          Correct minute {minuteNumber}
        </Button>
      </div>
    </form>
  );
}
