import { memo } from 'react';
import {
  agendaItemName,
  printedAgendaNumber,
  type NumberedAgendaItem,
} from '../../../domain/agenda-numbering';
import type { AgendaActions } from './agenda-actions';
import { AgendaIcon } from './agenda-icons';
import { useAgendaLook } from './agenda-look';

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
  const look = useAgendaLook();
  const { item, number } = entry;

  return (
    <>
      <span className={look.body}>
        <span className={look.number}>{printedAgendaNumber(number)}</span>
        <strong>{item.title}</strong>
        <span className={look.badges}>
          {item.part === 'B' ? (
            <div className={look.partB}>
              Part B{item.exemptParagraph ? `, para ${item.exemptParagraph}` : ''}
            </div>
          ) : null}
          {item.keyDecision ? <div className={look.keyDecision}>Key decision</div> : null}
          {item.urgent ? <div className={look.urgent}>Urgent</div> : null}
          {item.unnumbered ? <div className={look.unnumbered}>Unnumbered section</div> : null}
        </span>
        {item.description ? <div>{item.description}</div> : null}
      </span>
      <span className={look.tools}>
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
          className={look.smallButton}
          aria-expanded={open}
          aria-label={`Details of ${agendaItemName(entry)}`}
          onClick={() => actions.toggle(item.id)}
        >
          Details
        </button>
      </span>
    </>
  );
});

/** Move up or Move down: a plain button with a Fluent subtle icon button's classes (see agenda-look.tsx). */
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
  const look = useAgendaLook();
  return (
    <button
      type="button"
      className={disabled ? look.iconButtonDisabled : look.iconButton}
      aria-label={`Move ${agendaItemName(entry)} ${direction}`}
      data-move={`${entry.item.id}:${direction}`}
      disabled={disabled}
      onClick={onMove}
    >
      <AgendaIcon name={direction} look={look} />
    </button>
  );
}
