import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '../../../db/database';
import { moveAgendaItem, removeAgendaItem } from '../../../db/repositories/agenda';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import { numberAgenda, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import { checkLateItem } from '../../../domain/calendar/late-items';
import { formatLongDate, toIsoDate } from '../../../domain/en-gb';
import type { Meeting } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';
import { AddItemForm } from './add-item-form';
import { AgendaRow } from './agenda-row';
import { ItemEditor } from './item-editor';
import { ItemPapers } from './item-papers';
import { ReportCoverButton } from './report-cover-button';
import { SortableList } from './sortable-list';
import { SubItemForm } from './sub-item-form';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', paddingLeft: 0, margin: 0, listStyleType: 'none' },
  sublist: { paddingLeft: tokens.spacingHorizontalXXL, listStyleType: 'none' },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
  },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

/** Why an item added today would be late, or undefined when it is in time (see DOMAIN.md, s100B(4)(b)). */
function lateness(meeting: Meeting, today: string, rules: Awaited<ReturnType<typeof loadDeadlineRules>>) {
  // Keying in a meeting already past (an old agenda brought into Chamber) is a record, not late business.
  if (today > meeting.date) return undefined;
  if (meeting.agendaPublishedOn && today > meeting.agendaPublishedOn) {
    return `The agenda was published on ${formatLongDate(meeting.agendaPublishedOn)}, so this item is late.`;
  }
  const check = checkLateItem(today, meeting.date, rules);
  return check.late
    ? `Only ${check.clearDays} clear days remain before the meeting; the notice needs ${check.required}.`
    : undefined;
}

/**
 * The agenda builder: the items in order with their numbers, reordered by drag and drop or from the keyboard
 * (the handle, or the Move up / Move down buttons); each item opens to its details, papers and sub-items.
 */
export function AgendaBuilder({ meeting }: { meeting: Meeting }) {
  const styles = useStyles();
  const items = useLiveQuery(
    () => db.agendaItems.where('meetingId').equals(meeting.id).toArray(),
    [meeting.id],
  );
  const rules = useLiveQuery(() => loadDeadlineRules(), []);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [move, moving] = useAction(moveAgendaItem);
  const [remove, removing] = useAction(removeAgendaItem);
  const refocus = useRef<string | undefined>(undefined);
  const today = toIsoDate(new Date());

  useEffect(() => {
    if (!refocus.current) return;
    const target = document.querySelector<HTMLButtonElement>(`[data-move="${refocus.current}"]`);
    const fallback = document.querySelector<HTMLButtonElement>(
      `[data-move^="${refocus.current.split(':')[0]}:"]:not([disabled])`,
    );
    (target && !target.disabled ? target : fallback)?.focus();
    refocus.current = undefined;
  }, [items]);

  if (items === undefined || rules === undefined) return <Loading what="the agenda" />;
  const numbered = numberAgenda(items);
  const numberOf = new Map(numbered.map((entry) => [entry.item.id, entry.number]));
  const late = lateness(meeting, today, rules);

  const moveTo = async (entry: NumberedAgendaItem, toIndex: number) => {
    await move(entry.item.id, toIndex);
    const after = numberAgenda(await db.agendaItems.where('meetingId').equals(meeting.id).toArray());
    const now = after.find((other) => other.item.id === entry.item.id)?.number;
    setAnnouncement(
      now === entry.number
        ? `${entry.item.title} stays at number ${entry.number}.`
        : `${entry.item.title} moved to number ${now}.`,
    );
  };

  const renderLevel = (parentId: string | undefined, depth: number) => {
    const siblings = numbered.filter((entry) => entry.item.parentId === parentId);
    if (siblings.length === 0) return null;
    const ids = siblings.map((entry) => entry.item.id);
    return (
      <SortableList
        ids={ids}
        nameOf={(id) =>
          `item ${numberOf.get(id)}, ${siblings.find((entry) => entry.item.id === id)?.item.title}`
        }
        onMove={(id, toIndex) => {
          const entry = siblings.find((other) => other.item.id === id);
          if (entry) void moveTo(entry, toIndex);
        }}
      >
        {siblings.map((entry, index) => (
          <AgendaRow
            key={entry.item.id}
            item={entry.item}
            number={entry.number}
            first={index === 0}
            last={index === siblings.length - 1}
            onMove={(by) => {
              refocus.current = `${entry.item.id}:${by === -1 ? 'up' : 'down'}`;
              void moveTo(entry, index + by);
            }}
            tools={
              <Button
                size="small"
                aria-expanded={open.has(entry.item.id)}
                aria-label={`Details of item ${entry.number}`}
                onClick={() => {
                  const next = new Set(open);
                  if (next.has(entry.item.id)) next.delete(entry.item.id);
                  else next.add(entry.item.id);
                  setOpen(next);
                }}
              >
                Details
              </Button>
            }
          >
            {open.has(entry.item.id) ? (
              <div className={styles.panel}>
                <ItemEditor item={entry.item} number={entry.number} />
                <ItemPapers agendaItemId={entry.item.id} number={entry.number} />
                {depth === 0 ? (
                  <SubItemForm
                    meetingId={meeting.id}
                    parentId={entry.item.id}
                    number={entry.number}
                    today={today}
                  />
                ) : null}
                <div>
                  <ReportCoverButton
                    meetingId={meeting.id}
                    agendaItemId={entry.item.id}
                    number={entry.number}
                  />{' '}
                  <Button onClick={() => void remove(entry.item.id)}>Remove item {entry.number}</Button>
                </div>
              </div>
            ) : null}
            {depth === 0 && numbered.some((other) => other.item.parentId === entry.item.id) ? (
              <ol className={styles.sublist} aria-label={`Sub-items of item ${entry.number}`}>
                {renderLevel(entry.item.id, depth + 1)}
              </ol>
            ) : null}
          </AgendaRow>
        ))}
      </SortableList>
    );
  };

  return (
    <>
      <ErrorMessage error={moving.error ?? removing.error} title="The agenda was not changed" />
      <div role="status" className={styles.hidden}>
        {announcement}
      </div>
      {items.length === 0 ? <Text>The agenda is empty.</Text> : null}
      <ol className={styles.list} aria-label="Agenda">
        {renderLevel(undefined, 0)}
      </ol>
      <AddItemForm meetingId={meeting.id} today={today} late={Boolean(late)} lateReason={late ?? ''} />
    </>
  );
}
