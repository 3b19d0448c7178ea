import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { mergePeople, personReferences, referencesInWords } from '../../../db/repositories/person-merge';
import type { Person } from '../../../domain/model';
import { printedName } from '../../../domain/person-name';
import { ErrorMessage } from '../../common/error-message';
import { PersonPicker } from '../../common/person-picker';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/**
 * Merge two records of one person (an imported "John Smith" and a typed "J. Smith"): the clerk picks the record
 * to keep and the one to remove, sees what will move, and confirms once.
 */
export function MergePeople({
  people,
  onMerged,
}: {
  people: readonly Person[];
  /** Hears what was done: the screen says it (this section goes once one record is left). */
  onMerged: (words: string) => void;
}) {
  const styles = useStyles();
  const [keptId, setKeptId] = useState('');
  const [removedId, setRemovedId] = useState('');
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [merge, merging] = useAction(mergePeople);
  const kept = people.find((person) => person.id === keptId);
  const removed = people.find((person) => person.id === removedId);
  const moves = useLiveQuery(
    async () => (removedId ? referencesInWords(await personReferences(removedId)) : ''),
    [removedId],
  );
  const ask = () => {
    if (!kept || !removed) setProblem('Choose both records: the one to keep and the one to merge into it.');
    else if (kept.id === removed.id) setProblem('Choose two different records.');
    else {
      setProblem(undefined);
      setAsking(true);
    }
  };
  const confirm = async () => {
    if (!kept || !removed) return;
    setAsking(false);
    const words = `${printedName(removed)} was merged into ${printedName(kept)}.`;
    if (await merge(kept.id, removed.id)) {
      onMerged(words);
      setKeptId('');
      setRemovedId('');
    }
  };
  return (
    <section aria-label="Merge two records of one person">
      <h2>Merge two records of one person</h2>
      <ErrorMessage error={merging.error} title="Nothing was merged" />
      <div className={styles.form}>
        <PersonPicker label="Record to keep" people={people} personId={keptId} onChange={setKeptId} />
        <PersonPicker
          label="Record to merge into it and remove"
          people={people.filter((person) => person.id !== keptId)}
          personId={removedId}
          onChange={setRemovedId}
          validationMessage={problem}
        />
        <Button onClick={ask} disabled={merging.busy}>
          Merge…
        </Button>
      </div>
      <Dialog open={asking} modalType="alert" onOpenChange={(_, data) => !data.open && setAsking(false)}>
        <DialogSurface aria-describedby="merge-people-what">
          <DialogBody>
            <DialogTitle>
              Merge {removed ? printedName(removed) : ''} into {kept ? printedName(kept) : ''}?
            </DialogTitle>
            <DialogContent id="merge-people-what">
              <p>
                {moves
                  ? `${moves} will move to ${kept ? printedName(kept) : ''}.`
                  : 'No record names them: nothing else moves.'}{' '}
                Details the kept record lacks (email, phone, group) are taken from the other.
              </p>
              <p>
                The record of {removed ? printedName(removed) : ''} is then removed, here and, at their next
                sync, on the other laptops. This cannot be undone.
              </p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void confirm()}>
                Merge and remove {removed ? printedName(removed) : ''}
              </Button>
              <Button onClick={() => setAsking(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
