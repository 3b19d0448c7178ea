import {
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { resizeByKeys } from './column-keys';

const useStyles = makeStyles({
  // Its width comes from the page alone (`contain`), never from the grid, so a grid cannot hold the page open
  // past the window's edge; columns the clerk widens past the page scroll sideways here.
  frame: { contain: 'inline-size', overflowX: 'auto' },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
});

/**
 * The box a resizable grid sits in, so that widening a column never pushes the screen past the window.
 *
 * @example <ResizableGridFrame><DataGrid {...resizableColumns(columnSizing)}>...</DataGrid></ResizableGridFrame>
 */
export function ResizableGridFrame({ children }: { children: ReactNode }) {
  return <div className={useStyles().frame}>{children}</div>;
}

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

/**
 * A cell's words on one line, cut with an ellipsis at the column's edge (the whole of them on hover) rather than
 * running on into the next column or wrapping the row to three lines: a narrowed column stays readable.
 *
 * @example renderCell: (person) => <GridCellText text={person.email} />
 */
export function GridCellText({ text }: { text: string }) {
  return (
    <span className={useStyles().text} title={text}>
      {text}
    </span>
  );
}
