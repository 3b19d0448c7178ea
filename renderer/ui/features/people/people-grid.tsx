import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridRow,
  createTableColumn,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Person } from '../../../domain/model';
import { bySurname, printedName } from '../../../domain/person-name';
import {
  GridCellText,
  ResizableGridFrame,
  ResizableHeader,
  resizableColumns,
} from '../../common/resizable-grid';
import { ScreenLink } from '../../common/screen-link';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const text = (read: (person: Person) => string) => (a: Person, b: Person) =>
  collator.compare(read(a), read(b)) || bySurname(a, b);

const columns: TableColumnDefinition<Person>[] = [
  createTableColumn<Person>({
    columnId: 'name',
    compare: bySurname,
    renderHeaderCell: () => 'Name',
    renderCell: (person) => <ScreenLink to={`/people/${person.id}`}>{printedName(person)}</ScreenLink>,
  }),
  createTableColumn<Person>({
    columnId: 'group',
    compare: text((person) => person.group),
    renderHeaderCell: () => 'Group or organisation',
    renderCell: (person) => <GridCellText text={person.group} />,
  }),
  createTableColumn<Person>({
    columnId: 'position',
    compare: text((person) => person.position),
    renderHeaderCell: () => 'Role',
    renderCell: (person) => <GridCellText text={person.position} />,
  }),
  createTableColumn<Person>({
    columnId: 'email',
    compare: text((person) => person.email),
    renderHeaderCell: () => 'Email',
    renderCell: (person) => <GridCellText text={person.email} />,
  }),
  createTableColumn<Person>({
    columnId: 'status',
    compare: text((person) => person.status),
    renderHeaderCell: () => 'Status',
    renderCell: (person) => (person.status === 'former' ? 'Former' : 'Active'),
  }),
];

// Together (with each column's 16 px of padding) no wider than the page at 1024 px wide, so no column is cut
// off at the edge of a laptop's window; wider at the clerk's wish (drag a heading's edge, or Ctrl+→ on it).
const columnSizing = {
  name: { defaultWidth: 190, minWidth: 140 },
  group: { defaultWidth: 160, minWidth: 100 },
  position: { defaultWidth: 100, minWidth: 80 },
  email: { defaultWidth: 160, minWidth: 100 },
  status: { defaultWidth: 70, minWidth: 70 },
};

/**
 * Everyone on record as a dense grid, sorted by surname until the clerk sorts by another column (click or
 * Enter on its heading); columns can be widened, by dragging a heading's edge or with Ctrl+→ on the heading.
 * Arrow keys move between cells, as in Outlook's lists.
 */
export function PeopleGrid({ people }: { people: readonly Person[] }) {
  return (
    <ResizableGridFrame>
      <DataGrid
        aria-label="People"
        items={[...people]}
        columns={columns}
        getRowId={(person: Person) => person.id}
        sortable
        defaultSortState={{ sortColumn: 'name', sortDirection: 'ascending' }}
        {...resizableColumns(columnSizing)}
        focusMode="composite"
        size="small"
      >
        <ResizableHeader />
        <DataGridBody<Person>>
          {({ item, rowId }) => (
            <DataGridRow<Person> key={rowId}>
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </ResizableGridFrame>
  );
}
