import {
  TableRowIdContextProvider,
  mergeClasses,
  useDataGridBodyStyles_unstable,
  useDataGridContext_unstable,
  useTableContext,
  type DataGridBodyState,
  type TableRowData,
} from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type CSSProperties, type ReactNode } from 'react';

/**
 * A Fluent DataGrid's body that draws only the rows in view (with @tanstack/react-virtual), so a grid of ten
 * thousand rows scrolls as smoothly as one of ten. The rows come from the DataGrid already sorted; each is given
 * the style that places it (absolute, moved down to its place) and its row number for screen readers.
 *
 * @example <VirtualGridBody<Line> rowHeight={44} height="60vh">{(row, place) => <DataGridRow style={place.style} />}</VirtualGridBody>
 */
const places = new Map<string, CSSProperties>();

/**
 * The style that places a row, the same object for the same place: a memoised row that stays in view through
 * a scroll is then not drawn again for a style that only looks new. At most a few thousand places are kept.
 */
function placed(start: number, size: number): CSSProperties {
  const key = `${start}:${size}`;
  let style = places.get(key);
  if (!style) {
    if (places.size > 5000) places.clear();
    style = {
      position: 'absolute',
      top: 0,
      left: 0,
      width: '100%',
      height: size,
      transform: `translateY(${start}px)`,
    };
    places.set(key, style);
  }
  return style;
}

export function VirtualGridBody<T>({
  children,
  rowHeight,
  height,
  className,
  testId,
}: {
  children: (row: TableRowData<T>, place: { style: CSSProperties; rowIndex: number }) => ReactNode;
  rowHeight: number;
  height: string;
  className?: string;
  testId?: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // The rows in the grid's sort order, as Fluent's DataGridBody gets them, but once per sort or change of the
  // items: Fluent's body makes and sorts every row at each render, which is every scrolled frame here (10,000
  // rows of the full archive's action log: about a millisecond of each frame).
  const { sortable, noNativeElements } = useTableContext();
  const getRows = useDataGridContext_unstable((grid) => grid.getRows);
  const sort = useDataGridContext_unstable((grid) => grid.sort.sort);
  const rows: TableRowData<T>[] = useMemo(
    () => (sortable ? sort(getRows()) : getRows()),
    [sortable, sort, getRows],
  );
  // The body's classes, as Fluent's DataGridBody has them (the parts of its state its style hook reads).
  const bodyClass = useDataGridBodyStyles_unstable({ root: {}, noNativeElements } as DataGridBodyState).root
    .className;
  // The virtualiser's functions are not memoisable by the compiler; this component owns it alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualiser = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // A few rows either side keep Tab and the arrow keys drawn ahead; more would be drawn for nothing.
    overscan: 4,
    // Rows on the very first render, before the body has been measured.
    initialRect: { width: 1000, height: 600 },
  });
  return (
    <div
      ref={scroller}
      role="rowgroup"
      className={mergeClasses(bodyClass, className)}
      style={{ height, overflowY: 'auto' }}
      data-testid={testId}
    >
      <div style={{ height: virtualiser.getTotalSize(), position: 'relative' }}>
        {virtualiser.getVirtualItems().map((virtual) => {
          const row = rows[virtual.index];
          if (!row) return null;
          const style = placed(virtual.start, virtual.size);
          return (
            <TableRowIdContextProvider key={row.rowId} value={row.rowId}>
              {/* Row 1 is the header row. */}
              {children(row, { style, rowIndex: virtual.index + 2 })}
            </TableRowIdContextProvider>
          );
        })}
      </div>
    </div>
  );
}
