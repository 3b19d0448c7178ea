import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useLinkStyles_unstable,
  useLink_unstable,
  useTableCellStyles_unstable,
  useTableCell_unstable,
  useTableRowStyles_unstable,
  useTableRow_unstable,
} from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { meetingStatuses, meetingTypes, type Meeting } from '../../../domain/model';
import { shownChoice, shownDate, shownTime } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';

const rowHeight = 44;

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
export function MeetingTable({ meetings }: { meetings: readonly Meeting[] }) {
  const styles = useStyles();
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
      <Table aria-label="Meetings" aria-rowcount={meetings.length + 1}>
        <TableHeader className={styles.head}>
          <TableRow aria-rowindex={1}>
            <TableHeaderCell>Day</TableHeaderCell>
            <TableHeaderCell>Time</TableHeaderCell>
            <TableHeaderCell>Place</TableHeaderCell>
            <TableHeaderCell>Kind</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
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
}: {
  meeting: Meeting;
  index: number;
  look: RowLook;
}) {
  return (
    <tr className={look.row} data-row={index} aria-rowindex={index + 2}>
      <td className={look.cell}>
        <RouterLink className={look.link} to={`/meetings/${meeting.id}`}>
          <StoredValue value={shownDate(meeting.date)} field="Date" />
        </RouterLink>
      </td>
      {/* A value Chamber cannot read is marked; the meeting's page (the link) has the form to correct it. */}
      <td className={look.cell}>
        <StoredValue value={shownTime(meeting.startTime)} field="Start time" />
      </td>
      <td className={look.cell}>{meeting.venue}</td>
      <td className={look.cell}>
        <StoredValue value={shownChoice(meetingTypes, meeting.type)} field="Kind" />
      </td>
      <td className={look.cell}>
        <StoredValue value={shownChoice(meetingStatuses, meeting.status)} field="Status" />
      </td>
    </tr>
  );
});
