import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import {
  interestProblems,
  interestsOf,
  registerInterest,
  removeInterest,
} from '../../../db/repositories/interests';
import { shownChoice, shownDate } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import { interestCategories, type InterestCategory } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { DraftNote } from '../../common/draft-note';
import { useStoredDraft } from '../../common/use-stored-draft';
import { useAction } from '../../common/use-action';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

type InterestDraft = { category: InterestCategory; description: string; from: string; to: string };
const noInterestYet: InterestDraft = { category: 'employment', description: '', from: '', to: '' };

/** A person's register of interests (SI 2012/1464 categories and the model code's other kinds). */
export function InterestsPanel({ personId }: { personId: string }) {
  const styles = useStyles();
  const interests = useLiveQuery(() => interestsOf(personId), [personId]);
  // The interest being registered, kept as a draft while typed (it survives leaving the screen or a restart).
  const [draft, setDraft, forget, , restored] = useStoredDraft(`interest/${personId}`, noInterestYet);
  const { category, description, from, to } = draft;
  const [problems, setProblems] = useState<ReturnType<typeof interestProblems>>({});
  const [register, registering] = useAction(registerInterest);
  const [remove, removing] = useAction(removeInterest);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { category, description, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const found = interestProblems(fields);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // The category stays for the next one.
    if (await register(personId, fields)) forget({ ...noInterestYet, category });
  };
  return (
    <section aria-label="Register of interests">
      <h2>Register of interests</h2>
      <ErrorMessage error={registering.error ?? removing.error} title="The register was not changed" />
      {interests && interests.length > 0 ? (
        <Table aria-label="Registered interests">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Category</TableHeaderCell>
              <TableHeaderCell>Interest</TableHeaderCell>
              <TableHeaderCell>From</TableHeaderCell>
              <TableHeaderCell>To</TableHeaderCell>
              <TableHeaderCell>Remove</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {interests.map((interest) => (
              <TableRow key={interest.id}>
                <TableCell>
                  <StoredValue value={shownChoice(interestCategories, interest.category)} field="Category" />
                </TableCell>
                <TableCell>{interest.description}</TableCell>
                <TableCell>
                  {interest.from ? <StoredValue value={shownDate(interest.from)} field="From" /> : ''}
                </TableCell>
                <TableCell>
                  {interest.to ? <StoredValue value={shownDate(interest.to)} field="To" /> : 'current'}
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void remove(interest.id)}>
                    Remove {interest.description}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <p>No interests registered.</p>
      )}
      <form
        className={styles.form}
        aria-label="Register an interest"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <DraftNote
          restored={restored}
          onDiscard={() => forget()}
          what="The interest you were registering is back."
        />
        <Field label="Category">
          <Select
            value={category}
            onChange={(_, data) => setDraft({ ...draft, category: data.value as InterestCategory })}
          >
            {labelOptions(interestCategories)}
          </Select>
        </Field>
        <Field label="Interest" required validationMessage={problems.description}>
          <Input
            value={description}
            onChange={(_, data) => setDraft({ ...draft, description: data.value })}
          />
        </Field>
        <Field label="Registered from">
          <Input type="date" value={from} onChange={(_, data) => setDraft({ ...draft, from: data.value })} />
        </Field>
        <Field label="Registered until" validationMessage={problems.to}>
          <Input type="date" value={to} onChange={(_, data) => setDraft({ ...draft, to: data.value })} />
        </Field>
        <Button type="submit" disabled={registering.busy}>
          Register interest
        </Button>
      </form>
    </section>
  );
}
