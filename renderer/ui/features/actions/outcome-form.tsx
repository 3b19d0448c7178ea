import { Button, Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { recordActionOutcome } from '../../../db/repositories/action-tracking';
import { actionStatuses, type Action, type ActionStatus } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

/** Resolves true once stored, so the form can say so (useAction gives undefined on failure). */
async function recordOutcome(...args: Parameters<typeof recordActionOutcome>): Promise<true> {
  await recordActionOutcome(...args);
  return true;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  text: { flexGrow: 1, minWidth: '18rem' },
});

/** Record what was reported on an action, and where it now stands, dated to the meeting (or today). */
export function OutcomeForm({ action, on, label }: { action: Action; on: string; label: string }) {
  const styles = useStyles();
  const [text, setText] = useState(action.outcome);
  const [status, setStatus] = useState<ActionStatus>(action.status === 'open' ? 'done' : action.status);
  const [record, { busy, error }] = useAction(recordOutcome);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const done = await record(action.id, { text, status, on });
    if (done) setSaved(true);
  };
  return (
    <form
      className={styles.form}
      aria-label={`${label}: ${action.text}`}
      onSubmit={(event) => void submit(event)}
    >
      <Field label="Outcome" className={styles.text}>
        <Textarea value={text} rows={2} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Field label="Status">
        <Select value={status} onChange={(_, data) => setStatus(data.value as ActionStatus)}>
          {Object.entries(actionStatuses).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={busy}>
        Record outcome
      </Button>
      {saved ? <span role="status">Outcome recorded.</span> : null}
      <ErrorMessage error={error} />
    </form>
  );
}
