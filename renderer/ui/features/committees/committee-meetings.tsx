import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listCommitteeMeetings } from '../../../db/read/committee-meetings';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import type { Meeting } from '../../../domain/model';
import { municipalYearLabel, municipalYearOf } from '../../../domain/municipal-year';
import { shownDate } from '../../../domain/shown-value';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';
import { forgetFirstReads, type CommitteePageReads } from '../../shell/first-reads';
import { useFirstScreenShown } from '../../shell/first-screen';
import { MeetingTable } from './meeting-table';

// The calendar file's code (the ics library) loads when a clerk asks for one, not with the committee page.
const exportMeetingsIcs = async (meetings: readonly Meeting[], fileName: string) =>
  (await import('../meetings/meeting-ics')).exportMeetingsIcs(meetings, fileName);

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** The committee's meetings, one municipal year at a time, with the year's .ics one button away. */
export function CommitteeMeetings({
  committeeId,
  committeeName,
  firstReads,
}: {
  committeeId: string;
  /** Empty while the committee itself is still being read: the meetings are read alongside it. */
  committeeName: string;
  /** What the start read for this page before React ran: shown until the live read answers. */
  firstReads?: CommitteePageReads;
}) {
  const styles = useStyles();
  const live = useLiveQuery(async () => {
    const [settings, meetings] = await Promise.all([
      loadOrganisationSettings(),
      listCommitteeMeetings(committeeId),
    ]);
    return { meetings, startMonth: settings.municipalYearStartMonth };
  }, [committeeId]);
  useEffect(() => {
    if (live) forgetFirstReads();
  }, [live]);
  const data =
    live ??
    (firstReads
      ? { meetings: firstReads.meetings, startMonth: firstReads.settings.municipalYearStartMonth }
      : undefined);
  const [year, setYear] = useState('all');
  const [exportIcs, exporting] = useAction(exportMeetingsIcs);
  useFirstScreenShown(data !== undefined);
  if (!data) return <Loading what="meetings" />;
  // A meeting whose date Chamber cannot read (an old import) has no year: it is listed, marked, under
  // "All years" only, where the clerk finds it to correct it.
  const yearOf = (date: string) =>
    shownDate(date).valid ? municipalYearOf(date, data.startMonth) : undefined;
  const years = [...new Set(data.meetings.flatMap((meeting) => yearOf(meeting.date) ?? []))].sort();
  const shown =
    year === 'all' ? data.meetings : data.meetings.filter((meeting) => yearOf(meeting.date) === Number(year));
  return (
    <section aria-label="Meetings">
      <h2>Meetings</h2>
      <ErrorMessage error={exporting.error} title="The calendar file was not saved" />
      <div className={styles.bar}>
        <Field label="Municipal year">
          <Select value={year} onChange={(_, change) => setYear(change.value)}>
            <option value="all">All years</option>
            {years.map((startYear) => (
              <option key={startYear} value={startYear}>
                {municipalYearLabel(startYear)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={shown.length === 0}
          onClick={() =>
            void exportIcs(
              shown,
              `${committeeName || 'Committee'} meetings.ics`.replace(/[\\/:*?"<>|]/g, '-'),
            )
          }
        >
          Export these meetings (.ics)
        </Button>
      </div>
      {shown.length === 0 ? <p>No meetings yet.</p> : <MeetingTable meetings={shown} />}
    </section>
  );
}
