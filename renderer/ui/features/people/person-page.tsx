import { Button } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { db } from '../../../db/database';
import { savePerson } from '../../../db/repositories/people';
import { printedName } from '../../../domain/person-name';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { DeletePerson } from './delete-person';
import { InterestsPanel } from './interests-panel';
import { PersonForm, type PersonDraft } from './person-form';

/** One person: their details and their register of interests. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const navigate = useNavigate();
  // null (not undefined, which means still loading) when nobody has that id.
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [personId]);
  const [save, { busy, error }] = useAction(async (draft: PersonDraft) => {
    await savePerson(personId, draft);
    return true;
  });
  if (person === undefined) return <Loading what="the person" />;
  if (person === null) return <p>That person is no longer on record.</p>;
  const { id: _id, ...initial } = person;
  return (
    <Page
      title={printedName(person)}
      actions={<Button onClick={() => void navigate('/people')}>Back to people</Button>}
    >
      <PersonForm
        key={person.id}
        draftKey={`person/${person.id}`}
        initial={initial}
        label="Details"
        submitLabel="Save details"
        error={error}
        busy={busy}
        onSubmit={async (draft) => Boolean(await save(draft))}
      />
      <InterestsPanel personId={person.id} />
      <DeletePerson person={person} />
    </Page>
  );
}
