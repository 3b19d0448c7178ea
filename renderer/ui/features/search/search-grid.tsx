import {
  DataGrid,
  DataGridCell,
  DataGridRow,
  makeStyles,
  tokens,
  type TableRowData,
} from '@fluentui/react-components';
import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { searchKinds, type SearchHit } from '../../../db/search';
import { ResizableGridFrame, ResizableHeader, resizableColumns } from '../../common/resizable-grid';
import { VirtualGridBody } from '../../common/virtual-grid-body';
import { searchColumnSizing, searchColumns, searchLine, type SearchLine } from './search-columns';
import { SearchResult, hitLink } from './search-result';

/** A title line and two lines of the words around the match. */
const rowHeight = 60;

const useStyles = makeStyles({
  header: { backgroundColor: tokens.colorNeutralBackground3 },
  body: { border: `1px solid ${tokens.colorNeutralStroke1}` },
  row: { cursor: 'pointer', boxSizing: 'border-box' },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
});

function SearchRow({
  line,
  style,
  rowIndex,
  onOpen,
}: {
  line: SearchLine;
  style: CSSProperties;
  rowIndex: number;
  onOpen: (hit: SearchHit) => void;
}) {
  const styles = useStyles();
  const { hit } = line;
  return (
    <DataGridRow<SearchLine>
      aria-rowindex={rowIndex}
      className={styles.row}
      style={style}
      onClick={() => onOpen(hit)}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key !== 'Enter' || event.ctrlKey || event.altKey || event.metaKey) return;
        event.preventDefault();
        onOpen(hit);
      }}
    >
      {({ columnId }) => (
        <DataGridCell>
          {columnId === 'result' ? <SearchResult hit={hit} /> : null}
          {columnId === 'kind' ? <span className={styles.cell}>{searchKinds[hit.kind]}</span> : null}
          {columnId === 'committee' ? (
            <span className={styles.cell} title={line.committeeName}>
              {line.committeeName}
            </span>
          ) : null}
          {columnId === 'meeting' ? <span className={styles.cell}>{line.meeting}</span> : null}
        </DataGridCell>
      )}
    </DataGridRow>
  );
}

/**
 * The results of a search as a dense grid, best match first: click or Enter on a heading sorts by it (Result
 * goes back to the best match first), Ctrl+→ / Ctrl+← on a heading widens or narrows its column, the arrow
 * keys move from cell to cell and Enter (or a click) on a row opens the meeting at what was found. Only the
 * rows in view are drawn, so a long list scrolls as smoothly as a short one.
 */
export function SearchGrid({
  hits,
  committeeNames,
}: {
  hits: readonly SearchHit[];
  committeeNames: ReadonlyMap<string, string>;
}) {
  const styles = useStyles();
  const navigate = useNavigate();
  const lines = useMemo(
    () => hits.map((hit, rank) => searchLine(hit, committeeNames.get(hit.committeeId) ?? '', rank)),
    [hits, committeeNames],
  );
  const open = (hit: SearchHit) => void navigate(hitLink(hit));
  return (
    <ResizableGridFrame>
      <DataGrid
        aria-label="Search results"
        aria-rowcount={lines.length + 1}
        items={lines}
        columns={searchColumns}
        getRowId={(line: SearchLine) => line.hit.id}
        sortable
        defaultSortState={{ sortColumn: 'result', sortDirection: 'ascending' }}
        {...resizableColumns(searchColumnSizing)}
        // Arrow keys from cell to cell, headings included, as in Outlook's lists; Enter on any cell opens its row.
        focusMode="cell"
        size="small"
      >
        <ResizableHeader className={styles.header} rowIndex={1} />
        <VirtualGridBody<SearchLine>
          rowHeight={rowHeight}
          // No taller than its rows: a short list leaves no tall empty box under it.
          height={`min(60vh, ${Math.max(lines.length, 1) * rowHeight + 2}px)`}
          className={styles.body}
          testId="search-scroller"
        >
          {({ item }: TableRowData<SearchLine>, place) => (
            <SearchRow line={item} style={place.style} rowIndex={place.rowIndex} onOpen={open} />
          )}
        </VirtualGridBody>
      </DataGrid>
    </ResizableGridFrame>
  );
}
