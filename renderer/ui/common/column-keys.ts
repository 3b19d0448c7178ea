import type { TableColumnId } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';

/** How much one key press widens or narrows a column; with Shift, a quarter of it (Fluent's own steps). */
const step = 20;

type ColumnSizing = {
  getColumnWidths: () => { columnId: TableColumnId; width: number }[];
  setColumnWidth: (columnId: TableColumnId, width: number) => void;
};

/**
 * Keyboard resizing for a column heading: Ctrl+→ widens the column, Ctrl+← narrows it (Shift for a finer step),
 * so a clerk who never touches the mouse can still open up a cut-off column. The heading's own keys (Enter
 * sorts, arrows move between headings) are untouched.
 *
 * @example <DataGridHeaderCell onKeyDown={resizeByKeys(grid.columnSizing_unstable, columnId)}>
 */
export function resizeByKeys(sizing: ColumnSizing, columnId: TableColumnId) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (!event.ctrlKey || event.altKey || event.metaKey) return;
    const sign = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (sign === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    // The width the heading is drawn at now: keys pressed in quick succession (or held down) each add a step,
    // though the grid has not yet drawn the heading again with a new handler.
    const drawn = parseFloat(event.currentTarget.style.width);
    const width = Number.isFinite(drawn)
      ? drawn
      : (sizing.getColumnWidths().find((column) => column.columnId === columnId)?.width ?? 0);
    sizing.setColumnWidth(columnId, width + sign * (event.shiftKey ? step / 4 : step));
  };
}
