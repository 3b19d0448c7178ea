import { Button, Field, Input, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useMemo, type FormEvent } from 'react';
import { Link } from 'react-router';
import { addActionUpdate } from '../../../db/repositories/action-tracking';
import { shownDate } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import type { Action, Committee, Meeting } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { OutcomeForm } from './outcome-form';
import { today } from './today';

async function addUpdate(...args: Parameters<typeof addActionUpdate>): Promise<true> {
  await addActionUpdate(...args);
  return true;
}

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** One action in full: where it came from, its dated updates, a new update, and its outcome. */
export function ActionDetails({
  action,
  committee,
  meeting,
}: {
  action: Action;
  committee: Committee | undefined;
  meeting: Meeting | undefined;
}) {
  const styles = useStyles();
  // An update typed but not yet added is kept as a draft, so leaving the screen or closing loses nothing.
  const blank = useMemo(() => ({ note: '', on: today() }), []);
  const [draft, keep, forget, , restored] = useStoredDraft(`action-update/${action.id}`, blank);
  const { note, on } = draft;
  const [add, { busy, error }] = useAction(addUpdate);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add(action.id, on, note)) forget({ note: '', on });
  };
  return (
    <section className={styles.panel} aria-label="Action details">
      <h2 style={{ margin: 0 }}>{action.text}</h2>
      <Text>
        {committee?.name}
        {meeting ? (
          <>
            {' · agreed at the meeting of '}
            <Link to={`/meetings/${meeting.id}`}>
              <StoredValue value={shownDate(meeting.date)} field="Date" />
            </Link>
          </>
        ) : null}
        {action.ownerText ? ` · owner: ${action.ownerText}` : ''}
        {action.due ? (
          <>
            {' · due '}
            <StoredValue value={shownDate(action.due)} field="Due date" />
          </>
        ) : null}
      </Text>
      <h3 style={{ margin: 0 }}>Updates</h3>
      {action.updates.length === 0 ? (
        <Text>No updates yet.</Text>
      ) : (
        <ul aria-label="Updates">
          {action.updates.map((update, index) => (
            <li key={index}>
              <StoredValue value={shownDate(update.on, 'numeric')} field="Date" />: {update.text}
            </li>
          ))}
        </ul>
      )}
      <form className={styles.form} aria-label="New update" onSubmit={(event) => void submit(event)}>
        <DraftNote
          restored={restored}
          onDiscard={() => forget()}
          what="An update typed before and never added is back."
        />
        <Field label="Date of update">
          <Input type="date" value={on} onChange={(_, data) => keep({ ...draft, on: data.value })} />
        </Field>
        <Field label="Update" style={{ flexGrow: 1 }}>
          <Input value={note} onChange={(_, data) => keep({ ...draft, note: data.value })} />
        </Field>
        <Button type="submit" disabled={busy}>
          Add update
        </Button>
      </form>
      <ErrorMessage error={error} />
      <OutcomeForm key={action.id} action={action} on={on} label="Outcome" />
    </section>
  );
}
