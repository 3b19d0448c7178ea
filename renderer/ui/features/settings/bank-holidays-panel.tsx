import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import {
  bankHolidayEdits,
  editBankHoliday,
  loadDeadlineRules,
  undoBankHolidayEdit,
} from '../../../db/repositories/bank-holidays';
import { formatLongDate, toIsoDate } from '../../../domain/en-gb';
import type { BankHolidayRegion } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

const blankChange = { date: '', name: '', change: 'added' as 'added' | 'removed' };

/** The year's bank holidays as Chamber counts them, and the clerk's own additions and removals. */
export function BankHolidaysPanel({ region }: { region: BankHolidayRegion }) {
  const styles = useStyles();
  const [year, setYear] = useState(new Date().getFullYear());
  const data = useLiveQuery(
    async () => ({ rules: await loadDeadlineRules(), edits: await bankHolidayEdits(region) }),
    [region],
  );
  // A change typed but not yet saved is kept as a draft, so leaving the screen loses nothing.
  const [draft, keep, forget, , restored] = useStoredDraft('bank-holiday-change', blankChange);
  const { date, name, change } = draft;
  const [edit, editing] = useAction(editBankHoliday);
  const [undo, undoing] = useAction(undoBankHolidayEdit);
  if (!data) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await edit({ date, name, region, change })) forget();
  };
  return (
    <section aria-label="Bank holidays">
      <h2>Bank holidays</h2>
      <ErrorMessage error={editing.error ?? undoing.error} title="The bank holidays were not changed" />
      <Field label="Year shown">
        <Select value={String(year)} onChange={(_, value) => setYear(Number(value.value))}>
          {Array.from({ length: 26 }, (_, index) => 2010 + index).map((option) => (
            <option key={option}>{option}</option>
          ))}
        </Select>
      </Field>
      <ul aria-label={`Bank holidays in ${year}`}>
        {data.rules.calendar.holidaysIn(year).map((holiday) => (
          <li key={holiday.date}>
            {formatLongDate(holiday.date)}: {holiday.name}
          </li>
        ))}
      </ul>
      <h3>Changes made here</h3>
      {data.edits.length === 0 ? (
        <p>None: the built-in calendar applies.</p>
      ) : (
        <ul aria-label="Bank holiday changes">
          {data.edits.map((entry) => (
            <li key={entry.id}>
              {entry.change === 'added' ? 'Added' : 'Removed'} {formatLongDate(entry.date)} {entry.name}{' '}
              <Button size="small" onClick={() => void undo(entry.id)}>
                Undo change on {formatLongDate(entry.date)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.form}
        aria-label="Change a bank holiday"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <DraftNote restored={restored} onDiscard={() => forget()} />
        <Field label="Change">
          <Select
            value={change}
            onChange={(_, value) => keep({ ...draft, change: value.value as 'added' | 'removed' })}
          >
            <option value="added">Add a one-off holiday</option>
            <option value="removed">Remove a holiday</option>
          </Select>
        </Field>
        <Field label="Holiday on">
          <Input
            type="date"
            value={date}
            max={toIsoDate(new Date(2099, 0, 1))}
            onChange={(_, value) => keep({ ...draft, date: value.value })}
          />
        </Field>
        <Field label="Holiday name">
          <Input value={name} onChange={(_, value) => keep({ ...draft, name: value.value })} />
        </Field>
        <Button type="submit" disabled={editing.busy}>
          Save bank holiday change
        </Button>
      </form>
    </section>
  );
}
