import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { formatNumericDate } from '../../../domain/en-gb';
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
});

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
    agreed: meetingDate ? formatNumericDate(meetingDate) : '',
    committeeName,
    due: action.due ? formatNumericDate(action.due) : '',
    overdue,
  };
}

/** Memoised: while scrolling, rows that stay in view are not drawn again. */
export const ActionRow = memo(function ActionRow({
  line: { action, agreed, committeeName, due, overdue },
  selected,
  top,
  height,
  onOpen,
}: {
  line: ActionLine;
  selected: boolean;
  top: number;
  height: number;
  onOpen: (action: Action) => void;
}) {
  const styles = useStyles();
  return (
    <div
      role="row"
      tabIndex={0}
      aria-selected={selected}
      className={mergeClasses(styles.row, overdue && styles.overdue, selected && styles.selected)}
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
      <span role="cell" className={styles.cell} title={action.text}>
        {action.text}
      </span>
      <span role="cell" className={styles.cell}>
        {committeeName}
      </span>
      <span role="cell" className={styles.cell}>
        {action.ownerText}
      </span>
      <span role="cell">
        {due}
        {overdue ? (
          <Badge color="danger" size="small" style={{ marginLeft: 4 }}>
            Overdue
          </Badge>
        ) : null}
      </span>
      <span role="cell">{actionStatuses[action.status]}</span>
    </div>
  );
});
