import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionStatus, Committee } from '../../../domain/model';
import { actionStatuses } from '../../../domain/model';
import { labelOptions } from '../../common/label-options';

export type ActionFilter = {
  committeeId: string;
  owner: string;
  status: ActionStatus | '';
  overdueOnly: boolean;
};

export const noActionFilter: ActionFilter = { committeeId: '', owner: '', status: '', overdueOnly: false };

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
});

export function ActionFilterFields({
  committees,
  filter,
  onChange,
}: {
  committees: readonly Committee[];
  filter: ActionFilter;
  onChange: (filter: ActionFilter) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Filters">
      <Field label="Committee">
        <Select
          value={filter.committeeId}
          onChange={(_, data) => onChange({ ...filter, committeeId: data.value })}
        >
          <option value="">All committees</option>
          {committees.map((committee) => (
            <option key={committee.id} value={committee.id}>
              {committee.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Owner">
        <Input
          value={filter.owner}
          placeholder="Any owner"
          onChange={(_, data) => onChange({ ...filter, owner: data.value })}
        />
      </Field>
      <Field label="Status">
        <Select
          value={filter.status}
          onChange={(_, data) => onChange({ ...filter, status: data.value as ActionStatus | '' })}
        >
          <option value="">Any status</option>
          {labelOptions(actionStatuses)}
        </Select>
      </Field>
      <Checkbox
        label="Overdue only"
        checked={filter.overdueOnly}
        onChange={(_, data) => onChange({ ...filter, overdueOnly: data.checked === true })}
      />
    </div>
  );
}
