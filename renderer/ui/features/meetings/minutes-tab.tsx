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
    const [items, minutes] = await Promise.all([
      db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      db.minutes.where('meetingId').equals(meetingId).toArray(),
    ]);
    return { agenda: numberAgenda(items), minutes };
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
    focusWhenDrawn(`[data-minute="${CSS.escape(focusMinuteId)}"] textarea`, performance.now() + 5000, true);
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
            {minute ? (
              <MinuteCard minute={minute} itemTitle={item.title} />
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
