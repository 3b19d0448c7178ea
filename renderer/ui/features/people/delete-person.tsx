import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deletePerson, personReferences, referencesInWords } from '../../../db/repositories/person-merge';
import type { Person } from '../../../domain/model';
import { printedName } from '../../../domain/person-name';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

/**
 * Delete a person no record names (a typing slip), after one confirmation. Someone named anywhere cannot be
 * deleted: the button says why, and points to merging or marking them Former instead.
 */
export function DeletePerson({ person }: { person: Person }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [remove, removing] = useAction(deletePerson);
  const named = useLiveQuery(async () => referencesInWords(await personReferences(person.id)), [person.id]);
  const name = printedName(person);
  if (named === undefined) return null;
  return (
    <section aria-label="Delete this person">
      <h2>Delete this person</h2>
      <ErrorMessage error={removing.error} title="The person was not deleted" />
      {named ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {name} cannot be deleted: they are named in {named}. If this is a second record of someone, merge
            it on the People screen; if they have left, mark them Former.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Button onClick={() => setAsking(true)}>Delete {name}…</Button>
      )}
      <Dialog open={asking} modalType="alert" onOpenChange={(_, data) => !data.open && setAsking(false)}>
        <DialogSurface aria-describedby="delete-person-what">
          <DialogBody>
            <DialogTitle>Delete {name}?</DialogTitle>
            <DialogContent id="delete-person-what">
              No committee, meeting, interest or action names {name}. Their record is removed here and, at
              their next sync, on the other laptops.
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  void remove(person.id).then((deleted) => deleted && navigate('/people'));
                }}
              >
                Delete {name}
              </Button>
              <Button onClick={() => setAsking(false)}>Keep them</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
