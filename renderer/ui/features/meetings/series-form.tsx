import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import { createMeetingSeries } from '../../../db/repositories/meetings';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { meetingSeries, type MeetingPattern, type Weekday } from '../../../domain/calendar/meeting-series';
import { meetingDayDoubts } from '../../../domain/calendar/meeting-when-warnings';
import { formatLongDate, toIsoDate } from '../../../domain/en-gb';
import { countOf, listOf } from '../../../domain/english';
import type { Committee } from '../../../domain/model';
import { municipalYearLabel, municipalYearOf } from '../../../domain/municipal-year';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  preview: { width: '100%' },
});

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const rhythms = {
  first: 'Monthly, first',
  second: 'Monthly, second',
  third: 'Monthly, third',
  fourth: 'Monthly, fourth',
  last: 'Monthly, last',
  weekly: 'Every week',
  fortnightly: 'Every fortnight',
} as const;
type Rhythm = keyof typeof rhythms;

function patternOf(rhythm: Rhythm, weekday: Weekday): MeetingPattern {
  if (rhythm === 'weekly' || rhythm === 'fortnightly') {
    return { kind: 'weekly', weekday, everyWeeks: rhythm === 'weekly' ? 1 : 2 };
  }
  const week = ({ first: 1, second: 2, third: 3, fourth: 4, last: 'last' } as const)[rhythm];
  return { kind: 'monthly', weekday, week };
}

type SeriesDraft = { rhythm: Rhythm; weekday: Weekday; year: string };
const blankSeries: SeriesDraft = { rhythm: 'second', weekday: 3, year: '' };

/**
 * Plan a municipal year's meetings at once ("monthly on the second Wednesday"). Dates on bank holidays are left
 * out with a warning so the clerk can choose other days; the dates are shown before anything is created.
 */
export function SeriesForm({
  committee,
  startTime,
  venue,
  onCreated,
}: {
  committee: Committee;
  startTime: string;
  venue: string;
  /** The series is made: the new-meeting form forgets its draft too. */
  onCreated: () => void;
}) {
  const styles = useStyles();
  const setup = useLiveQuery(
    async () => ({ settings: await loadOrganisationSettings(), rules: await loadDeadlineRules() }),
    [],
  );
  // Kept as a draft with the rest of the new-meeting form, until the series is made.
  const [draft, keep, forget] = useStoredDraft(`new-series/${committee.id}`, blankSeries);
  const { rhythm, weekday, year } = draft;
  const change = (changes: Partial<SeriesDraft>) => keep({ ...draft, ...changes });
  const [create, { busy, error }] = useAction(createMeetingSeries);
  const [done, setDone] = useState<string>();
  if (!setup) return null;
  const startMonth = setup.settings.municipalYearStartMonth;
  const thisYear = municipalYearOf(toIsoDate(new Date()), startMonth);
  const chosenYear = year === '' ? thisYear : Number(year);
  const yearProblem =
    Number.isInteger(chosenYear) && chosenYear >= 2000 && chosenYear <= 2100
      ? undefined
      : 'Type the year the municipal year starts, for example 2013 for 2013/14.';
  let series: ReturnType<typeof meetingSeries> | undefined;
  let seriesProblem: string | undefined;
  if (!yearProblem) {
    try {
      series = meetingSeries({
        pattern: patternOf(rhythm, weekday),
        municipalYear: chosenYear,
        startMonth,
        calendar: setup.rules.calendar,
      });
    } catch (failure) {
      seriesProblem = failure instanceof Error ? failure.message : String(failure);
    }
  }
  const today = toIsoDate(new Date());
  const doubts = (series?.dates ?? []).map((date) =>
    meetingDayDoubts(date, { today, calendar: setup.rules.calendar }),
  );
  const doubtful = doubts.filter((reasons) => reasons.length > 0).length;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!series) return;
    const made = await create(committee.id, series.dates, { startTime, venue: venue.trim() });
    if (!made) return;
    setDone(`${countOf(made.length, 'meeting')} created for ${municipalYearLabel(chosenYear)}.`);
    forget();
    onCreated();
  };
  return (
    <form
      className={styles.form}
      aria-label="New series of meetings"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error ?? seriesProblem} title="The series was not created" />
      <Field label="Repeats">
        <Select value={rhythm} onChange={(_, data) => change({ rhythm: data.value as Rhythm })}>
          {labelOptions(rhythms)}
        </Select>
      </Field>
      <Field label="Weekday">
        <Select
          value={String(weekday)}
          onChange={(_, data) => change({ weekday: Number(data.value) as Weekday })}
        >
          {weekdays.map((name, index) => (
            <option key={name} value={index}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Municipal year starting in" validationMessage={yearProblem}>
        <Input
          value={year}
          placeholder={String(thisYear)}
          inputMode="numeric"
          onChange={(_, data) => change({ year: data.value })}
        />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || !series || series.dates.length === 0}>
        Create {countOf(series?.dates.length ?? 0, 'meeting')}
      </Button>
      {done ? (
        <p role="status" className={styles.preview}>
          {done}
        </p>
      ) : null}
      {series?.warning ? (
        <MessageBar intent="warning" className={styles.preview}>
          <MessageBarBody>{series.warning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {doubtful > 0 ? (
        <MessageBar intent="warning" className={styles.preview}>
          <MessageBarBody>
            {countOf(doubtful, 'date')} below {doubtful === 1 ? 'needs' : 'need'} checking (marked). They can
            still be created, for example to record meetings already held.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {series ? (
        <ul className={styles.preview} aria-label="Dates in the series">
          {series.dates.map((date, index) => (
            <li key={date}>
              {formatLongDate(date)}
              {doubts[index]?.length ? ` (check: ${listOf(doubts[index])})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
