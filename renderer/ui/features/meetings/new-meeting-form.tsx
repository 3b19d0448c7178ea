import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createMeeting, meetingProblems } from '../../../db/repositories/meetings';
import { meetingTypes, type Committee, type MeetingType } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { SeriesForm } from './series-form';
import { fieldSays, useWhenWarnings } from './use-when-warnings';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

type Draft = { how: 'one' | 'series'; date: string; time: string; venue: string; type: MeetingType };

/**
 * Create one meeting, or a series for a municipal year. What the clerk types is kept as a draft until the meeting
 * is made, so leaving the screen or closing Chamber half-way loses nothing; a day or time that looks wrong is
 * warned of, not refused.
 */
export function NewMeetingForm({ committee }: { committee: Committee }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const blank = useMemo<Draft>(
    () => ({
      how: 'one',
      date: '',
      time: committee.defaultStartTime,
      venue: committee.defaultVenue,
      type: 'ordinary',
    }),
    [committee.defaultStartTime, committee.defaultVenue],
  );
  const [draft, keep, forget, , restored] = useStoredDraft(`new-meeting/${committee.id}`, blank);
  const { how, date, time, venue, type } = draft;
  const change = (changes: Partial<Draft>) => keep({ ...draft, ...changes });
  // File > New meeting in the desktop menu lands here with ?new-meeting: start at the date.
  const [params] = useSearchParams();
  const fromMenu = params.has('new-meeting');
  const [problems, setProblems] = useState<ReturnType<typeof meetingProblems>>({});
  const [create, { busy, error }] = useAction(createMeeting);
  const warnings = useWhenWarnings({ date: how === 'one' ? date : undefined, startTime: time });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = meetingProblems({ date, startTime: time });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const meeting = await create(committee.id, { date, startTime: time, venue: venue.trim(), type });
    if (!meeting) return;
    forget();
    void navigate(`/meetings/${meeting.id}`);
  };

  return (
    <section className={styles.box} aria-label="New meeting">
      <h2 style={{ margin: 0 }}>New meeting</h2>
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="The new meeting you started before is back as you left it, not yet created."
      />
      <RadioGroup
        value={how}
        layout="horizontal"
        aria-label="How many meetings"
        onChange={(_, data) => change({ how: data.value as 'one' | 'series' })}
      >
        <Radio value="one" label="One meeting" />
        <Radio value="series" label="A series for a municipal year" />
      </RadioGroup>
      <form
        className={styles.form}
        aria-label="Meeting details"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <ErrorMessage error={error} title="The meeting was not created" />
        {how === 'one' ? (
          <Field label="Date" required {...fieldSays(problems.date, warnings.date)}>
            <Input
              type="date"
              value={date}
              autoFocus={fromMenu}
              onChange={(_, data) => change({ date: data.value })}
            />
          </Field>
        ) : null}
        <Field label="Start time" required {...fieldSays(problems.startTime, warnings.startTime)}>
          <Input type="time" value={time} onChange={(_, data) => change({ time: data.value })} />
        </Field>
        <Field label="Venue">
          <Input value={venue} onChange={(_, data) => change({ venue: data.value })} />
        </Field>
        {how === 'one' ? (
          <>
            <Field label="Kind of meeting">
              <Select value={type} onChange={(_, data) => change({ type: data.value as MeetingType })}>
                {labelOptions(meetingTypes)}
              </Select>
            </Field>
            <Button appearance="primary" type="submit" disabled={busy}>
              Create meeting
            </Button>
          </>
        ) : null}
      </form>
      {how === 'series' ? (
        <SeriesForm
          committee={committee}
          startTime={time}
          venue={venue}
          onCreated={() => forget({ ...blank, how: 'series' })}
        />
      ) : null}
    </section>
  );
}
