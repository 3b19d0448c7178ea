import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { meetingProblems, updateMeeting } from '../../../db/repositories/meetings';
import { meetingStatuses, meetingTypes, type Meeting } from '../../../domain/model';
import { shownChoice, shownDate, shownTime } from '../../../domain/shown-value';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { fieldSays, useWhenWarnings } from './use-when-warnings';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** Which of the meeting's stored values Chamber cannot read (see domain/shown-value.ts). */
export function meetingValuesNotValid(meeting: Meeting) {
  return {
    date: !shownDate(meeting.date).valid,
    startTime: !shownTime(meeting.startTime).valid,
    status: !shownChoice(meetingStatuses, meeting.status).valid,
    type: !shownChoice(meetingTypes, meeting.type).valid,
  };
}

/**
 * Correct a meeting's stored values that Chamber cannot read (a start time of "25:99" from an old import).
 * Rescheduling is not the way: it is refused once a meeting is held, and it would record a move that never
 * happened. Only the fields not valid are offered, with what was stored marked on the page above.
 */
export function CorrectMeetingForm({ meeting }: { meeting: Meeting }) {
  const styles = useStyles();
  const notValid = meetingValuesNotValid(meeting);
  // A date or time box cannot hold a value it cannot read ("25:99"): it starts empty, the stored value marked
  // above it. Starting it from the stored value left the box and the form disagreeing, and a redraw while the
  // clerk typed (the bank holidays arriving for the warnings) put the unreadable value back over the typing.
  const stored = useMemo(
    () => ({
      date: notValid.date ? '' : String(meeting.date ?? ''),
      time: notValid.startTime ? '' : String(meeting.startTime ?? ''),
      status: '',
      type: '',
    }),
    [meeting.date, meeting.startTime, notValid.date, notValid.startTime],
  );
  // Kept as typed until saved, like every form: a correction half made survives leaving the screen.
  const [draft, keep, forget, , restored] = useStoredDraft(`correct-meeting/${meeting.id}`, stored);
  const { date, time, status, type } = draft;
  const setDate = (value: string) => keep({ ...draft, date: value });
  const setTime = (value: string) => keep({ ...draft, time: value });
  const setStatus = (value: string) => keep({ ...draft, status: value });
  const setType = (value: string) => keep({ ...draft, type: value });
  const warnings = useWhenWarnings({
    date: notValid.date ? date : undefined,
    startTime: notValid.startTime ? time : undefined,
  });
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [save, { busy, error }] = useAction(async (...args: Parameters<typeof updateMeeting>) => {
    await updateMeeting(...args);
    return true;
  });
  if (!Object.values(notValid).some(Boolean)) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> =
      notValid.date || notValid.startTime
        ? meetingProblems({
            date: notValid.date ? date : undefined,
            startTime: notValid.startTime ? time : undefined,
          })
        : {};
    // The pattern passes "2026-02-31": the day must also be one the calendar has.
    if (notValid.date && !found.date && !shownDate(date).valid) found.date = 'Choose the day of the meeting.';
    if (notValid.status && !status) found.status = 'Choose where the meeting is in its lifecycle.';
    if (notValid.type && !type) found.type = 'Choose the kind of meeting.';
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    const changes: Partial<Meeting> = {};
    if (notValid.date) changes.date = date;
    if (notValid.startTime) changes.startTime = time;
    if (notValid.status) changes.status = status as Meeting['status'];
    if (notValid.type) changes.type = type as Meeting['type'];
    if (await save(meeting.id, changes)) forget();
  };
  return (
    <form
      className={styles.form}
      aria-label="Correct the meeting"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error} title="The meeting was not corrected" />
      <DraftNote restored={restored} onDiscard={() => forget()} />
      {notValid.date ? (
        <Field label="Day of the meeting" required {...fieldSays(problems.date, warnings.date)}>
          <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
        </Field>
      ) : null}
      {notValid.startTime ? (
        <Field label="Start time" required {...fieldSays(problems.startTime, warnings.startTime)}>
          <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
        </Field>
      ) : null}
      {notValid.status ? (
        <Field label="Status" required validationMessage={problems.status}>
          <Select value={status} onChange={(_, data) => setStatus(data.value)}>
            <option value="">Choose...</option>
            {labelOptions(meetingStatuses)}
          </Select>
        </Field>
      ) : null}
      {notValid.type ? (
        <Field label="Kind of meeting" required validationMessage={problems.type}>
          <Select value={type} onChange={(_, data) => setType(data.value)}>
            <option value="">Choose...</option>
            {labelOptions(meetingTypes)}
          </Select>
        </Field>
      ) : null}
      <Button appearance="primary" type="submit" disabled={busy}>
        Save the correction
      </Button>
    </form>
  );
}
