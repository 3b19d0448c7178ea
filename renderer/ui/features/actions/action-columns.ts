import { createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { shownText } from '../../../domain/shown-value';
import type { ActionLine } from './action-row';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byText = (read: (line: ActionLine) => string) => (a: ActionLine, b: ActionLine) =>
  collator.compare(read(a), read(b));
/** ISO dates sort as text; an action with no due date goes after every dated one. */
const byDate = (read: (line: ActionLine) => string) => (a: ActionLine, b: ActionLine) =>
  (read(a) || '9999').localeCompare(read(b) || '9999');

/**
 * The tracker's columns, each sortable from its heading (click, or Enter on it). Cells are drawn by the row
 * itself (action-row.tsx), which is memoised for scrolling; the columns give the headings and the order.
 */
export const actionColumns: TableColumnDefinition<ActionLine>[] = [
  createTableColumn<ActionLine>({
    columnId: 'agreed',
    compare: byDate((line) => line.agreedOn),
    renderHeaderCell: () => 'Agreed',
  }),
  createTableColumn<ActionLine>({
    columnId: 'action',
    compare: byText((line) => line.action.text),
    renderHeaderCell: () => 'Action',
  }),
  createTableColumn<ActionLine>({
    columnId: 'committee',
    compare: byText((line) => line.committeeName),
    renderHeaderCell: () => 'Committee',
  }),
  createTableColumn<ActionLine>({
    columnId: 'owner',
    compare: byText((line) => line.action.ownerText),
    renderHeaderCell: () => 'Owner',
  }),
  createTableColumn<ActionLine>({
    columnId: 'due',
    compare: byDate((line) => line.action.due ?? ''),
    renderHeaderCell: () => 'Due',
  }),
  createTableColumn<ActionLine>({
    columnId: 'status',
    compare: byText((line) => shownText(line.status, 'Status')),
    renderHeaderCell: () => 'Status',
  }),
];

/**
 * Starting widths that together (with each column's 16 px of padding) fit the page beside the navigation at
 * 1024 px wide, 768 px (they ran 240 px past it, Due and Status cut off); each can be widened by dragging, or
 * Ctrl+Arrow on its heading, and the grid then scrolls sideways within the page.
 */
export const actionColumnSizing = {
  agreed: { defaultWidth: 84, minWidth: 84 },
  action: { defaultWidth: 164, minWidth: 120 },
  committee: { defaultWidth: 110, minWidth: 80 },
  owner: { defaultWidth: 100, minWidth: 80 },
  due: { defaultWidth: 130, minWidth: 84 },
  status: { defaultWidth: 84, minWidth: 84 },
};
