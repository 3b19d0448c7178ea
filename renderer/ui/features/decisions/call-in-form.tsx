import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type FormEvent } from 'react';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import type { CallIn } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import type { CallInSteps } from './call-in-steps';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

async function record(steps: CallInSteps, name: string, callIn: CallIn, rules: DeadlineRules) {
  await steps.record(callIn, rules);
  offerUndo({
    scope: steps.scope,
    what: `The call-in of ${name} by ${callIn.by.trim()} is recorded.`,
    undo: () => steps.withdraw(),
  });
  return true;
}

/**
 * A call-in received within the period: who called it in, when, and why. Recording it stops the decision being
 * implemented until scrutiny concludes; it can be undone for the rest of the session.
 */
export function CallInForm({
  steps,
  name,
  rules,
  today,
}: {
  steps: CallInSteps;
  name: string;
  rules: DeadlineRules;
  today: string;
}) {
  const styles = useStyles();
  const blank = useMemo<CallIn>(() => ({ receivedOn: today, by: '', reason: '' }), [today]);
  const [draft, keep, forget, , restored] = useStoredDraft(`call-in/${steps.id}`, blank);
  const [run, { busy, error }] = useAction(record);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(steps, name, draft, rules)) forget();
  };
  return (
    <form className={styles.form} aria-label="Record a call-in" onSubmit={(event) => void submit(event)}>
      <DraftNote restored={restored} onDiscard={() => forget()} what="A call-in typed before is back." />
      <ErrorMessage error={error} title="The call-in was not recorded" />
      <div className={styles.row}>
        <Field label="Called in by" required hint="The members who called it in, as the notice names them.">
          <Input value={draft.by} onChange={(_, data) => keep({ ...draft, by: data.value })} />
        </Field>
        <Field label="Received on" required>
          <Input
            type="date"
            value={draft.receivedOn}
            onChange={(_, data) => keep({ ...draft, receivedOn: data.value })}
          />
        </Field>
      </div>
      <Field label="Reasons for the call-in">
        <Textarea value={draft.reason} onChange={(_, data) => keep({ ...draft, reason: data.value })} />
      </Field>
      <div>
        <Button type="submit" disabled={busy}>
          Record the call-in
        </Button>
      </div>
    </form>
  );
}
