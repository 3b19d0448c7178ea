import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { db } from '../../../db/database';
import { addPerson } from '../../../db/repositories/people';
import { printedName } from '../../../domain/person-name';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { PersonForm, blankPerson, type PersonDraft } from './person-form';
import { ScreenLink } from '../../common/screen-link';

/** Everyone Chamber knows: members, substitutes, officers and partners. */
export function PeoplePage() {
  const navigate = useNavigate();
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), []);
  const [add, { busy, error }] = useAction(async (draft: PersonDraft) => Boolean(await addPerson(draft)));
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
        <Table aria-label="People">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Group or organisation</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Email</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {people.map((person) => (
              <TableRow key={person.id}>
                <TableCell>
                  <ScreenLink to={`/people/${person.id}`}>{printedName(person)}</ScreenLink>
                </TableCell>
                <TableCell>{person.group}</TableCell>
                <TableCell>{person.position}</TableCell>
                <TableCell>{person.email}</TableCell>
                <TableCell>{person.status === 'active' ? 'Active' : 'Former'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h2>Add a person</h2>
      <PersonForm
        initial={blankPerson}
        label="Add a person"
        submitLabel="Add person"
        error={error}
        busy={busy}
        onSubmit={async (draft) => Boolean(await add(draft))}
      />
    </Page>
  );
}
