import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { personProblems } from '../../../db/repositories/people';
import type { Person, PersonStatus } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';

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

/** A person's details: used to add someone and to edit them. */
export function PersonForm({
  initial,
  label,
  submitLabel,
  error,
  busy,
  onSubmit,
}: {
  initial: PersonDraft;
  label: string;
  submitLabel: string;
  error: string | undefined;
  busy: boolean;
  onSubmit: (draft: PersonDraft) => Promise<boolean>;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<ReturnType<typeof personProblems>>({});
  const change = (changes: Partial<PersonDraft>) => setDraft((before) => ({ ...before, ...changes }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = personProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if ((await onSubmit(draft)) && initial === blankPerson) setDraft(blankPerson);
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
