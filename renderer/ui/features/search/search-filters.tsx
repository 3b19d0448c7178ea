import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Committee } from '../../../domain/model';
import { searchKinds, type SearchFilters, type SearchKind } from '../../../db/search';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  // A plain group under a label, as Fluent's own fields are: the browser's framed box read as a web form.
  kinds: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    padding: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

const allKinds = Object.keys(searchKinds) as SearchKind[];

/** Narrow the search to one committee, a span of dates, and the kinds of record. */
export function SearchFilterFields({
  committees,
  filters,
  onChange,
}: {
  committees: readonly Committee[];
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}) {
  const styles = useStyles();
  const kinds = filters.kinds ?? [];
  const toggle = (kind: SearchKind, on: boolean) =>
    onChange({ ...filters, kinds: on ? [...kinds, kind] : kinds.filter((k) => k !== kind) });
  return (
    <div className={styles.row} role="group" aria-label="Filters">
      <Field label="Committee">
        <Select
          value={filters.committeeId ?? ''}
          onChange={(_, data) => onChange({ ...filters, committeeId: data.value || undefined })}
        >
          <option value="">All committees</option>
          {committees.map((committee) => (
            <option key={committee.id} value={committee.id}>
              {committee.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From">
        <Input
          type="date"
          value={filters.from ?? ''}
          onChange={(_, data) => onChange({ ...filters, from: data.value || undefined })}
        />
      </Field>
      <Field label="To">
        <Input
          type="date"
          value={filters.to ?? ''}
          onChange={(_, data) => onChange({ ...filters, to: data.value || undefined })}
        />
      </Field>
      <fieldset className={styles.kinds}>
        <legend className={styles.legend}>Look in (none ticked: everything)</legend>
        {allKinds.map((kind) => (
          <Checkbox
            key={kind}
            label={searchKinds[kind]}
            checked={kinds.includes(kind)}
            onChange={(_, data) => toggle(kind, data.checked === true)}
          />
        ))}
      </fieldset>
    </div>
  );
}
