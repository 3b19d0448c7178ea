import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../../db/database';
import { takeItem } from '../../../db/repositories/minutes';
import { agendaItemName, numberAgenda } from '../../../domain/agenda-numbering';
import { agendaNumberNote, shownMinuteNumber } from '../../../domain/minute-number-format';
import type { Minute } from '../../../domain/model';
import { municipalYearIfReadable } from '../../../domain/municipal-year';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';
import { MinuteCard } from './minute-card';
import { focusWhenDrawn } from '../../common/focus-next';
import { minutesSigned, presentsMinutes } from '../../../domain/minutes-presented';
import { MinutesItemPanel } from '../minutes-approval/minutes-item-panel';
import { minutesUndoScope } from '../minutes-approval/undo-approval';
import { UndoBar } from '../../common/undo-bar';

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
    const [items, minutes, meeting, settings] = await Promise.all([
      db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      db.minutes.where('meetingId').equals(meetingId).toArray(),
      db.meetings.get(meetingId),
      loadOrganisationSettings(),
    ]);
    const committee = meeting && (await db.committees.get(meeting.committeeId));
    const format = committee?.minuteNumberFormat;
    const year = municipalYearIfReadable(meeting?.date, settings.municipalYearStartMonth);
    // The house form the Word minutes print (0654/26, "(Agenda item 5)"), so the screen shows what prints.
    const shown = (minute: Minute, agendaNumber: string) => ({
      number: shownMinuteNumber(minute.number, format, year),
      note: agendaNumberNote(minute.number, agendaNumber, format),
      paragraphNumbers: format?.paragraphNumbers,
    });
    return { agenda: numberAgenda(items), minutes, meeting, shown };
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
      <UndoBar scope={minutesUndoScope(meetingId)} />
      <ErrorMessage error={taking.error} title="The item was not taken" />
      {data.agenda.map((entry) => {
        const { item, number } = entry;
        const minute = data.minutes.find((candidate) => candidate.agendaItemId === item.id);
        return (
          <section
            key={item.id}
            className={styles.item}
            aria-label={number ? `Item ${number}: ${item.title}` : `Unnumbered section: ${item.title}`}
            data-minute={minute?.id}
            tabIndex={-1}
          >
            <h3>{number ? `Item ${number}: ${item.title}` : item.title}</h3>
            {data.meeting && presentsMinutes(item) ? (
              <MinutesItemPanel
                item={item}
                meetingDate={data.meeting.date}
                undoScope={minutesUndoScope(meetingId)}
              />
            ) : null}
            {minute ? (
              <MinuteCard
                minute={minute}
                shown={data.shown(minute, number)}
                itemTitle={item.title}
                signed={data.meeting !== undefined && minutesSigned(data.meeting)}
              />
            ) : (
              <>
                <Text>Not taken yet.</Text>{' '}
                <Button onClick={() => void take(meetingId, item.id)} disabled={taking.busy}>
                  Take {agendaItemName(entry)}
                </Button>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
