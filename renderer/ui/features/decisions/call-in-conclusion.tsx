import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';
import type { CallInSteps } from './call-in-steps';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

async function conclude(steps: CallInSteps, name: string, on: string) {
  await steps.conclude(on);
  offerUndo({
    scope: steps.scope,
    what: `Scrutiny's conclusion of the call-in of ${name} is recorded.`,
    undo: () => steps.conclude(undefined),
  });
  return true;
}

/** The day scrutiny concluded the call-in: the decision's implementation moves to the next working day. */
export function CallInConclusion({
  steps,
  concluded,
  name,
  today,
}: {
  steps: CallInSteps;
  concluded: boolean;
  name: string;
  today: string;
}) {
  const styles = useStyles();
  const [on, setOn] = useState(today);
  const [run, { busy, error }] = useAction(conclude);
  if (concluded) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(steps, name, on);
  };
  return (
    <form className={styles.form} aria-label="Scrutiny's conclusion" onSubmit={submit}>
      <ErrorMessage error={error} title="The conclusion was not recorded" />
      <Field label="Scrutiny concluded the call-in on">
        <Input type="date" value={on} onChange={(_, data) => setOn(data.value)} />
      </Field>
      <Button type="submit" disabled={busy}>
        Record scrutiny's conclusion
      </Button>
    </form>
  );
}
