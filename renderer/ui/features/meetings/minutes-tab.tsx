import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../../db/database';
import { takeItem } from '../../../db/repositories/minutes';
import { numberAgenda } from '../../../domain/agenda-numbering';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';
import { MinuteCard } from './minute-card';
import { focusWhenDrawn } from '../../common/focus-next';
import { minutesSigned, presentsMinutes } from '../../../domain/minutes-presented';
import { MinutesItemPanel } from '../minutes-approval/minutes-item-panel';

const useStyles = makeStyles({
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  item: {
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Minutes item by item: an item gets its minute number when the clerk takes it, in the order taken. */
export function MinutesTab({ meetingId, focusMinuteId }: { meetingId: string; focusMinuteId?: string }) {
  const styles = useStyles();
  const data = useLiveQuery(async () => {
    const [items, minutes, meeting] = await Promise.all([
      db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      db.minutes.where('meetingId').equals(meetingId).toArray(),
      db.meetings.get(meetingId),
    ]);
    return { agenda: numberAgenda(items), minutes, meeting };
  }, [meetingId]);
  const [take, taking] = useAction(takeItem);
  const loaded = data !== undefined;
  // Once the minutes are on screen, bring the asked-for minute into view with its text ready to read or edit.
  useEffect(() => {
    if (!loaded || !focusMinuteId) return;
    const target = document.querySelector<HTMLElement>(`[data-minute="${CSS.escape(focusMinuteId)}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
    // Its text box comes a moment later (once this window holds the item, see MinuteCard): focus it then.
    focusWhenDrawn(
      `[data-minute="${CSS.escape(focusMinuteId)}"] [role="textbox"]`,
      performance.now() + 5000,
      true,
    );
  }, [loaded, focusMinuteId]);
  if (data === undefined) return <Loading what="the minutes" />;
  return (
    <div className={styles.items}>
      <ErrorMessage error={taking.error} title="The item was not taken" />
      {data.agenda.map(({ item, number }) => {
        const minute = data.minutes.find((candidate) => candidate.agendaItemId === item.id);
        return (
          <section
            key={item.id}
            className={styles.item}
            aria-label={`Item ${number}: ${item.title}`}
            data-minute={minute?.id}
            tabIndex={-1}
          >
            <h3>
              Item {number}: {item.title}
            </h3>
            {data.meeting && presentsMinutes(item) ? (
              <MinutesItemPanel item={item} meetingDate={data.meeting.date} />
            ) : null}
            {minute ? (
              <MinuteCard
                minute={minute}
                itemTitle={item.title}
                signed={data.meeting !== undefined && minutesSigned(data.meeting)}
              />
            ) : (
              <>
                <Text>Not taken yet.</Text>{' '}
                <Button onClick={() => void take(meetingId, item.id)} disabled={taking.busy}>
                  Take item {number}
                </Button>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
