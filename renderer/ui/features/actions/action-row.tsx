import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
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

export function ActionRow({
  action,
  committeeName,
  meetingDate,
  overdue,
  selected,
  style,
  onOpen,
}: {
  action: Action;
  committeeName: string;
  meetingDate: string;
  overdue: boolean;
  selected: boolean;
  style: CSSProperties;
  onOpen: () => void;
}) {
  const styles = useStyles();
  return (
    <div
      role="row"
      tabIndex={0}
      aria-selected={selected}
      className={mergeClasses(styles.row, overdue && styles.overdue, selected && styles.selected)}
      style={style}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen();
        }
      }}
    >
      <span role="cell">{meetingDate ? formatNumericDate(meetingDate) : ''}</span>
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
        {action.due ? formatNumericDate(action.due) : ''}
        {overdue ? (
          <Badge color="danger" size="small" style={{ marginLeft: 4 }}>
            Overdue
          </Badge>
        ) : null}
      </span>
      <span role="cell">{actionStatuses[action.status]}</span>
    </div>
  );
}
