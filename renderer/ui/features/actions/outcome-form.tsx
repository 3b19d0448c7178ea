import { Button, Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { recordActionOutcome } from '../../../db/repositories/action-tracking';
import { actionStatuses, type Action, type ActionStatus } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { labelOptions } from '../../common/label-options';

/** Resolves true once stored, so the form can say so (useAction gives undefined on failure). */
async function recordOutcome(...args: Parameters<typeof recordActionOutcome>): Promise<true> {
  await recordActionOutcome(...args);
  return true;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  text: { flexGrow: 1, minWidth: '18rem' },
});

type Draft = { text: string; status: ActionStatus };

/**
 * Record what was reported on an action, and where it now stands, dated to the meeting (or today). An outcome
 * typed but not recorded is kept as a draft, so leaving the screen or closing Chamber loses nothing.
 */
export function OutcomeForm({ action, on, label }: { action: Action; on: string; label: string }) {
  const styles = useStyles();
  const stored = useMemo<Draft>(
    () => ({ text: action.outcome, status: action.status === 'open' ? 'done' : action.status }),
    [action.outcome, action.status],
  );
  const [draft, keep, forget, , restored] = useStoredDraft(`action-outcome/${action.id}`, stored);
  const { text, status } = draft;
  const [record, { busy, error }] = useAction(recordOutcome);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const done = await record(action.id, { text, status, on });
    if (!done) return;
    forget(draft);
    setSaved(true);
  };
  return (
    <form
      className={styles.form}
      aria-label={`${label}: ${action.text}`}
      onSubmit={(event) => void submit(event)}
    >
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="An outcome typed before and never recorded is back. Record it, or discard it."
      />
      <Field label="Outcome" className={styles.text}>
        <Textarea value={text} rows={2} onChange={(_, data) => keep({ ...draft, text: data.value })} />
      </Field>
      <Field label="Status">
        <Select value={status} onChange={(_, data) => keep({ ...draft, status: data.value as ActionStatus })}>
          {labelOptions(actionStatuses)}
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
