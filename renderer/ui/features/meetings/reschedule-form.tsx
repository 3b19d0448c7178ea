import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { meetingProblems, rescheduleMeeting } from '../../../db/repositories/meetings';
import type { Meeting } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** Move the meeting to another day, time or venue; the day first planned is kept on the record. */
export function RescheduleForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const styles = useStyles();
  const [date, setDate] = useState(meeting.date);
  const [time, setTime] = useState(meeting.startTime);
  const [venue, setVenue] = useState(meeting.venue);
  const [problems, setProblems] = useState<ReturnType<typeof meetingProblems>>({});
  const [reschedule, { busy, error }] = useAction(async (...args: Parameters<typeof rescheduleMeeting>) => {
    await rescheduleMeeting(...args);
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = meetingProblems({ date, startTime: time });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (await reschedule(meeting.id, { date, startTime: time, venue })) onDone();
  };
  return (
    <form
      className={styles.form}
      aria-label="Reschedule the meeting"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error} title="The meeting was not moved" />
      <Field label="New day" required validationMessage={problems.date}>
        <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
      </Field>
      <Field label="New start time" required validationMessage={problems.startTime}>
        <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
      </Field>
      <Field label="New venue">
        <Input value={venue} onChange={(_, data) => setVenue(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        Move the meeting
      </Button>
      <Button onClick={onDone}>Keep it as it is</Button>
    </form>
  );
}
