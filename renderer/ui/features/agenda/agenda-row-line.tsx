import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { AgendaActions } from './agenda-actions';
import { useAgendaButtons } from './agenda-buttons';

const useStyles = makeStyles({
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
 * The words of an agenda line, the printed number and title kept together as "5.Title" so the line reads
 * naturally, with what marks the item out; then its Move up, Move down and Details buttons.
 */
export const AgendaRowLine = memo(function AgendaRowLine({
  entry,
  index,
  first,
  last,
  open,
  actions,
}: {
  entry: NumberedAgendaItem;
  index: number;
  first: boolean;
  last: boolean;
  open: boolean;
  actions: AgendaActions;
}) {
  const styles = useStyles();
  const { item, number } = entry;
  const buttons = useAgendaButtons();
  return (
    <>
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
        <MoveButton
          entry={entry}
          direction="up"
          disabled={first}
          onMove={() => actions.step(entry, index, -1)}
        />
        <MoveButton
          entry={entry}
          direction="down"
          disabled={last}
          onMove={() => actions.step(entry, index, 1)}
        />
        <button
          type="button"
          className={buttons.smallButton}
          aria-expanded={open}
          aria-label={`Details of item ${number}`}
          onClick={() => actions.toggle(item.id)}
        >
          Details
        </button>
      </span>
    </>
  );
});

/** Move up or Move down: a plain button with a Fluent subtle icon button's classes (see agenda-buttons.tsx). */
function MoveButton({
  entry,
  direction,
  disabled,
  onMove,
}: {
  entry: NumberedAgendaItem;
  direction: 'up' | 'down';
  disabled: boolean;
  onMove: () => void;
}) {
  const buttons = useAgendaButtons();
  return (
    <button
      type="button"
      className={disabled ? buttons.iconButtonDisabled : buttons.iconButton}
      aria-label={`Move item ${entry.number} ${direction}`}
      data-move={`${entry.item.id}:${direction}`}
      disabled={disabled}
      onClick={onMove}
    >
      <span className={buttons.icon}>{direction === 'up' ? <ArrowUpRegular /> : <ArrowDownRegular />}</span>
    </button>
  );
}
