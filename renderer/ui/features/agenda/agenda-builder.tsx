import { Text, makeStyles } from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../../db/database';
import { moveAgendaItem, removeAgendaItem } from '../../../db/repositories/agenda';
import { restoreUnlessBack } from '../../../db/repositories/restore';
import { agendaItemName, numberAgenda, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import { checkLateItem } from '../../../domain/calendar/late-items';
import { toIsoDate } from '../../../domain/en-gb';
import type { Meeting } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { UndoBar } from '../../common/undo-bar';
import { useAction } from '../../common/use-action';
import type { AgendaActions } from './agenda-actions';
import { AgendaLevel } from './agenda-level';
import { AgendaLookContext, useAgendaLookClasses } from './agenda-look';
import { AddItemForm } from './add-item-form';
import { HandleHintHost } from './handle-hint';
import { RemoveItemDialog } from './remove-item-dialog';
import { shownDate, shownText } from '../../../domain/shown-value';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', paddingLeft: 0, margin: 0, listStyleType: 'none' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

/** Why an item added today would be late, or undefined when it is in time (see DOMAIN.md, s100B(4)(b)). */
function lateness(meeting: Meeting, today: string, rules: DeadlineRules) {
  // Keying in a meeting already past (an old agenda brought into Chamber) is a record, not late business; a date
  // Chamber cannot read (marked on the page above for the clerk to correct) has no deadline to be late for.
  if (today > meeting.date || !shownDate(meeting.date).valid) return undefined;
  if (meeting.agendaPublishedOn && today > meeting.agendaPublishedOn) {
    return `The agenda was published on ${shownText(shownDate(meeting.agendaPublishedOn), 'Published')}, so this item is late.`;
  }
  const check = checkLateItem(today, meeting.date, rules);
  return check.late
    ? `Only ${check.clearDays} clear days remain before the meeting; the notice needs ${check.required}.`
    : undefined;
}

/** The numbered agenda split into its top level and each item's sub-items. */
function levels(numbered: NumberedAgendaItem[]) {
  const top: NumberedAgendaItem[] = [];
  const childrenOf = new Map<string, NumberedAgendaItem[]>();
  for (const entry of numbered) {
    const parentId = entry.item.parentId;
    if (!parentId) top.push(entry);
    else childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), entry]);
  }
  return { top, childrenOf };
}

/**
 * The agenda builder: the items in order with their numbers, reordered by drag and drop or from the keyboard
 * (the handle, or the Move up / Move down buttons); each item opens to its details, papers and sub-items.
 * The items and rules come with the meeting page's own read (db/read/meeting-page.ts), so the agenda is drawn
 * in the same pass as the page.
 */
export function AgendaBuilder({
  meeting,
  numbered,
  rules,
}: {
  meeting: Meeting;
  numbered: NumberedAgendaItem[];
  rules: DeadlineRules;
}) {
  const styles = useStyles();
  const look = useAgendaLookClasses();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [move, moving] = useAction(moveAgendaItem);
  const [remove, removing] = useAction(removeAgendaItem);
  const [confirming, setConfirming] = useState<NumberedAgendaItem>();
  const undoScope = `agenda/${meeting.id}`;
  const refocus = useRef<string | undefined>(undefined);
  // The rows' actions are made once per meeting; the confirmation looks the item up in the agenda as it is now.
  const numberedRef = useRef(numbered);
  useEffect(() => {
    numberedRef.current = numbered;
  }, [numbered]);
  const today = toIsoDate(new Date());
  const meetingId = meeting.id;

  useEffect(() => {
    if (!refocus.current) return;
    const target = document.querySelector<HTMLButtonElement>(`[data-move="${refocus.current}"]`);
    const fallback = document.querySelector<HTMLButtonElement>(
      `[data-move^="${refocus.current.split(':')[0]}:"]:not([disabled])`,
    );
    (target && !target.disabled ? target : fallback)?.focus();
    refocus.current = undefined;
  }, [numbered]);

  const actions = useMemo<AgendaActions>(() => {
    const moveTo = async (entry: NumberedAgendaItem, toIndex: number) => {
      await move(entry.item.id, toIndex);
      const after = numberAgenda(await db.agendaItems.where('meetingId').equals(meetingId).toArray());
      const now = after.find((other) => other.item.id === entry.item.id)?.number;
      setAnnouncement(
        !entry.number
          ? `${entry.item.title} moved (an unnumbered section).`
          : now === entry.number
            ? `${entry.item.title} stays at number ${entry.number}.`
            : `${entry.item.title} moved to number ${now}.`,
      );
    };
    return {
      meetingId,
      today,
      moveTo: (entry, toIndex) => void moveTo(entry, toIndex),
      step: (entry, index, by) => {
        refocus.current = `${entry.item.id}:${by === -1 ? 'up' : 'down'}`;
        void moveTo(entry, index + by);
      },
      toggle: (id) =>
        setOpen((before) => {
          const next = new Set(before);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
      remove: (id) => setConfirming(numberedRef.current.find((entry) => entry.item.id === id)),
    };
  }, [meetingId, today, move]);
  const removeConfirmed = async (entry: NumberedAgendaItem, words: string) => {
    setConfirming(undefined);
    const removed = await remove(entry.item.id);
    if (!removed) return;
    setAnnouncement(`${agendaItemName(entry, true)} removed.`);
    offerUndo({
      scope: undoScope,
      what: `${agendaItemName(entry, true)}, ${words}, was removed.`,
      undo: () => restoreUnlessBack(removed),
    });
  };

  const { top, childrenOf } = useMemo(() => levels(numbered), [numbered]);
  const late = lateness(meeting, today, rules);
  // The form below the agenda is drawn just after it, in a background pass React interrupts for anything the
  // clerk does: opening a meeting puts its agenda on screen without waiting for the form's fields.
  const formShown = useDeferredValue(true, false);

  return (
    <>
      <ErrorMessage error={moving.error ?? removing.error} title="The agenda was not changed" />
      <UndoBar scope={undoScope} />
      <RemoveItemDialog
        entry={confirming}
        onRemove={(entry, words) => void removeConfirmed(entry, words)}
        onCancel={() => setConfirming(undefined)}
      />
      <div role="status" className={styles.hidden}>
        {announcement}
      </div>
      {numbered.length === 0 ? <Text>The agenda is empty.</Text> : null}
      <AgendaLookContext.Provider value={look}>
        <HandleHintHost>
          <ol className={styles.list} aria-label="Agenda">
            {top.length > 0 ? (
              <AgendaLevel entries={top} childrenOf={childrenOf} open={open} actions={actions} />
            ) : null}
          </ol>
        </HandleHintHost>
      </AgendaLookContext.Provider>
      {formShown ? (
        <AddItemForm meetingId={meetingId} today={today} late={Boolean(late)} lateReason={late ?? ''} />
      ) : null}
    </>
  );
}
