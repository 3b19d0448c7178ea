import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  addCheckedAgendaItem,
  agendaItemProblems,
  type AgendaItemDetails,
} from '../../../db/repositories/agenda';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { PartFields } from './exempt-fields';
import { UrgentFields } from './urgent-fields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
});

const blank: AgendaItemDetails = {
  title: '',
  description: '',
  part: 'A',
  publicInterestReason: '',
  urgent: false,
  specialCircumstances: '',
  keyDecision: false,
};

/**
 * Add an item to the agenda. When the notice period has passed (or the agenda is out), the item must be marked
 * urgent with its special circumstances before it can be added.
 */
export function AddItemForm({
  meetingId,
  today,
  late,
  lateReason,
}: {
  meetingId: string;
  today: string;
  late: boolean;
  lateReason: string;
}) {
  const styles = useStyles();
  // An item typed but not yet added is kept as a draft on this laptop, so leaving the screen loses nothing.
  const [draft, setDraft, forget, , restored] = useStoredDraft<AgendaItemDetails>(
    `new-item/${meetingId}`,
    blank,
  );
  const [problems, setProblems] = useState<ReturnType<typeof agendaItemProblems>>({});
  const [add, { busy, error }] = useAction(addCheckedAgendaItem);
  const change = (changes: AgendaItemDetails) => setDraft({ ...draft, ...changes });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = agendaItemProblems({ ...draft, title: draft.title ?? '' });
    if (late && !draft.urgent) {
      found.urgent = `${lateReason} Tick “Urgent business” and state the special circumstances.`;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const details = { ...draft, description: draft.description?.trim(), addedOn: today };
    if (await add(meetingId, details)) forget();
  };

  return (
    <form
      className={styles.form}
      aria-label="Add agenda item"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2>Add an item</h2>
      <ErrorMessage error={error} title="The item was not added" />
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="The item you started before is back as you left it, not yet added."
      />
      <Field label="Item title" required validationMessage={problems.title}>
        <Input value={draft.title} onChange={(_, data) => change({ title: data.value })} />
      </Field>
      <Field label="Description">
        <Textarea value={draft.description} onChange={(_, data) => change({ description: data.value })} />
      </Field>
      <Checkbox
        label="Key decision"
        checked={draft.keyDecision}
        onChange={(_, data) => change({ keyDecision: Boolean(data.checked) })}
      />
      <PartFields
        part={draft.part ?? 'A'}
        paragraph={draft.exemptParagraph}
        reason={draft.publicInterestReason ?? ''}
        problems={problems}
        onChange={change}
      />
      {late ? (
        <UrgentFields
          urgent={draft.urgent ?? false}
          circumstances={draft.specialCircumstances ?? ''}
          required
          problem={problems.specialCircumstances}
          urgentProblem={problems.urgent}
          onChange={change}
        />
      ) : null}
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          Add item
        </Button>
      </div>
    </form>
  );
}
