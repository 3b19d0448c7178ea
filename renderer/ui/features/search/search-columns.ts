import { createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { searchKinds, type SearchHit, type SearchKind } from '../../../db/search';
import { shownDate, shownText } from '../../../domain/shown-value';

/** One search result as the grid lists it, worked out once per search rather than on every scrolled frame. */
export type SearchLine = {
  hit: SearchHit;
  committeeName: string;
  /** The meeting's date as it reads in the grid ("13/03/2024"), or what is wrong with the stored one. */
  meeting: string;
  /** 0 for the best match: the order the search found them in. */
  rank: number;
};

export function searchLine(hit: SearchHit, committeeName: string, rank: number): SearchLine {
  return { hit, committeeName, meeting: shownText(shownDate(hit.date, 'numeric'), 'Date'), rank };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const kindOrder = Object.keys(searchKinds) as SearchKind[];
const byRank = (a: SearchLine, b: SearchLine) => a.rank - b.rank;
/** ISO dates sort as text; the same day's meetings then go by committee. */
const byMeeting = (a: SearchLine, b: SearchLine) =>
  a.hit.date.localeCompare(b.hit.date) || collator.compare(a.committeeName, b.committeeName);

/**
 * The search grid's columns, each sortable from its heading (click, or Enter on it). Sorting by Result puts the
 * best match first, as the search found them, so a clerk who sorted by date can always get back to it; ties in
 * the other columns keep that order too. Cells are drawn by the row (search-row.tsx).
 */
export const searchColumns: TableColumnDefinition<SearchLine>[] = [
  createTableColumn<SearchLine>({
    columnId: 'result',
    compare: byRank,
    renderHeaderCell: () => 'Result',
  }),
  createTableColumn<SearchLine>({
    columnId: 'kind',
    compare: (a, b) => kindOrder.indexOf(a.hit.kind) - kindOrder.indexOf(b.hit.kind) || byRank(a, b),
    renderHeaderCell: () => 'Found in',
  }),
  createTableColumn<SearchLine>({
    columnId: 'committee',
    compare: (a, b) => collator.compare(a.committeeName, b.committeeName) || byRank(a, b),
    renderHeaderCell: () => 'Committee',
  }),
  createTableColumn<SearchLine>({
    columnId: 'meeting',
    compare: (a, b) => byMeeting(a, b) || byRank(a, b),
    renderHeaderCell: () => 'Meeting',
  }),
];

/**
 * Starting widths that together (with each column's 16 px of padding) fit the page beside the navigation at
 * 1024 px wide, 768 px; each can be widened, and the grid then scrolls sideways within the page.
 */
export const searchColumnSizing = {
  result: { defaultWidth: 334, minWidth: 200 },
  kind: { defaultWidth: 100, minWidth: 90 },
  committee: { defaultWidth: 170, minWidth: 100 },
  meeting: { defaultWidth: 96, minWidth: 90 },
};
