import {
  DataGridCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  tokens,
  useBadgeStyles_unstable,
  useBadge_unstable,
} from '@fluentui/react-components';
import { memo, type CSSProperties, type KeyboardEvent } from 'react';
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
  row: string;
  overdueRow: string;
  selectedRow: string;
  overdueSelectedRow: string;
  cell: string;
  overdueBadge: string;
  exemptBadge: string;
};

/**
 * The classes of every row, made once by the list. Fluent's makeStyles (and its Badge) check every one of their
 * style rules each time a component using them mounts; a scrolled frame mounts a dozen rows, so the marks in a
 * row take plain class names instead: the Overdue and Exempt marks have the classes of Fluent small Badges.
 */
export function useActionRowClasses(): ActionRowClasses {
  const styles = useStyles();
  const overdue = useBadgeStyles_unstable(useBadge_unstable({ color: 'danger', size: 'small' }, null));
  const exempt = useBadgeStyles_unstable(useBadge_unstable({ color: 'important', size: 'small' }, null));
  return {
    row: styles.row,
    overdueRow: mergeClasses(styles.row, styles.overdue),
    selectedRow: mergeClasses(styles.row, styles.selected),
    overdueSelectedRow: mergeClasses(styles.row, styles.overdue, styles.selected),
    cell: styles.cell,
    overdueBadge: mergeClasses(overdue.root.className, styles.badge),
    exemptBadge: mergeClasses(exempt.root.className, styles.badge),
  };
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

/** Memoised: while scrolling, rows that stay in view are not drawn again. */
export const ActionRow = memo(function ActionRow({
  line,
  classes,
  selected,
  style,
  rowIndex,
  rowTabster,
  onOpen,
}: {
  line: ActionLine;
  classes: ActionRowClasses;
  selected: boolean;
  style: CSSProperties;
  rowIndex: number;
  /** The row's keyboard behaviour in the grid (see ActionList): Enter opens the action. */
  rowTabster: { 'data-tabster'?: string };
  onOpen: (action: Action) => void;
}) {
  const { action, agreed, committeeName, due, overdue, exempt, status } = line;
  return (
    <DataGridRow<ActionLine>
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
      {({ columnId }) => (
        <DataGridCell>
          {columnId === 'agreed' ? agreed : null}
          {columnId === 'action' ? (
            <>
              <span className={classes.cell} title={action.text}>
                {action.text}
              </span>
              {exempt ? <span className={classes.exemptBadge}>{exempt}</span> : null}
            </>
          ) : null}
          {columnId === 'committee' ? <span className={classes.cell}>{committeeName}</span> : null}
          {columnId === 'owner' ? <span className={classes.cell}>{action.ownerText}</span> : null}
          {columnId === 'due' ? (
            <>
              {due}
              {overdue ? <span className={classes.overdueBadge}>Overdue</span> : null}
            </>
          ) : null}
          {columnId === 'status' ? <StoredValue value={status} field="Status" /> : null}
        </DataGridCell>
      )}
    </DataGridRow>
  );
});
