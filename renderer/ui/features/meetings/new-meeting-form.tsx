import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createMeeting } from '../../../db/repositories/meetings';
import type { Committee } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Problems = { date?: string; time?: string };

export function NewMeetingForm({ committee }: { committee: Committee }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const [date, setDate] = useState('');
  const [time, setTime] = useState(committee.defaultStartTime);
  const [venue, setVenue] = useState(committee.defaultVenue);
  const [problems, setProblems] = useState<Problems>({});
  const [create, { busy, error }] = useAction(createMeeting);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'Choose the day of the meeting.';
    if (!/^\d{2}:\d{2}$/.test(time)) found.time = 'Type the start time, for example 18:00.';
    setProblems(found);
    if (found.date || found.time) return;
    const meeting = await create(committee.id, { date, startTime: time, venue: venue.trim() });
    if (meeting) void navigate(`/meetings/${meeting.id}`);
  };

  return (
    <form
      className={styles.form}
      aria-label="New meeting"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 style={{ width: '100%', margin: 0 }}>New meeting</h2>
      <ErrorMessage error={error} title="The meeting was not created" />
      <Field label="Date" required validationMessage={problems.date}>
        <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
      </Field>
      <Field label="Start time" required validationMessage={problems.time}>
        <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
      </Field>
      <Field label="Venue">
        <Input value={venue} onChange={(_, data) => setVenue(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        Create meeting
      </Button>
    </form>
  );
}
