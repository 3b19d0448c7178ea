import {
  Checkbox,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { actionLogRows, type ActionLogAudience } from '../../../documents/action-log/action-log-rows';
import { exemptActionMark } from '../../../documents/action-log/build-action-log';
import { toIsoDate } from '../../../domain/en-gb';
import { actionStatuses, type ActionStatus } from '../../../domain/model';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { loadActionLogInput } from './action-log-data';
import { saveActionLog } from './action-log-save';
import { DocumentBuildRow } from './document-build-row';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
});

const allStatuses = Object.keys(actionStatuses) as ActionStatus[];

/**
 * A committee's action log (seed 002: Date, Action, Owner, Outcome), open actions first, filtered by status.
 * The table on screen is exactly what the saved document prints. Actions agreed on Part B items are left out
 * unless the clerk asks for the private log (members only), where each is marked.
 */
export function ActionLogPage() {
  const styles = useStyles();
  const { committeeId = '' } = useParams();
  const [asAt, setAsAt] = useState(() => toIsoDate(new Date()));
  const [statuses, setStatuses] = useState<ActionStatus[]>(allStatuses);
  const [audience, setAudience] = useState<ActionLogAudience>('public');
  const input = useLiveQuery(
    async () => (await loadActionLogInput(committeeId, asAt)) ?? null,
    [committeeId, asAt],
  );
  const build = useCallback(
    () => saveActionLog(committeeId, asAt, statuses, audience),
    [committeeId, asAt, statuses, audience],
  );
  if (input === undefined) return <Loading what="the action log" />;
  if (input === null) return <Text>That committee no longer exists.</Text>;
  const rows = actionLogRows(input, statuses, audience);
  const toggle = (status: ActionStatus, on: boolean) =>
    setStatuses(allStatuses.filter((each) => (each === status ? on : statuses.includes(each))));
  return (
    <Page title={`${input.committee.name}: action log`}>
      <Link to={`/committees/${input.committee.id}`}>Back to {input.committee.name}</Link>
      <div className={styles.filters} role="group" aria-labelledby="action-log-show">
        <Text id="action-log-show" weight="semibold">
          Show actions that are:
        </Text>
        {allStatuses.map((status) => (
          <Checkbox
            key={status}
            label={actionStatuses[status]}
            checked={statuses.includes(status)}
            onChange={(_, data) => toggle(status, Boolean(data.checked))}
          />
        ))}
        <Field label="As at">
          <Input type="date" value={asAt} onChange={(_, data) => data.value && setAsAt(data.value)} />
        </Field>
      </div>
      <Checkbox
        label="Private log for members only: include actions agreed on Part B (exempt) items, marked"
        checked={audience === 'private'}
        onChange={(_, data) => setAudience(data.checked ? 'private' : 'public')}
      />
      {rows.length === 0 ? (
        <Text>No actions with the ticked statuses.</Text>
      ) : (
        <Table aria-label="Actions from previous meetings" size="small">
          <TableHeader>
            <TableRow>
              {['Date', 'Action', 'Owner', 'Outcome'].map((heading) => (
                <TableHeaderCell key={heading}>{heading}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={index}>
                <TableCell>{row.date}</TableCell>
                <TableCell>
                  {row.exempt ? <strong>{exemptActionMark}: </strong> : null}
                  {row.action}
                </TableCell>
                <TableCell>{row.owner}</TableCell>
                <TableCell>{row.outcome}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <DocumentBuildRow
        title="Action log"
        about={`${rows.length} ${rows.length === 1 ? 'action' : 'actions'}, open ones first, as at the date above.`}
        action="Save the action log (.docx)"
        build={build}
      />
    </Page>
  );
}
