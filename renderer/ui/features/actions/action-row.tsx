import {
  makeStyles,
  mergeClasses,
  tokens,
  useBadgeStyles_unstable,
  useBadge_unstable,
  useDataGridCellStyles_unstable,
  useDataGridContext_unstable,
  useDataGridRowStyles_unstable,
  useFocusWithin,
  useTableContext,
  type DataGridCellState,
  type DataGridRowState,
} from '@fluentui/react-components';
import { memo, useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { shownChoice, shownDate, shownText, type ShownValue } from '../../../domain/shown-value';
import { actionStatuses, type Action } from '../../../domain/model';
import { StoredValue } from '../../common/stored-value';

const useStyles = makeStyles({
  row: { cursor: 'pointer', boxSizing: 'border-box' },
  overdue: { backgroundColor: tokens.colorPaletteRedBackground1 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block', minWidth: 0 },
  badge: { marginLeft: '4px', flexShrink: 0 },
});

export type ActionRowClasses = {
  /** Fluent's DataGridCell classes (size, layout, focus outline), for the row's plain cells. */
  gridCell: string;
  row: string;
  overdueRow: string;
  selectedRow: string;
  overdueSelectedRow: string;
  cell: string;
  overdueBadge: string;
  exemptBadge: string;
};

/**
 * The classes of every row, made once by the list, inside the DataGrid (its size and layout). Fluent's
 * makeStyles (and its Badge) check every one of their style rules each time a component using them mounts, and
 * a DataGridRow with its six DataGridCells runs some forty hooks (context selectors, tabster, focus) as it
 * mounts; a scrolled frame mounts a screenful of new rows, so a row is plain elements with the classes Fluent's
 * DataGridRow and DataGridCell would give them: the same look, focus outline and keyboard behaviour. The
 * Overdue and Exempt marks have the classes of Fluent small Badges.
 */
export function useActionRowClasses(): ActionRowClasses {
  const styles = useStyles();
  const { size, noNativeElements } = useTableContext();
  const overdue = useBadgeStyles_unstable(useBadge_unstable({ color: 'danger', size: 'small' }, null));
  const exempt = useBadgeStyles_unstable(useBadge_unstable({ color: 'important', size: 'small' }, null));
  // The parts of a row's and a cell's state that Fluent's style hooks read.
  const gridRow = useDataGridRowStyles_unstable({
    root: { className: styles.row },
    size,
    noNativeElements,
    appearance: 'none',
    isHeaderRow: false,
  } as DataGridRowState).root.className;
  const gridCell = useDataGridCellStyles_unstable({
    root: {},
    size,
    noNativeElements,
  } as DataGridCellState).root.className;
  return {
    gridCell: gridCell ?? '',
    row: gridRow ?? '',
    overdueRow: mergeClasses(gridRow, styles.overdue),
    selectedRow: mergeClasses(gridRow, styles.selected),
    overdueSelectedRow: mergeClasses(gridRow, styles.overdue, styles.selected),
    cell: styles.cell,
    overdueBadge: mergeClasses(overdue.root.className, styles.badge),
    exemptBadge: mergeClasses(exempt.root.className, styles.badge),
  };
}

type CellWidths = Record<'agreed' | 'action' | 'committee' | 'owner' | 'due' | 'status', CSSProperties>;

/** Each column's width as the grid's resizable columns set it (new only when a column is resized). */
export function useActionCellWidths(): CellWidths {
  const cellProps = useDataGridContext_unstable((grid) => grid.columnSizing_unstable.getTableCellProps);
  return useMemo(() => {
    const width = (columnId: string) => cellProps(columnId).style ?? {};
    return {
      agreed: width('agreed'),
      action: width('action'),
      committee: width('committee'),
      owner: width('owner'),
      due: width('due'),
      status: width('status'),
    };
  }, [cellProps]);
}

export const actionRowHeight = 44;

/** One action as the tracker shows it, worked out once per load rather than on every scrolled frame. */
export type ActionLine = {
  action: Action;
  /** The meeting's date (ISO), for sorting; `agreed` is how it reads. */
  agreedOn: string;
  agreed: string;
  committeeName: string;
  due: string;
  overdue: boolean;
  /** Agreed on a Part B item: "Exempt – paragraph 3" (never in a public log). */
  exempt?: string;
  /** The status, or what is wrong with the stored one (marked as such). */
  status: ShownValue;
};

export { exemptWords } from '../../../domain/exempt-papers';

export function actionLine(
  action: Action,
  committeeName: string,
  meetingDate: string,
  overdue: boolean,
  exempt?: string,
): ActionLine {
  return {
    action,
    agreedOn: meetingDate,
    // Text, not a mark: a line is also sorted and searched. A date Chamber cannot read says so in words.
    agreed: meetingDate ? shownText(shownDate(meetingDate, 'numeric'), 'Date') : '',
    committeeName,
    due: action.due ? shownText(shownDate(action.due, 'numeric'), 'Due date') : '',
    overdue,
    ...(exempt ? { exempt } : {}),
    status: shownChoice(actionStatuses, action.status),
  };
}

/**
 * Memoised: while scrolling, rows that stay in view are not drawn again. A row of the grid's composite mode: the
 * row and each cell take the focus (Tab, arrow keys), Enter or Space on the row opens the action.
 */
export const ActionRow = memo(function ActionRow({
  line,
  classes,
  widths,
  selected,
  style,
  rowIndex,
  rowTabster,
  onOpen,
}: {
  line: ActionLine;
  classes: ActionRowClasses;
  widths: CellWidths;
  selected: boolean;
  style: CSSProperties;
  rowIndex: number;
  /** The row's keyboard behaviour in the grid (see ActionList): Enter opens the action. */
  rowTabster: { 'data-tabster'?: string };
  onOpen: (action: Action) => void;
}) {
  const { action, agreed, committeeName, due, overdue, exempt, status } = line;
  // Fluent's outline on the row while one of its cells has the keyboard's focus (DataGridRow's focus-within; its
  // focus-visible is the FluentProvider's, which covers the whole page).
  const focusRef = useFocusWithin<HTMLDivElement>();
  const cell = classes.gridCell;
  return (
    <div
      ref={focusRef}
      role="row"
      tabIndex={0}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      className={
        overdue
          ? selected
            ? classes.overdueSelectedRow
            : classes.overdueRow
          : selected
            ? classes.selectedRow
            : classes.row
      }
      style={style}
      onClick={() => onOpen(action)}
      {...rowTabster}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        if ((event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) {
          event.preventDefault();
          onOpen(action);
        }
      }}
    >
      <div role="gridcell" tabIndex={0} className={cell} style={widths.agreed}>
        {agreed}
      </div>
      <div role="gridcell" tabIndex={0} className={cell} style={widths.action}>
        <span className={classes.cell} title={action.text}>
          {action.text}
        </span>
        {exempt ? <span className={classes.exemptBadge}>{exempt}</span> : null}
      </div>
      <div role="gridcell" tabIndex={0} className={cell} style={widths.committee}>
        <span className={classes.cell}>{committeeName}</span>
      </div>
      <div role="gridcell" tabIndex={0} className={cell} style={widths.owner}>
        <span className={classes.cell}>{action.ownerText}</span>
      </div>
      <div role="gridcell" tabIndex={0} className={cell} style={widths.due}>
        {due}
        {overdue ? <span className={classes.overdueBadge}>Overdue</span> : null}
      </div>
      <div role="gridcell" tabIndex={0} className={cell} style={widths.status}>
        {/* A status that reads is plain text; only a bad stored one needs the mark (and its styles). */}
        {status.valid ? status.text : <StoredValue value={status} field="Status" />}
      </div>
    </div>
  );
});
