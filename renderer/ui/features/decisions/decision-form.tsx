import { Checkbox, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { saveExecutiveDecision } from '../../../db/repositories/executive-decisions';
import {
  blankExecutiveDecision,
  executiveDecisionProblems,
  type ExecutiveDecisionDetails,
} from '../../../domain/executive-decision';
import type { AgendaItem } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { SaveRow } from '../../common/save-row';
import { UrgencyFields } from './urgency-fields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
});

type Draft = { details: ExecutiveDecisionDetails; keyDecision: boolean };

async function save(itemId: string, draft: Draft): Promise<true> {
  await saveExecutiveDecision(itemId, draft.details, draft.keyDecision);
  return true;
}

/**
 * What the decision maker decided and why, as the decision notice prints it. Kept as a draft while typed, so
 * leaving the screen or a restart loses nothing; stored with Save once it says why the decision was taken.
 */
export function DecisionForm({ item }: { item: AgendaItem }) {
  const styles = useStyles();
  const stored = item.executiveDecision;
  const asStored = useMemo<Draft>(
    () => ({
      details: stored
        ? {
            reasons: stored.reasons,
            alternatives: stored.alternatives,
            dispensations: stored.dispensations,
            urgent: stored.urgent,
            urgencyReason: stored.urgencyReason,
          }
        : blankExecutiveDecision,
      keyDecision: item.keyDecision,
    }),
    [stored, item.keyDecision],
  );
  const [draft, keep, forget, , restored] = useStoredDraft(`executive-decision/${item.id}`, asStored);
  const [problems, setProblems] = useState<ReturnType<typeof executiveDecisionProblems>>({});
  const [saved, setSaved] = useState(false);
  const [run, { busy, error }] = useAction(save);
  const change = (changes: Partial<ExecutiveDecisionDetails>) => {
    setSaved(false);
    keep({ ...draft, details: { ...draft.details, ...changes } });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = executiveDecisionProblems(draft.details);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (!(await run(item.id, draft))) return;
    forget(draft);
    setSaved(true);
  };
  const text = (label: string, key: 'reasons' | 'alternatives' | 'dispensations', hint: string) => (
    <Field label={label} hint={hint} required={key === 'reasons'} validationMessage={problems[key]}>
      <Textarea
        resize="vertical"
        value={draft.details[key]}
        onChange={(_, data) => change({ [key]: data.value })}
      />
    </Field>
  );
  return (
    <form
      className={styles.form}
      aria-label="The decision"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="This decision has changes that were never saved (kept from before). Save them, or discard them."
      />
      <ErrorMessage error={error} title="The decision was not saved" />
      <Checkbox
        label="Key decision (on the forward plan 28 clear days ahead)"
        checked={draft.keyDecision}
        onChange={(_, data) => {
          setSaved(false);
          keep({ ...draft, keyDecision: Boolean(data.checked) });
        }}
      />
      {text('Reasons for the decision', 'reasons', 'As the decision notice will print them.')}
      {text(
        'Alternative options considered and rejected',
        'alternatives',
        'Each option, and why it was rejected. Leave empty for none.',
      )}
      {text(
        'Dispensations granted',
        'dispensations',
        'Any dispensation a member held to take part despite an interest. Leave empty for none.',
      )}
      <UrgencyFields
        urgent={draft.details.urgent}
        urgencyReason={draft.details.urgencyReason}
        problem={problems.urgencyReason}
        onChange={change}
      />
      <SaveRow busy={busy} saved={saved && !error}>
        Save the decision
      </SaveRow>
    </form>
  );
}
