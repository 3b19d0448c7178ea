import {
  DataGrid,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
  useFocusableGroup,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Action, Committee, ExemptParagraph, Meeting } from '../../../domain/model';
import { isOverdue } from '../../../domain/action-status';
import { ResizableGridFrame, ResizableHeader, resizableColumns } from '../../common/resizable-grid';
import { VirtualGridBody } from '../../common/virtual-grid-body';
import { actionColumnSizing, actionColumns } from './action-columns';
import {
  ActionRow,
  actionLine,
  actionRowHeight,
  exemptWords,
  useActionCellWidths,
  useActionRowClasses,
  type ActionLine,
} from './action-row';

/** Each row's id for the grid: one function, so the grid's rows are not made again for a new one at each render. */
const rowId = (line: ActionLine) => line.action.id;

type TabsterAttribute = { 'data-tabster'?: string };

/**
 * Two tabster attributes as one (a mover and a groupper on the same row). Fluent merges them with a hook it
 * does not export from @fluentui/react-components; each attribute is a JSON object of one behaviour.
 */
function mergedTabster(...attributes: TabsterAttribute[]): TabsterAttribute {
  const merged = attributes.reduce<Record<string, unknown>>(
    (all, attribute) => ({ ...all, ...(JSON.parse(attribute['data-tabster'] ?? '{}') as object) }),
    {},
  );
  return { 'data-tabster': JSON.stringify(merged) };
}

const useStyles = makeStyles({
  body: { border: `1px solid ${tokens.colorNeutralStroke1}` },
  header: { backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * The action log as a sortable Fluent DataGrid (click or Enter on a heading sorts; arrow keys move between rows
 * and cells; Enter on a row opens it), virtualised: only the rows in view are in the page, so ten thousand
 * actions scroll as smoothly as ten. An action agreed on a Part B item carries its Exempt mark.
 */
export function ActionList({
  actions,
  committees,
  meetings,
  exemptMinutes,
  today,
  selectedId,
  onOpen,
}: {
  actions: Action[];
  committees: Map<string, Committee>;
  meetings: Map<string, Meeting>;
  /** The minutes of Part B items, with the item's Schedule 12A paragraph where it has one. */
  exemptMinutes: ReadonlyMap<string, ExemptParagraph | undefined>;
  today: string;
  selectedId: string | undefined;
  onOpen: (action: Action) => void;
}) {
  const styles = useStyles();
  // Each row as the grid's composite mode makes it (arrow keys along its cells, a group Right Arrow enters),
  // except that Enter is left to the row, which opens the action, rather than taken to go into its cells.
  const along = useArrowNavigationGroup({ axis: 'horizontal' });
  const group = useFocusableGroup({
    tabBehavior: 'limited-trap-focus',
    ignoreDefaultKeydown: { Enter: true },
  });
  const rowTabster = useMemo(() => mergedTabster(along, group), [along, group]);
  // Each row's words and dates, worked out once per load or filter, not inside the frames of a scroll.
  const lines = useMemo(
    () =>
      actions.map((action) =>
        actionLine(
          action,
          committees.get(action.committeeId)?.name ?? '',
          meetings.get(action.meetingId)?.date ?? '',
          isOverdue(action, today),
          action.minuteId !== undefined && exemptMinutes.has(action.minuteId)
            ? exemptWords(exemptMinutes.get(action.minuteId))
            : undefined,
        ),
      ),
    [actions, committees, meetings, exemptMinutes, today],
  );
  return (
    <ResizableGridFrame>
      <DataGrid
        aria-label="Actions"
        aria-rowcount={lines.length + 1}
        items={lines}
        columns={actionColumns}
        getRowId={rowId}
        sortable
        {...resizableColumns(actionColumnSizing)}
        focusMode="composite"
        size="small"
      >
        <ResizableHeader className={styles.header} rowIndex={1} />
        <ActionRows
          count={lines.length}
          className={styles.body}
          selectedId={selectedId}
          rowTabster={rowTabster}
          onOpen={onOpen}
        />
      </DataGrid>
    </ResizableGridFrame>
  );
}

/**
 * The grid's body: its rows' classes and column widths are worked out here, once, inside the DataGrid (they
 * depend on its size and column sizing), rather than by each row as it scrolls into view.
 */
function ActionRows({
  count,
  className,
  selectedId,
  rowTabster,
  onOpen,
}: {
  count: number;
  className: string;
  selectedId: string | undefined;
  rowTabster: { 'data-tabster'?: string };
  onOpen: (action: Action) => void;
}) {
  const rowClasses = useActionRowClasses();
  const widths = useActionCellWidths();
  return (
    <VirtualGridBody<ActionLine>
      rowHeight={actionRowHeight}
      // No taller than its rows: a short or empty list leaves no tall empty box above the details.
      height={`min(60vh, ${Math.max(count, 1) * actionRowHeight + 2}px)`}
      className={className}
      testId="action-scroller"
    >
      {({ item }, place) => (
        <ActionRow
          line={item}
          classes={rowClasses}
          widths={widths}
          selected={item.action.id === selectedId}
          style={place.style}
          rowIndex={place.rowIndex}
          rowTabster={rowTabster}
          onOpen={onOpen}
        />
      )}
    </VirtualGridBody>
  );
}
