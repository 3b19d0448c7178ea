import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { addDays, addMonths, endOfMonth, format, startOfMonth, startOfWeek } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/database';
import { toIsoDate } from '../../../domain/en-gb';
import { meetingStatuses } from '../../../domain/model';
import { shownTime } from '../../../domain/shown-value';
import { ErrorMessage } from '../../common/error-message';
import { Page } from '../../common/page';
import { StoredValue } from '../../common/stored-value';
import { useAction } from '../../common/use-action';
import { exportMeetingsIcs } from '../meetings/meeting-ics';
import { ScreenLink } from '../../common/screen-link';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  grid: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  cell: {
    verticalAlign: 'top',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalXS,
    height: '5rem',
    overflowWrap: 'anywhere',
  },
  other: { color: tokens.colorNeutralForeground3 },
  cancelled: { textDecorationLine: 'line-through' },
});

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Every committee's meetings on a month grid, and the month as an .ics file. */
export function CalendarPage() {
  const styles = useStyles();
  const [month, setMonth] = useState(() => startOfMonth(new Date()));
  const first = toIsoDate(startOfMonth(month));
  const last = toIsoDate(endOfMonth(month));
  const data = useLiveQuery(async () => {
    const meetings = await db.meetings.where('date').between(first, last, true, true).sortBy('date');
    const committees = await db.committees.toArray();
    return { meetings, names: new Map(committees.map((committee) => [committee.id, committee.name])) };
  }, [first, last]);
  const [exportIcs, exporting] = useAction(exportMeetingsIcs);
  const gridStart = startOfWeek(month, { weekStartsOn: 1 });
  const weeks = Array.from({ length: 6 }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => addDays(gridStart, week * 7 + day)),
  );
  const title = format(month, 'MMMM yyyy');
  return (
    <Page title="Calendar">
      <ErrorMessage error={exporting.error} title="The calendar file was not saved" />
      <div className={styles.bar}>
        <Button onClick={() => setMonth(addMonths(month, -1))}>Previous month</Button>
        <h2 aria-live="polite" style={{ margin: 0 }}>
          {title}
        </h2>
        <Button onClick={() => setMonth(addMonths(month, 1))}>Next month</Button>
        <Button onClick={() => setMonth(startOfMonth(new Date()))}>This month</Button>
        <Button
          // Cancelled meetings are left out of the file, so a month of only those has nothing to export.
          disabled={!data || data.meetings.every((meeting) => meeting.status === 'cancelled')}
          onClick={() => data && void exportIcs(data.meetings, `Meetings ${title}.ics`)}
        >
          Export {title} (.ics)
        </Button>
      </div>
      <table className={styles.grid} aria-label={`Meetings in ${title}`}>
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name} scope="col">
                <abbr title={name}>{name.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((days) => (
            <tr key={toIsoDate(days[0] ?? month)}>
              {days.map((day) => {
                const iso = toIsoDate(day);
                const inMonth = day.getMonth() === month.getMonth();
                const meetings = data?.meetings.filter((meeting) => meeting.date === iso) ?? [];
                return (
                  <td key={iso} className={inMonth ? styles.cell : `${styles.cell} ${styles.other}`}>
                    <div>{day.getDate()}</div>
                    {meetings.map((meeting) => (
                      <div
                        key={meeting.id}
                        className={meeting.status === 'cancelled' ? styles.cancelled : undefined}
                      >
                        <ScreenLink to={`/meetings/${meeting.id}`}>
                          {/* Marked, not fatal: the meeting's page (this link) corrects it. */}
                          <StoredValue value={shownTime(meeting.startTime)} field="Start time" />{' '}
                          {data?.names.get(meeting.committeeId) ?? 'Meeting'}
                          {meeting.status === 'cancelled' ? ` (${meetingStatuses.cancelled})` : ''}
                        </ScreenLink>
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
