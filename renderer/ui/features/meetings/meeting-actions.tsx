import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  advanceMeeting,
  cancelMeeting,
  nextMeetingStatus,
  reinstateMeeting,
} from '../../../db/repositories/meetings';
import { toIsoDate } from '../../../domain/en-gb';
import type { Committee, Meeting, MeetingStatus } from '../../../domain/model';
import { shownDate } from '../../../domain/shown-value';
import { ErrorMessage } from '../../common/error-message';
import { StoredValue } from '../../common/stored-value';
import { useAction } from '../../common/use-action';
import { exportMeetingsIcs, meetingIcsName } from './meeting-ics';
import { RescheduleForm } from './reschedule-form';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The button that moves a meeting to its next step, named for what the clerk is doing. */
const stepNames: Partial<Record<MeetingStatus, string>> = {
  agendaPublished: 'Publish the agenda',
  held: 'Mark as held',
  minutesDrafted: 'Minutes drafted',
  minutesApproved: 'Minutes approved',
};

/** The meeting's lifecycle: the next step, cancel or reinstate, reschedule, and an .ics for calendars. */
export function MeetingActions({
  meeting,
  committee,
}: {
  meeting: Meeting;
  committee: Committee | undefined;
}) {
  const styles = useStyles();
  const [rescheduling, setRescheduling] = useState(false);
  const [advance, advancing] = useAction(advanceMeeting);
  const [cancel, cancelling] = useAction(cancelMeeting);
  const [reinstate, reinstating] = useAction(reinstateMeeting);
  const [exportIcs, exporting] = useAction(exportMeetingsIcs);
  const next = nextMeetingStatus(meeting.status);
  const error = advancing.error ?? cancelling.error ?? reinstating.error ?? exporting.error;
  return (
    <section aria-label="Meeting lifecycle">
      <ErrorMessage error={error} title="The meeting was not changed" />
      {meeting.rescheduledFrom ? (
        <p>
          Rescheduled from{' '}
          <StoredValue value={shownDate(meeting.rescheduledFrom)} field="Date first planned" />.
        </p>
      ) : null}
      <div className={styles.bar}>
        {next && stepNames[next] ? (
          <Button onClick={() => void advance(meeting.id, toIsoDate(new Date()))}>{stepNames[next]}</Button>
        ) : null}
        {meeting.status === 'planned' || meeting.status === 'agendaPublished' ? (
          <>
            <Button onClick={() => void cancel(meeting.id)}>Cancel the meeting</Button>
            <Button aria-expanded={rescheduling} onClick={() => setRescheduling(!rescheduling)}>
              Reschedule
            </Button>
          </>
        ) : null}
        {meeting.status === 'cancelled' ? (
          <>
            <Button onClick={() => void reinstate(meeting.id)}>Reinstate the meeting</Button>
            <Button aria-expanded={rescheduling} onClick={() => setRescheduling(!rescheduling)}>
              Reschedule
            </Button>
          </>
        ) : null}
        {meeting.status !== 'cancelled' ? (
          <Button
            onClick={() => void exportIcs([meeting], meetingIcsName(committee?.name ?? 'Meeting', meeting))}
          >
            Add to calendar (.ics)
          </Button>
        ) : null}
      </div>
      {rescheduling ? <RescheduleForm meeting={meeting} onDone={() => setRescheduling(false)} /> : null}
    </section>
  );
}
