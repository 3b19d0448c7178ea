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
import { PlannedDecisionForm } from './planned-decision-form';
import { UndoBar } from '../../common/undo-bar';
import { offerUndo } from '../../common/undo';
import { removePlannedDecision, restorePlannedDecision } from '../../../db/repositories/planned-decisions';
import type { PlannedDecision } from '../../../domain/model';

const useStyles = makeStyles({
  // In words as well as colour; the icon is decoration only.
  late: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

const undoScope = 'forward-plan';

async function removeEntry(entry: PlannedDecision): Promise<true> {
  const removed = await removePlannedDecision(entry.id);
  if (removed)
    offerUndo({
      scope: undoScope,
      what: `“${entry.matter}” is taken off the forward plan.`,
      undo: () => restorePlannedDecision(removed),
    });
  return true;
}

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
  const [editing, setEditing] = useState<PlannedDecision | 'new'>();
  const [remove, removing] = useAction(removeEntry);
  if (!plan) return <Loading what="the forward plan" />;
  const late = plan.rows.filter((row) => !row.entry.inTime).length;
  return (
    <Page
      title="Forward plan"
      actions={
        <>
          <Button onClick={() => setEditing('new')} disabled={editing !== undefined}>
            Add a key decision not yet on an agenda
          </Button>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void save(plan.council, plan.rows, today).then((where) => setSaved(where ?? ''))}
          >
            Save the forward plan (.docx)
          </Button>
        </>
      }
    >
      <Text as="p">
        Key decisions of meetings to come, as published today ({formatLongDate(today)}). To add one, tick Key
        decision on its agenda item; its papers, and Part B with the reason, say what the plan prints. A key
        decision planned before it is on any agenda (or taken by one person) is added here.
      </Text>
      <UndoBar scope={undoScope} />
      <ErrorMessage error={removing.error} title="The entry was not removed" />
      {editing ? (
        <PlannedDecisionForm
          key={editing === 'new' ? 'new' : editing.id}
          {...(editing === 'new' ? {} : { entry: editing })}
          today={today}
          onDone={() => setEditing(undefined)}
        />
      ) : null}
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
            <TableHeaderCell>Entry</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.rows.map(({ key, meetingId, planned, entry }) => (
            <TableRow key={key}>
              <TableCell>
                {meetingId ? (
                  <ScreenLink to={`/meetings/${meetingId}`}>{entry.matter}</ScreenLink>
                ) : (
                  entry.matter
                )}
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
              <TableCell>
                {meetingId ? 'On an agenda' : null}
                {planned ? (
                  <>
                    {meetingId ? <br /> : null}
                    <Button
                      size="small"
                      onClick={() => setEditing(planned)}
                      aria-label={`Change “${planned.matter}”`}
                    >
                      Change
                    </Button>{' '}
                    <Button
                      size="small"
                      disabled={removing.busy}
                      onClick={() => void remove(planned)}
                      aria-label={`Remove “${planned.matter}” from the plan`}
                    >
                      Remove
                    </Button>
                  </>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Page>
  );
}
