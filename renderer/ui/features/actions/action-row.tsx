import {
  makeStyles,
  mergeClasses,
  tokens,
  useBadgeStyles_unstable,
  useBadge_unstable,
} from '@fluentui/react-components';
import { memo } from 'react';
import { shownChoice, shownDate, shownText } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import { actionStatuses, type Action } from '../../../domain/model';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '7rem 1fr 12rem 12rem 7rem 8rem',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalS}`,
    boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  overdue: { backgroundColor: tokens.colorPaletteRedBackground1 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  overdueBadge: { marginLeft: '4px' },
});

export type ActionRowClasses = {
  row: string;
  overdueRow: string;
  selectedRow: string;
  overdueSelectedRow: string;
  cell: string;
  overdueBadge: string;
};

/**
 * The classes of every row, made once by the list. Fluent's makeStyles (and its Badge) check every one of their
 * style rules each time a component using them mounts; a scrolled frame mounts a dozen rows, so the rows take
 * plain class names instead. The Overdue mark has the classes of a Fluent small danger Badge, so it looks the same.
 */
export function useActionRowClasses(): ActionRowClasses {
  const styles = useStyles();
  const badge = useBadgeStyles_unstable(useBadge_unstable({ color: 'danger', size: 'small' }, null));
  return {
    row: styles.row,
    overdueRow: mergeClasses(styles.row, styles.overdue),
    selectedRow: mergeClasses(styles.row, styles.selected),
    overdueSelectedRow: mergeClasses(styles.row, styles.overdue, styles.selected),
    cell: styles.cell,
    overdueBadge: mergeClasses(badge.root.className, styles.overdueBadge),
  };
}

export const actionRowHeight = 44;

/** One action as the tracker shows it, worked out once per load rather than on every scrolled frame. */
export type ActionLine = {
  action: Action;
  agreed: string;
  committeeName: string;
  due: string;
  overdue: boolean;
};

export function actionLine(action: Action, committeeName: string, meetingDate: string, overdue: boolean) {
  return {
    action,
    // Text, not a mark: a line is also sorted and searched. A date Chamber cannot read says so in words.
    agreed: meetingDate ? shownText(shownDate(meetingDate, 'numeric'), 'Date') : '',
    committeeName,
    due: action.due ? shownText(shownDate(action.due, 'numeric'), 'Due date') : '',
    overdue,
  };
}

/** Memoised: while scrolling, rows that stay in view are not drawn again. */
export const ActionRow = memo(function ActionRow({
  line: { action, agreed, committeeName, due, overdue },
  classes,
  selected,
  top,
  height,
  onOpen,
}: {
  line: ActionLine;
  classes: ActionRowClasses;
  selected: boolean;
  top: number;
  height: number;
  onOpen: (action: Action) => void;
}) {
  return (
    <div
      role="row"
      tabIndex={0}
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
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        height,
        transform: `translateY(${top}px)`,
      }}
      onClick={() => onOpen(action)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(action);
        }
      }}
    >
      <span role="cell">{agreed}</span>
      <span role="cell" className={classes.cell} title={action.text}>
        {action.text}
      </span>
      <span role="cell" className={classes.cell}>
        {committeeName}
      </span>
      <span role="cell" className={classes.cell}>
        {action.ownerText}
      </span>
      <span role="cell">
        {due}
        {overdue ? <div className={classes.overdueBadge}>Overdue</div> : null}
      </span>
      <span role="cell">
        <StoredValue value={shownChoice(actionStatuses, action.status)} field="Status" />
      </span>
    </div>
  );
});
