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
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createMeeting, meetingProblems } from '../../../db/repositories/meetings';
import { meetingTypes, type Committee, type MeetingType } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { SeriesForm } from './series-form';

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

/** Create one meeting, or a series for a municipal year. */
export function NewMeetingForm({ committee }: { committee: Committee }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const [how, setHow] = useState<'one' | 'series'>('one');
  // File > New meeting in the desktop menu lands here with ?new-meeting: start at the date.
  const [params] = useSearchParams();
  const fromMenu = params.has('new-meeting');
  const [date, setDate] = useState('');
  const [time, setTime] = useState(committee.defaultStartTime);
  const [venue, setVenue] = useState(committee.defaultVenue);
  const [type, setType] = useState<MeetingType>('ordinary');
  const [problems, setProblems] = useState<ReturnType<typeof meetingProblems>>({});
  const [create, { busy, error }] = useAction(createMeeting);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = meetingProblems({ date, startTime: time });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const meeting = await create(committee.id, { date, startTime: time, venue: venue.trim(), type });
    if (meeting) void navigate(`/meetings/${meeting.id}`);
  };

  return (
    <section className={styles.box} aria-label="New meeting">
      <h2 style={{ margin: 0 }}>New meeting</h2>
      <RadioGroup
        value={how}
        layout="horizontal"
        aria-label="How many meetings"
        onChange={(_, data) => setHow(data.value as 'one' | 'series')}
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
          <Field label="Date" required validationMessage={problems.date}>
            <Input
              type="date"
              value={date}
              autoFocus={fromMenu}
              onChange={(_, data) => setDate(data.value)}
            />
          </Field>
        ) : null}
        <Field label="Start time" required validationMessage={problems.startTime}>
          <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
        </Field>
        <Field label="Venue">
          <Input value={venue} onChange={(_, data) => setVenue(data.value)} />
        </Field>
        {how === 'one' ? (
          <>
            <Field label="Kind of meeting">
              <Select value={type} onChange={(_, data) => setType(data.value as MeetingType)}>
                {Object.entries(meetingTypes).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" type="submit" disabled={busy}>
              Create meeting
            </Button>
          </>
        ) : null}
      </form>
      {how === 'series' ? <SeriesForm committee={committee} startTime={time} venue={venue} /> : null}
    </section>
  );
}
