import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Action, Committee, Meeting } from '../../../domain/model';
import { isOverdue } from '../../../domain/action-status';
import { ActionRow, actionRowHeight } from './action-row';

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
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are not memoisable by the compiler; this component owns it alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualiser = useVirtualizer({
    count: actions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => actionRowHeight,
    overscan: 10,
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
            const action = actions[row.index] as Action;
            return (
              <ActionRow
                key={action.id}
                action={action}
                committeeName={committees.get(action.committeeId)?.name ?? ''}
                meetingDate={meetings.get(action.meetingId)?.date ?? ''}
                overdue={isOverdue(action, today)}
                selected={action.id === selectedId}
                onOpen={() => onOpen(action)}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: row.size,
                  transform: `translateY(${row.start}px)`,
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
