import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Person } from '../../../domain/model';
import { bySurname, printedName } from '../../../domain/person-name';
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
    renderCell: (person) => person.group,
  }),
  createTableColumn<Person>({
    columnId: 'position',
    compare: text((person) => person.position),
    renderHeaderCell: () => 'Role',
    renderCell: (person) => person.position,
  }),
  createTableColumn<Person>({
    columnId: 'email',
    compare: text((person) => person.email),
    renderHeaderCell: () => 'Email',
    renderCell: (person) => person.email,
  }),
  createTableColumn<Person>({
    columnId: 'status',
    compare: text((person) => person.status),
    renderHeaderCell: () => 'Status',
    renderCell: (person) => (person.status === 'former' ? 'Former' : 'Active'),
  }),
];

const columnSizing = {
  // Together narrower than the page at 1024 px wide, so no column is cut off at the edge.
  name: { defaultWidth: 220, minWidth: 140 },
  group: { defaultWidth: 170, minWidth: 100 },
  position: { defaultWidth: 150, minWidth: 80 },
  email: { defaultWidth: 200, minWidth: 100 },
  status: { defaultWidth: 80, minWidth: 70 },
};

/**
 * Everyone on record as a dense grid, sorted by surname until the clerk sorts by another column (click or
 * Enter on its heading); columns can be widened. Arrow keys move between cells, as in Outlook's lists.
 */
export function PeopleGrid({ people }: { people: readonly Person[] }) {
  return (
    <DataGrid
      aria-label="People"
      items={[...people]}
      columns={columns}
      getRowId={(person: Person) => person.id}
      sortable
      defaultSortState={{ sortColumn: 'name', sortDirection: 'ascending' }}
      resizableColumns
      columnSizingOptions={columnSizing}
      focusMode="composite"
      size="small"
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<Person>>
        {({ item, rowId }) => (
          <DataGridRow<Person> key={rowId}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
