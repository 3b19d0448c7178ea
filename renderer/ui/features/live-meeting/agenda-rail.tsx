import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { updateEvent } from '../../../db/repositories/events';
import { meetingEventKinds, type MeetingEvent } from '../../../domain/model';
import { FirstMinuteNumber } from './first-number';
import { useLiveStyles } from './live-styles';
import { minuteNumberIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { printedAgendaNumber } from '../../../domain/agenda-numbering';
import { shownText, shownTime } from '../../../domain/shown-value';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '2.2rem 1fr',
    gap: '4px',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: '1px solid transparent',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    fontSize: '16px',
    lineHeight: '1.35',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  taken: { color: tokens.colorNeutralForeground3 },
  number: { fontWeight: tokens.fontWeightSemibold },
  minute: { display: 'block', fontSize: '13px', color: tokens.colorBrandForeground1 },
  heading: { fontSize: '15px', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  event: {
    display: 'grid',
    gridTemplateColumns: '6.5rem 1fr',
    gap: '6px',
    alignItems: 'center',
    fontSize: '15px',
  },
});

/** The agenda down the side: every item, which are taken (with their minute numbers), and the one in front. */
export function AgendaRail({
  frame,
  minutes,
  events,
  selectedId,
  onSelect,
}: {
  frame: MeetingFrame;
  minutes: MinuteStub[];
  events: MeetingEvent[];
  selectedId: string | undefined;
  onSelect: (itemId: string) => void;
}) {
  const styles = useStyles();
  const live = useLiveStyles();
  return (
    <nav className={live.rail} aria-label="Agenda">
      <h2 className={styles.heading}>Agenda</h2>
      {minutes.length === 0 && frame.committee.minuteNumbering === 'continuous' ? (
        <FirstMinuteNumber committee={frame.committee} />
      ) : null}
      <ol className={live.list}>
        {frame.agenda.map(({ item, number, depth }) => {
          const minute = minutes.find((candidate) => candidate.agendaItemId === item.id);
          const classes = [
            styles.item,
            item.id === selectedId ? styles.current : '',
            minute ? styles.taken : '',
          ];
          return (
            <li key={item.id} style={{ paddingLeft: `${depth}rem` }}>
              <button
                type="button"
                className={classes.join(' ')}
                aria-current={item.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(item.id)}
              >
                <span className={styles.number}>{printedAgendaNumber(number)}</span>
                <span>
                  {item.title}
                  {item.part === 'B' ? ' (Part B)' : ''}
                  {item.urgent ? ' (urgent)' : ''}
                  {minute ? (
                    <span className={styles.minute}>
                      {minute.number
                        ? `Minute ${minuteNumberIn(frame, minute.number)}`
                        : 'Minuted (unnumbered)'}
                    </span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <h2 className={styles.heading}>Events</h2>
      {events.length === 0 ? (
        <p className={live.hint}>Nothing yet. Alt+S starts the meeting.</p>
      ) : (
        <ul className={live.list} aria-label="Events">
          {events.map((event) => (
            <li key={event.id} className={styles.event}>
              <Input
                type="time"
                size="small"
                aria-label={`Time of ${meetingEventKinds[event.kind]}`}
                defaultValue={event.at}
                // Stored as it is changed, like every field here: a time box holds a value only once it is whole.
                onChange={(e) => {
                  if (e.target.value && e.target.value !== event.at)
                    void updateEvent(event.id, { at: e.target.value });
                }}
              />
              <span>
                {meetingEventKinds[event.kind]}
                {event.exemptParagraph ? ` (paragraph ${event.exemptParagraph})` : ''} at{' '}
                {shownText(shownTime(event.at), 'Time')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
