import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { meetingProblems, rescheduleMeeting } from '../../../db/repositories/meetings';
import type { Meeting } from '../../../domain/model';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { fieldSays, useWhenWarnings } from './use-when-warnings';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** Move the meeting to another day, time or venue; the day first planned is kept on the record. */
export function RescheduleForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const styles = useStyles();
  const stored = useMemo(
    () => ({ date: meeting.date, time: meeting.startTime, venue: meeting.venue }),
    [meeting.date, meeting.startTime, meeting.venue],
  );
  // Kept as typed until the meeting is moved or the clerk keeps it as it is.
  const [draft, keep, forget, , restored] = useStoredDraft(`reschedule/${meeting.id}`, stored);
  const { date, time, venue } = draft;
  const warnings = useWhenWarnings({ date, startTime: time });
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
    if (!(await reschedule(meeting.id, { date, startTime: time, venue }))) return;
    forget();
    onDone();
  };
  return (
    <form
      className={styles.form}
      aria-label="Reschedule the meeting"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error} title="The meeting was not moved" />
      <DraftNote restored={restored} onDiscard={() => forget()} />
      <Field label="New day" required {...fieldSays(problems.date, warnings.date)}>
        <Input type="date" value={date} onChange={(_, data) => keep({ ...draft, date: data.value })} />
      </Field>
      <Field label="New start time" required {...fieldSays(problems.startTime, warnings.startTime)}>
        <Input type="time" value={time} onChange={(_, data) => keep({ ...draft, time: data.value })} />
      </Field>
      <Field label="New venue">
        <Input value={venue} onChange={(_, data) => keep({ ...draft, venue: data.value })} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        Move the meeting
      </Button>
      <Button
        onClick={() => {
          forget();
          onDone();
        }}
      >
        Keep it as it is
      </Button>
    </form>
  );
}
