import {
  Button,
  makeStyles,
  tokens,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { Warning16Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { packDocument } from '../../../documents/common/pack';
import { buildForwardPlan, lateNotice, privateReason } from '../../../documents/forward-plan';
import { formatLongDate } from '../../../domain/en-gb';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ScreenLink } from '../../common/screen-link';
import { useAction } from '../../common/use-action';
import { today as todayOnThisLaptop } from '../actions/today';
import { saveWordFile } from '../documents/save-word-file';
import { loadForwardPlan, type ForwardPlanRow } from './forward-plan-rows';

const useStyles = makeStyles({
  // In words as well as colour; the icon is decoration only.
  late: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

async function saveForwardPlan(council: string, rows: ForwardPlanRow[], on: string): Promise<string> {
  const bytes = await packDocument(
    buildForwardPlan(
      council,
      rows.map((row) => row.entry),
      on,
    ),
  );
  const where = await saveWordFile(`Forward plan ${on}.docx`, bytes);
  return where ? `Saved to ${where}.` : '';
}

/**
 * The forward plan of key decisions as it would be published today: each key decision of a meeting to come, its
 * decision maker, expected date, documents, and whether it is taken in private and why, with a warning on each
 * that would get fewer than 28 clear days' notice. Entries come from agenda items ticked as key decisions.
 */
export function ForwardPlanPage() {
  const styles = useStyles();
  const today = todayOnThisLaptop();
  const plan = useLiveQuery(() => loadForwardPlan(today), [today]);
  const [save, { busy, error }] = useAction(saveForwardPlan);
  const [saved, setSaved] = useState('');
  if (!plan) return <Loading what="the forward plan" />;
  const late = plan.rows.filter((row) => !row.entry.inTime).length;
  return (
    <Page
      title="Forward plan"
      actions={
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void save(plan.council, plan.rows, today).then((where) => setSaved(where ?? ''))}
        >
          Save the forward plan (.docx)
        </Button>
      }
    >
      <Text as="p">
        Key decisions of meetings to come, as published today ({formatLongDate(today)}). To add one, tick Key
        decision on its agenda item; its papers, and Part B with the reason, say what the plan prints.
      </Text>
      <ErrorMessage error={error} title="The forward plan was not saved" />
      {saved ? <Text role="status">{saved}</Text> : null}
      <Text role="status">
        {plan.rows.length === 1 ? '1 key decision' : `${plan.rows.length} key decisions`}
        {late ? `, ${late} with fewer than 28 clear days' notice.` : '.'}
      </Text>
      <Table aria-label="Key decisions" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Matter</TableHeaderCell>
            <TableHeaderCell>Decision maker</TableHeaderCell>
            <TableHeaderCell>Expected date</TableHeaderCell>
            <TableHeaderCell>Documents</TableHeaderCell>
            <TableHeaderCell>Public or private</TableHeaderCell>
            <TableHeaderCell>Notice</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.rows.map(({ meetingId, itemId, entry }) => (
            <TableRow key={itemId}>
              <TableCell>
                <ScreenLink to={`/meetings/${meetingId}`}>{entry.matter}</ScreenLink>
              </TableCell>
              <TableCell>{entry.decisionMaker}</TableCell>
              <TableCell>{formatLongDate(entry.expectedDate)}</TableCell>
              <TableCell>{entry.documents.join('; ') || 'None yet'}</TableCell>
              <TableCell>
                {entry.inPrivate ? `Private: ${privateReason(entry.inPrivate)}` : 'Public'}
              </TableCell>
              <TableCell>
                {entry.inTime ? (
                  `${entry.clearDays} clear days`
                ) : (
                  <span className={styles.late}>
                    <Warning16Regular aria-hidden /> {lateNotice(entry)}
                  </span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Page>
  );
}
