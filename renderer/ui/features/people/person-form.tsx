import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { personProblems } from '../../../db/repositories/people';
import type { Person, PersonStatus } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useStoredDraft } from '../../common/use-stored-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export type PersonDraft = Omit<Person, 'id'>;
export const blankPerson: PersonDraft = {
  title: '',
  name: '',
  group: '',
  position: '',
  email: '',
  phone: '',
  status: 'active',
};

/**
 * A person's details: used to add someone and to edit them. What is typed is kept as a draft under `draftKey`
 * until it is saved, so it survives leaving the screen, a reload or a restart (see useStoredDraft).
 */
export function PersonForm({
  initial,
  draftKey,
  label,
  submitLabel,
  error,
  busy,
  onSubmit,
  added = 0,
}: {
  initial: PersonDraft;
  draftKey: string;
  label: string;
  submitLabel: string;
  error: string | undefined;
  busy: boolean;
  /** Saves the details; true when they were saved (the draft is then forgotten). */
  onSubmit: (draft: PersonDraft) => Promise<boolean>;
  /** Counts people added from outside the form (after a duplicate warning): each empties the form. */
  added?: number;
}) {
  const styles = useStyles();
  const [draft, setDraft, forget, , restored] = useStoredDraft(draftKey, initial);
  const [problems, setProblems] = useState<ReturnType<typeof personProblems>>({});
  const change = (changes: Partial<PersonDraft>) => setDraft({ ...draft, ...changes });
  const emptiedFor = useRef(added);
  useEffect(() => {
    if (added === emptiedFor.current) return;
    emptiedFor.current = added;
    forget(blankPerson);
  }, [added, forget]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = personProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // Saved: the form shows what was saved (a person's details) or empties (a person added).
    if (await onSubmit(draft)) forget(initial === blankPerson ? blankPerson : draft);
  };
  const text = (field: 'title' | 'name' | 'group' | 'position' | 'email' | 'phone', fieldLabel: string) => (
    <Field
      label={fieldLabel}
      required={field === 'name'}
      validationMessage={problems[field as 'name' | 'email']}
    >
      <Input
        value={draft[field]}
        type={field === 'email' ? 'email' : 'text'}
        onChange={(_, data) => change({ [field]: data.value })}
      />
    </Field>
  );
  return (
    <form className={styles.form} aria-label={label} onSubmit={(event) => void submit(event)} noValidate>
      <ErrorMessage error={error} title="The person was not saved" />
      <DraftNote
        restored={restored}
        onDiscard={() => forget(initial)}
        what="The details you typed before and did not save are back."
      />
      {text('title', 'Title')}
      {text('name', 'Name')}
      {text('group', 'Group, party or organisation')}
      {text('position', 'Role or position')}
      {text('email', 'Email')}
      {text('phone', 'Phone')}
      <Field label="Status">
        <Select value={draft.status} onChange={(_, data) => change({ status: data.value as PersonStatus })}>
          <option value="active">Active</option>
          <option value="former">Former</option>
        </Select>
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
