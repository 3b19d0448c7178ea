import {
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { resizeByKeys } from './column-keys';

/**
 * The props that make a Fluent DataGrid's columns resizable the house way: each column starts at the width given
 * (the widths of a grid are chosen together to fit the page at 1024 px wide; fitted to the container instead,
 * Fluent's grids came out wider than the page) and the clerk widens or narrows it by dragging a heading's edge,
 * or from the keyboard with {@link ResizableHeader}.
 *
 * @example <DataGrid items={lines} columns={columns} {...resizableColumns(columnSizing)} />
 */
export function resizableColumns(sizing: TableColumnSizingOptions) {
  return {
    resizableColumns: true,
    columnSizingOptions: sizing,
    resizableColumnsOptions: { autoFitColumns: false },
  } as const;
}

/**
 * A DataGrid's heading row whose headings sort (click, or Enter on one) and resize from the keyboard: Ctrl+→
 * widens the focused heading's column, Ctrl+← narrows it (see column-keys.ts). `rowIndex` is for grids that
 * draw only the rows in view and so number their rows themselves.
 *
 * @example <DataGrid ...><ResizableHeader /><DataGridBody>...</DataGridBody></DataGrid>
 */
export function ResizableHeader({ className, rowIndex }: { className?: string; rowIndex?: number }) {
  return (
    <DataGridHeader className={className}>
      <DataGridRow aria-rowindex={rowIndex}>
        {({ renderHeaderCell, columnId }, grid) => (
          <DataGridHeaderCell onKeyDown={resizeByKeys(grid.columnSizing_unstable, columnId)}>
            {renderHeaderCell()}
          </DataGridHeaderCell>
        )}
      </DataGridRow>
    </DataGridHeader>
  );
}
