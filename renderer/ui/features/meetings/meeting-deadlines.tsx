import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { printedAgendaNumber, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import { meetingDeadlines } from '../../../domain/calendar/meeting-deadlines';
import { addWorkingDays, callInImplementationDate } from '../../../domain/calendar/working-days';
import { formatLongDate, formatShortDate, toIsoDate } from '../../../domain/en-gb';
import type { Meeting } from '../../../domain/model';
import { shownDate } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import { itemsNumbered } from '../../../domain/english';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  heading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  toggle: { marginLeft: 'auto' },
  outstanding: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Whether the clerk last opened the full deadlines, kept for the rest of the session in this window. */
let shownInFull = false;

type WorkedOut = { deadlines: ReturnType<typeof meetingDeadlines>; callIn: string } | { problem: string };

// Per rules object (kept between reads while the settings and bank holidays stay the same, see
// db/read/kept-deadline-rules.ts) and meeting date: the calendar walk is done once per meeting, not on each open.
const workedOut = new WeakMap<DeadlineRules, Map<string, WorkedOut>>();

function workOut(date: string, rules: DeadlineRules): WorkedOut {
  const forRules = workedOut.get(rules) ?? new Map<string, WorkedOut>();
  workedOut.set(rules, forRules);
  let result = forRules.get(date);
  if (!result) {
    try {
      const notice = addWorkingDays(date, 1, rules.calendar);
      result = {
        deadlines: meetingDeadlines(date, rules),
        callIn: `${formatLongDate(callInImplementationDate(notice, rules))} (decision notice published ${formatLongDate(notice)})`,
      };
    } catch (error) {
      result = { problem: error instanceof Error ? error.message : String(error) };
    }
    forRules.set(date, result);
  }
  return result;
}

/**
 * The law's dates for this meeting, worked out from the organisation's calendar, and the reports still awaited.
 * Its facts come with the meeting page's own read (db/read/meeting-page.ts).
 */
export function MeetingDeadlines({
  meeting,
  rules,
  numbered,
  reportsToFollow,
}: {
  meeting: Meeting;
  rules: DeadlineRules;
  numbered: readonly NumberedAgendaItem[];
  reportsToFollow: ReadonlySet<string>;
}) {
  const styles = useStyles();
  const [full, setFull] = useState(shownInFull);
  const fullId = useId();
  const toggle = () => {
    shownInFull = !full;
    setFull(!full);
  };
  const worked = workOut(meeting.date, rules);
  if ('problem' in worked) {
    return <p role="alert">The deadlines cannot be worked out: {worked.problem}</p>;
  }
  const { deadlines, callIn } = worked;
  const today = toIsoDate(new Date());
  const overdue = (date: string) =>
    meeting.status === 'planned' && today > date ? (
      <Badge color="danger" appearance="tint">
        passed
      </Badge>
    ) : null;
  const outstanding = numbered.filter((entry) => reportsToFollow.has(entry.item.id));
  const keyDecisions = numbered.filter((entry) => entry.item.keyDecision);
  return (
    <section className={styles.panel} aria-label="Deadlines">
      {/* One line with the two dates a clerk works to, so the agenda stays above the fold; the rest on demand. */}
      <div className={styles.line}>
        <h2 className={styles.heading}>Deadlines</h2>
        <span>
          Reports due {formatShortDate(deadlines.reportsDueBy)} {overdue(deadlines.reportsDueBy)}
        </span>
        <span>
          {meeting.agendaPublishedOn ? (
            <>
              Agenda published{' '}
              <StoredValue value={shownDate(meeting.agendaPublishedOn)} field="Date published" />
            </>
          ) : (
            <>
              Publish the agenda by {formatShortDate(deadlines.publishAgendaBy)}{' '}
              {overdue(deadlines.publishAgendaBy)}
            </>
          )}
        </span>
        <Button
          className={styles.toggle}
          appearance="subtle"
          size="small"
          icon={full ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          iconPosition="after"
          aria-expanded={full}
          aria-controls={fullId}
          onClick={toggle}
        >
          {full ? 'Fewer deadlines' : 'All deadlines'}
        </Button>
      </div>
      {outstanding.length > 0 ? (
        <div className={styles.line}>
          <h3 className={styles.heading}>Reports still outstanding</h3>
          <ul aria-label="Reports still outstanding" className={styles.outstanding}>
            {outstanding.map((entry) => (
              <li key={entry.item.id}>
                {`${printedAgendaNumber(entry.number)} ${entry.item.title}`.trim()} (To Follow)
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {full ? (
        <div id={fullId}>
          <dl className={styles.list}>
            <dt className={styles.term}>Reports due from officers</dt>
            <dd>
              {formatLongDate(deadlines.reportsDueBy)} {overdue(deadlines.reportsDueBy)}
            </dd>
            <dt className={styles.term}>Publish the agenda by</dt>
            <dd>
              {formatLongDate(deadlines.publishAgendaBy)}{' '}
              {meeting.agendaPublishedOn ? (
                <>
                  (published{' '}
                  <StoredValue value={shownDate(meeting.agendaPublishedOn)} field="Date published" />)
                </>
              ) : (
                overdue(deadlines.publishAgendaBy)
              )}
            </dd>
            <dt className={styles.term}>Key decision notice by</dt>
            <dd>
              {formatLongDate(deadlines.keyDecisionNoticeBy)}
              {keyDecisions.length > 0
                ? ` (${itemsNumbered(keyDecisions.map((entry) => entry.number))})`
                : ' (no key decisions on this agenda)'}
            </dd>
            <dt className={styles.term}>Decisions can be implemented from</dt>
            <dd>{callIn}</dd>
            <dt className={styles.term}>Reports still outstanding</dt>
            <dd>{outstanding.length === 0 ? 'None: every promised report is in.' : 'As listed above.'}</dd>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
