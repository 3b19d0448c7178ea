import { memo, useCallback, useMemo } from 'react';
import { agendaItemName, type NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { AgendaActions } from './agenda-actions';
import { AgendaRow } from './agenda-row';
import { SortableList } from './sortable-list';

/**
 * One level of the agenda (the items, or one item's sub-items) as a list the clerk reorders. `childrenOf` gives
 * the sub-items of the top level; sub-items have none of their own.
 */
export const AgendaLevel = memo(function AgendaLevel({
  entries,
  childrenOf,
  open,
  actions,
}: {
  entries: NumberedAgendaItem[];
  childrenOf: ReadonlyMap<string, NumberedAgendaItem[]> | undefined;
  open: ReadonlySet<string>;
  actions: AgendaActions;
}) {
  // The same ids in the same order keep the same array, so dnd-kit's context (and every row) stays as it is.
  const key = entries.map((entry) => entry.item.id).join(' ');
  const ids = useMemo(() => (key ? key.split(' ') : []), [key]);
  const names = useMemo(
    () =>
      new Map(
        entries.map((entry) => [
          entry.item.id,
          entry.number ? `item ${entry.number}, ${entry.item.title}` : agendaItemName(entry),
        ]),
      ),
    [entries],
  );
  const nameOf = useCallback((id: string) => names.get(id) ?? 'the item', [names]);
  const onMove = useCallback(
    (id: string, toIndex: number) => {
      const entry = entries.find((other) => other.item.id === id);
      if (entry) actions.moveTo(entry, toIndex);
    },
    [entries, actions],
  );
  return (
    <SortableList ids={ids} nameOf={nameOf} onMove={onMove}>
      {entries.map((entry, index) => {
        const sub = childrenOf?.get(entry.item.id);
        return (
          <AgendaRow
            key={entry.item.id}
            entry={entry}
            index={index}
            first={index === 0}
            last={index === entries.length - 1}
            open={open.has(entry.item.id)}
            sub={sub}
            subOpen={sub ? open : undefined}
            actions={actions}
          />
        );
      })}
    </SortableList>
  );
});
