import {
  TableRowIdContextProvider,
  mergeClasses,
  useDataGridBodyStyles_unstable,
  useDataGridBody_unstable,
  type TableRowData,
} from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';

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
  // Fluent's own body state: the rows in the grid's sort order. Its render function is not used; rows are drawn below.
  const state = useDataGridBody_unstable({ children: () => null }, scroller);
  useDataGridBodyStyles_unstable(state);
  const rows = state.rows as TableRowData<T>[];
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
      className={mergeClasses(state.root.className, className)}
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
