import type { NumberedAgendaItem } from '../../../domain/agenda-numbering';

/**
 * What the rows of the agenda can ask of the builder. One object made once per meeting, so handing it to every
 * row does not make the rows draw again.
 */
export type AgendaActions = {
  meetingId: string;
  today: string;
  /** Move an item to a place among its siblings (0 is first), then say where it went. */
  moveTo: (entry: NumberedAgendaItem, toIndex: number) => void;
  /** Move an item one place up or down with its Move button; focus stays on that button. */
  step: (entry: NumberedAgendaItem, index: number, by: -1 | 1) => void;
  /** Open or close an item's details. */
  toggle: (id: string) => void;
  remove: (id: string) => void;
};
