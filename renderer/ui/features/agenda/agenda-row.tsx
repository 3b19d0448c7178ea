import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ReOrderDotsVerticalRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { AgendaItem } from '../../../domain/model';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { boxShadow: tokens.shadow16, position: 'relative', zIndex: 1 },
  handle: { cursor: 'grab', touchAction: 'none' },
  number: { display: 'inline-block', minWidth: '2.5rem', fontWeight: tokens.fontWeightSemibold },
  body: { flex: '1 1 20rem', minWidth: 0, overflowWrap: 'anywhere' },
  badges: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    marginLeft: tokens.spacingHorizontalS,
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/**
 * One line of the agenda: a drag handle, the printed number and title (kept together as "5.Title" so the line reads
 * naturally), what marks it out, and the clerk's tools for it.
 */
export function AgendaRow({
  item,
  number,
  first,
  last,
  onMove,
  tools,
  children,
}: {
  item: AgendaItem;
  number: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  tools: ReactNode;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={`Item ${number}: ${item.title}`}
    >
      <div className={isDragging ? `${styles.row} ${styles.dragging}` : styles.row}>
        <Tooltip content="Drag, or press Space then arrow keys, to move" relationship="description">
          <Button
            ref={setActivatorNodeRef}
            className={styles.handle}
            appearance="subtle"
            icon={<ReOrderDotsVerticalRegular />}
            aria-label={`Reorder item ${number}, ${item.title}`}
            {...attributes}
            {...listeners}
          />
        </Tooltip>
        <span className={styles.body}>
          <span className={styles.number}>{number}.</span>
          <strong>{item.title}</strong>
          <span className={styles.badges}>
            {item.part === 'B' ? (
              <Badge appearance="tint" color="danger">
                Part B{item.exemptParagraph ? `, para ${item.exemptParagraph}` : ''}
              </Badge>
            ) : null}
            {item.keyDecision ? <Badge appearance="tint">Key decision</Badge> : null}
            {item.urgent ? (
              <Badge appearance="tint" color="warning">
                Urgent
              </Badge>
            ) : null}
          </span>
          {item.description ? <div>{item.description}</div> : null}
        </span>
        <span className={styles.tools}>
          <Button
            appearance="subtle"
            icon={<ArrowUpRegular />}
            aria-label={`Move item ${number} up`}
            data-move={`${item.id}:up`}
            disabled={first}
            onClick={() => onMove(-1)}
          />
          <Button
            appearance="subtle"
            icon={<ArrowDownRegular />}
            aria-label={`Move item ${number} down`}
            data-move={`${item.id}:down`}
            disabled={last}
            onClick={() => onMove(1)}
          />
          {tools}
        </span>
      </div>
      {children}
    </li>
  );
}
