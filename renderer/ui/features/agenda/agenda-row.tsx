import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import equal from 'fast-deep-equal/es6';
import { memo } from 'react';
import { agendaItemName, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { AgendaActions } from './agenda-actions';
import { AgendaIcon } from './agenda-icons';
import { AgendaLevel } from './agenda-level';
import { useAgendaLook } from './agenda-look';
import { AgendaRowLine } from './agenda-row-line';
import { useHandleHint } from './handle-hint';
import { ItemDetails } from './item-details';

type AgendaRowProps = {
  entry: NumberedAgendaItem;
  index: number;
  first: boolean;
  last: boolean;
  open: boolean;
  /** Its sub-items (5.1, 5.2), for a top-level item that has them. */
  sub: NumberedAgendaItem[] | undefined;
  /** Which items are open, passed on only to an item with sub-items (for theirs). */
  subOpen: ReadonlySet<string> | undefined;
  actions: AgendaActions;
};

/**
 * One line of the agenda: a drag handle, the printed number and title, what marks it out, the clerk's tools for
 * it, and when opened its details. Only this shell follows the drag (dnd-kit redraws every sortable when one
 * moves); the line itself and the details are memoised and stay as they are.
 */
function Row({ entry, index, first, last, open, sub, subOpen, actions }: AgendaRowProps) {
  const look = useAgendaLook();
  const hint = useHandleHint();
  const { item, number } = entry;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={number ? `Item ${number}: ${item.title}` : `Unnumbered section: ${item.title}`}
    >
      <div className={isDragging ? look.draggingRow : look.row}>
        {/* The hint (handle-hint.tsx) is for the eye: screen readers hear dnd-kit's instructions (aria-describedby). */}
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={look.handle}
          aria-label={number ? `Reorder item ${number}, ${item.title}` : `Reorder ${agendaItemName(entry)}`}
          onPointerEnter={(event) => hint.show(event.currentTarget)}
          onPointerLeave={() => hint.hide('pointer')}
          onFocus={(event) => hint.show(event.currentTarget)}
          onBlur={() => hint.hide('focus')}
          {...attributes}
          {...listeners}
        >
          <AgendaIcon name="handle" look={look} />
        </button>
        <AgendaRowLine entry={entry} index={index} first={first} last={last} open={open} actions={actions} />
      </div>
      {open ? <ItemDetails entry={entry} actions={actions} /> : null}
      {sub && subOpen ? (
        <ol className={look.sublist} aria-label={`Sub-items of item ${number}`}>
          <AgendaLevel entries={sub} childrenOf={undefined} open={subOpen} actions={actions} />
        </ol>
      ) : null}
    </li>
  );
}

/**
 * A live query hands back fresh objects each time the agenda changes; a row whose item, number and place are the
 * same is not drawn again.
 */
export const AgendaRow = memo(
  Row,
  (before, after) =>
    before.index === after.index &&
    before.first === after.first &&
    before.last === after.last &&
    before.open === after.open &&
    before.subOpen === after.subOpen &&
    before.actions === after.actions &&
    equal(before.entry, after.entry) &&
    equal(before.sub, after.sub),
);
