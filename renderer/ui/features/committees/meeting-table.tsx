import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  createTableColumn,
  makeStyles,
  mergeClasses,
  tokens,
  useLinkStyles_unstable,
  useLink_unstable,
  useTableCellStyles_unstable,
  useTableCell_unstable,
  useTableColumnSizing_unstable,
  useTableRowStyles_unstable,
  useTableFeatures,
  useTableRow_unstable,
  useTableSort,
  type TableColumnId,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { meetingStatuses, meetingTypes, type Meeting } from '../../../domain/model';
import { shownChoice, shownDate, shownTime } from '../../../domain/shown-value';
import { resizeByKeys } from '../../common/column-keys';
import { StoredValue } from '../../common/stored-value';

const rowHeight = 44;

// Stored values are compared as text: one Chamber cannot read (an old import) still sorts, marked, somewhere.
const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
const byText = (read: (meeting: Meeting) => unknown) => (a: Meeting, b: Meeting) =>
  text(read(a)).localeCompare(text(read(b)), 'en-GB');
const statusOrder = Object.keys(meetingStatuses);
/** The columns a clerk sorts by, each in the clerk's order: days by date, statuses along the lifecycle. */
const columns = [
  createTableColumn<Meeting>({
    columnId: 'day',
    compare: (a, b) => byText((m) => m.date)(a, b) || byText((m) => m.startTime)(a, b),
  }),
  createTableColumn<Meeting>({ columnId: 'time', compare: byText((m) => m.startTime) }),
  createTableColumn<Meeting>({ columnId: 'place', compare: byText((m) => m.venue) }),
  createTableColumn<Meeting>({
    columnId: 'kind',
    compare: byText((m) => meetingTypes[m.type] ?? m.type),
  }),
  createTableColumn<Meeting>({
    columnId: 'status',
    compare: (a, b) => statusOrder.indexOf(text(a.status)) - statusOrder.indexOf(text(b.status)),
  }),
];
const headings: [TableColumnId, string][] = [
  ['day', 'Day'],
  ['time', 'Time'],
  ['place', 'Place'],
  ['kind', 'Kind'],
  ['status', 'Status'],
];

/** Starting widths, together no wider than the page at 1024 px wide; the clerk widens any of them. */
const columnSizing: TableColumnSizingOptions = {
  day: { defaultWidth: 190, minWidth: 120 },
  time: { defaultWidth: 70, minWidth: 60 },
  place: { defaultWidth: 220, minWidth: 100 },
  kind: { defaultWidth: 100, minWidth: 70 },
  status: { defaultWidth: 130, minWidth: 80 },
};

const useStyles = makeStyles({
  scroller: { maxHeight: '60vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  row: { height: `${rowHeight}px` },
});

type RowLook = { row: string; cell: string; link: string };

/**
 * The classes Fluent's TableRow, TableCell and inline Link give their elements, worked out once per table: the
 * rows are plain elements with those classes, so they look exactly like Fluent's, but drawing (and taking
 * down, when the clerk opens a meeting) a screenful of rows is not a few hundred Fluent components each
 * checking its style rules and registering for focus handling.
 */
function useRowLook(rowClass: string): RowLook {
  const row = useTableRowStyles_unstable(useTableRow_unstable({}, null)).root.className ?? '';
  const cell = useTableCellStyles_unstable(useTableCell_unstable({}, null)).root.className ?? '';
  const link = useLinkStyles_unstable(useLink_unstable({ inline: true }, null)).root.className ?? '';
  return useMemo(() => ({ row: mergeClasses(row, rowClass), cell, link }), [row, rowClass, cell, link]);
}

/**
 * A committee's meetings as a table that puts only the rows in view (and a few either side) in the page, so
 * twelve years of meetings open as fast as one. It stays a real table: screen readers hear the full row count
 * and each row's place, and the arrow keys move from meeting to meeting, scrolling as they go.
 */
export function MeetingTable({ meetings: given }: { meetings: readonly Meeting[] }) {
  const styles = useStyles();
  // Fluent's table sort (the one its DataGrid uses): a header click sorts, a second click reverses.
  // And its column sizing: a heading's edge drags, Ctrl+→ / Ctrl+← on a heading widens or narrows it.
  const {
    getRows,
    sort: { getSortDirection, toggleColumnSort, sort },
    columnSizing_unstable: sizing,
    tableRef,
  } = useTableFeatures({ columns, items: given as Meeting[] }, [
    useTableSort({ defaultSortState: { sortColumn: 'day', sortDirection: 'ascending' } }),
    // The columns keep these widths or the clerk's: fitted to a measured width, they did not follow the window.
    useTableColumnSizing_unstable({ columnSizingOptions: columnSizing, autoFitColumns: false }),
  ]);
  const widths = headings.map(([columnId]) => sizing.getTableCellProps(columnId).style ?? {});
  const widthKey = widths.map((style) => String(style.width)).join(',');
  // One object per set of widths, so a row is drawn again only when a column changes width.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cellWidths = useMemo(() => widths, [widthKey]);
  const meetings = sort(getRows()).map((row) => row.item);
  const look = useRowLook(styles.row);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are not memoisable by the compiler; this component owns it alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualiser = useVirtualizer({
    count: meetings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Rows on the very first render, before the list has been measured.
    initialRect: { width: 1000, height: 600 },
  });
  const rows = virtualiser.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualiser.getTotalSize() - (rows.at(-1)?.end ?? 0);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row;
    if (step === undefined || from === undefined) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(meetings.length - 1, Number(from) + step));
    virtualiser.scrollToIndex(to, { align: 'auto' });
    // The row may only be in the page after the virtualiser's next render.
    const focus = (tries: number) => {
      const link = scroller.current?.querySelector<HTMLElement>(`[data-row="${to}"] a`);
      if (link) link.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(5);
  };

  return (
    <div ref={scroller} className={styles.scroller} onKeyDown={onKeyDown}>
      <Table
        sortable
        aria-label="Meetings"
        aria-rowcount={meetings.length + 1}
        ref={tableRef}
        {...sizing.getTableProps()}
      >
        <TableHeader className={styles.head}>
          <TableRow aria-rowindex={1}>
            {headings.map(([columnId, heading]) => (
              <TableHeaderCell
                key={columnId}
                sortDirection={getSortDirection(columnId)}
                onClick={(event) => toggleColumnSort(event, columnId)}
                onKeyDown={resizeByKeys(sizing, columnId)}
                {...sizing.getTableHeaderCellProps(columnId)}
              >
                {heading}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
          {rows.map((row) => (
            <MeetingRow
              key={(meetings[row.index] as Meeting).id}
              meeting={meetings[row.index] as Meeting}
              index={row.index}
              look={look}
              widths={cellWidths}
            />
          ))}
          {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
        </TableBody>
      </Table>
    </div>
  );
}

const MeetingRow = memo(function MeetingRow({
  meeting,
  index,
  look,
  widths,
}: {
  meeting: Meeting;
  index: number;
  look: RowLook;
  /** Each column's width, in the order of the headings. */
  widths: CSSProperties[];
}) {
  return (
    <tr className={look.row} data-row={index} aria-rowindex={index + 2}>
      <td className={look.cell} style={widths[0]}>
        <RouterLink className={look.link} to={`/meetings/${meeting.id}`}>
          <StoredValue value={shownDate(meeting.date)} field="Date" />
        </RouterLink>
      </td>
      {/* A value Chamber cannot read is marked; the meeting's page (the link) has the form to correct it. */}
      <td className={look.cell} style={widths[1]}>
        <StoredValue value={shownTime(meeting.startTime)} field="Start time" />
      </td>
      <td className={look.cell} style={widths[2]}>
        {meeting.venue}
      </td>
      <td className={look.cell} style={widths[3]}>
        <StoredValue value={shownChoice(meetingTypes, meeting.type)} field="Kind" />
      </td>
      <td className={look.cell} style={widths[4]}>
        <StoredValue value={shownChoice(meetingStatuses, meeting.status)} field="Status" />
      </td>
    </tr>
  );
});
