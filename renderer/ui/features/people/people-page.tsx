import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { db } from '../../../db/database';
import { addPerson } from '../../../db/repositories/people';
import { likelyDuplicates, type LikelyDuplicate } from '../../../domain/person-likeness';
import { DuplicateWarning } from '../../common/duplicate-warning';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { MergePeople } from './merge-people';
import { PeopleGrid } from './people-grid';
import { PersonForm, blankPerson, type PersonDraft } from './person-form';

/** Everyone Chamber knows: members, substitutes, officers and partners. */
export function PeoplePage() {
  const navigate = useNavigate();
  const people = useLiveQuery(() => db.people.toArray(), []);
  const [add, { busy, error }] = useAction(async (draft: PersonDraft) => Boolean(await addPerson(draft)));
  // A person typed who is probably someone on record waits here until the clerk says which.
  const [held, setHeld] = useState<{ draft: PersonDraft; duplicates: LikelyDuplicate[] }>();
  const [formKey, setFormKey] = useState(0);
  const [merged, setMerged] = useState<string>();
  const addChecked = async (draft: PersonDraft) => {
    const duplicates = likelyDuplicates(draft, people ?? []);
    if (duplicates.length > 0) {
      setHeld({ draft, duplicates });
      return false;
    }
    return add(draft).then(Boolean);
  };
  return (
    <Page
      title="People"
      actions={<Button onClick={() => void navigate('/people/import')}>Import from a CSV file</Button>}
    >
      {people === undefined ? (
        <Loading what="people" />
      ) : people.length === 0 ? (
        <p>Nobody yet. Add people below, or import them from a CSV file.</p>
      ) : (
        <PeopleGrid people={people} />
      )}
      {merged ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{merged}</MessageBarBody>
        </MessageBar>
      ) : null}
      {people && people.length > 1 ? <MergePeople people={people} onMerged={setMerged} /> : null}
      <h2>Add a person</h2>
      <PersonForm
        added={formKey}
        draftKey="people/new"
        initial={blankPerson}
        label="Add a person"
        submitLabel="Add person"
        error={error}
        busy={busy}
        onSubmit={addChecked}
      />
      {held ? (
        <DuplicateWarning
          name={held.draft.name.trim()}
          duplicates={held.duplicates}
          onUse={(person) => {
            setHeld(undefined);
            void navigate(`/people/${person.id}`);
          }}
          choiceLabel={(person) => `Open ${person.name}`}
          onAddAnyway={() => {
            const { draft } = held;
            setHeld(undefined);
            void add(draft).then((added) => added && setFormKey((key) => key + 1));
          }}
          cancelLabel="Change the details"
          onCancel={() => setHeld(undefined)}
        />
      ) : null}
    </Page>
  );
}
