import {
  Badge,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../../db/database';
import { addAgendaItem } from '../../../db/repositories/agenda';
import { numberAgenda } from '../../../domain/agenda-numbering';
import type { AgendaPart } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: 0,
    listStyleType: 'none',
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'baseline' },
  number: { minWidth: '2.5rem', fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
});

export function AgendaTab({ meetingId }: { meetingId: string }) {
  const styles = useStyles();
  const items = useLiveQuery(
    () => db.agendaItems.where('meetingId').equals(meetingId).toArray(),
    [meetingId],
  );
  if (items === undefined) return <Loading what="the agenda" />;
  return (
    <>
      <ol className={styles.list} aria-label="Agenda">
        {numberAgenda(items).map(({ item, number }) => (
          <li key={item.id} className={styles.item}>
            <span className={styles.number}>{number}.</span>
            <span>
              <strong>{item.title}</strong>
              {item.part === 'B' ? (
                <Badge appearance="tint" color="danger">
                  Part B
                </Badge>
              ) : null}
              {item.description ? <div>{item.description}</div> : null}
            </span>
          </li>
        ))}
      </ol>
      <AddAgendaItemForm meetingId={meetingId} />
    </>
  );
}

function AddAgendaItemForm({ meetingId }: { meetingId: string }) {
  const styles = useStyles();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [part, setPart] = useState<AgendaPart>('A');
  const [titleError, setTitleError] = useState<string>();
  const [add, { busy, error }] = useAction(addAgendaItem);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError('Type the item’s title as it will appear on the agenda.');
      return;
    }
    setTitleError(undefined);
    if (await add(meetingId, { title, description: description.trim(), part })) {
      setTitle('');
      setDescription('');
      setPart('A');
    }
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
      <Field label="Item title" required validationMessage={titleError}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Field label="Description">
        <Textarea value={description} onChange={(_, data) => setDescription(data.value)} />
      </Field>
      <Field label="Part">
        <RadioGroup
          value={part}
          layout="horizontal"
          onChange={(_, data) => setPart(data.value as AgendaPart)}
        >
          <Radio value="A" label="Part A (public)" />
          <Radio value="B" label="Part B (exempt)" />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          Add item
        </Button>
      </div>
    </form>
  );
}
