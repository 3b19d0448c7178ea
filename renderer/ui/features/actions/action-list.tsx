import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Action, Committee, Meeting } from '../../../domain/model';
import { isOverdue } from '../../../domain/action-status';
import { ActionRow, actionLine, actionRowHeight, useActionRowClasses } from './action-row';

const useStyles = makeStyles({
  scroller: { height: '60vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke1}` },
  header: {
    display: 'grid',
    gridTemplateColumns: '7rem 1fr 12rem 12rem 7rem 8rem',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/**
 * The action log as a virtualised table: only the rows in view are in the page, so ten thousand actions scroll
 * as smoothly as ten.
 */
export function ActionList({
  actions,
  committees,
  meetings,
  today,
  selectedId,
  onOpen,
}: {
  actions: Action[];
  committees: Map<string, Committee>;
  meetings: Map<string, Meeting>;
  today: string;
  selectedId: string | undefined;
  onOpen: (action: Action) => void;
}) {
  const styles = useStyles();
  // The rows' classes, worked out once here rather than by each row as it scrolls into view.
  const rowClasses = useActionRowClasses();
  const scroller = useRef<HTMLDivElement>(null);
  // Each row's words and dates, worked out once per load or filter, not inside the frames of a scroll.
  const lines = useMemo(
    () =>
      actions.map((action) =>
        actionLine(
          action,
          committees.get(action.committeeId)?.name ?? '',
          meetings.get(action.meetingId)?.date ?? '',
          isOverdue(action, today),
        ),
      ),
    [actions, committees, meetings, today],
  );
  // The virtualiser's functions are not memoisable by the compiler; this component owns it alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualiser = useVirtualizer({
    count: actions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => actionRowHeight,
    // A few rows either side keep Tab and the arrow of a scroll drawn ahead; more would be drawn for nothing.
    overscan: 4,
    // Rows on the very first render, before the list has been measured.
    initialRect: { width: 1000, height: 600 },
  });
  return (
    <div role="table" aria-label="Actions" aria-rowcount={actions.length + 1}>
      <div role="rowgroup">
        <div role="row" className={styles.header}>
          <span role="columnheader">Agreed</span>
          <span role="columnheader">Action</span>
          <span role="columnheader">Committee</span>
          <span role="columnheader">Owner</span>
          <span role="columnheader">Due</span>
          <span role="columnheader">Status</span>
        </div>
      </div>
      <div ref={scroller} className={styles.scroller} data-testid="action-scroller" role="rowgroup">
        <div style={{ height: virtualiser.getTotalSize(), position: 'relative' }}>
          {virtualiser.getVirtualItems().map((row) => {
            const line = lines[row.index];
            return line ? (
              <ActionRow
                key={line.action.id}
                line={line}
                classes={rowClasses}
                selected={line.action.id === selectedId}
                top={row.start}
                height={row.size}
                onOpen={onOpen}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}
