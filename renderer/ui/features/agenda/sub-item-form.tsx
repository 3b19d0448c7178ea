import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { addCheckedAgendaItem } from '../../../db/repositories/agenda';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** Add a sub-item (5.1, 5.2) under an item; it takes its parent's part. */
export function SubItemForm({
  meetingId,
  parentId,
  name,
  today,
}: {
  meetingId: string;
  parentId: string;
  /** "item 5", or an unnumbered section's title (agendaItemName). */
  name: string;
  today: string;
}) {
  const styles = useStyles();
  // Kept as typed until added, so leaving the screen loses nothing.
  const [title, setTitle, forget, , restored] = useStoredDraft(`new-sub-item/${parentId}`, '');
  const [problem, setProblem] = useState<string>();
  const [add, { busy, error }] = useAction(addCheckedAgendaItem);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblem('Type the sub-item’s title.');
      return;
    }
    setProblem(undefined);
    if (await add(meetingId, { title, parentId, addedOn: today })) forget();
  };
  return (
    <form
      className={styles.form}
      aria-label={`Add a sub-item to ${name}`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error} title="The sub-item was not added" />
      <DraftNote restored={restored} onDiscard={() => forget()} />
      <Field label={`Sub-item title (${name})`} validationMessage={problem}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Button type="submit" disabled={busy}>
        Add sub-item to {name}
      </Button>
    </form>
  );
}
