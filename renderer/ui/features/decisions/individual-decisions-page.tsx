import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { listIndividualDecisions } from '../../../db/read/individual-decisions';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import { decisionCallIn } from '../../../domain/calendar/decision-call-in';
import { formatLongDate } from '../../../domain/en-gb';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ScreenLink } from '../../common/screen-link';
import { UndoBar } from '../../common/undo-bar';
import { today as todayOnThisLaptop } from '../actions/today';
import { callInSummary } from './call-in-standing';
import { individualDecisionsScope } from './individual-decision-page';

/**
 * Executive decisions taken by one person, not at a meeting (a cabinet member's, or an officer's under
 * delegation), the latest first, each with where it stands with call-in today.
 */
export function IndividualDecisionsPage() {
  const today = todayOnThisLaptop();
  const navigate = useNavigate();
  const data = useLiveQuery(
    async () => ({ decisions: await listIndividualDecisions(), rules: await loadDeadlineRules() }),
    [],
  );
  if (!data) return <Loading what="the decisions" />;
  const { decisions, rules } = data;
  return (
    <Page
      title="Individual decisions"
      actions={
        <Button appearance="primary" onClick={() => void navigate('/decisions/new')}>
          Record a decision taken by one person
        </Button>
      }
    >
      <Text as="p">
        Executive decisions taken by a cabinet member alone, or by an officer under delegated powers. A
        decision taken at a meeting is recorded on its agenda item instead.
      </Text>
      <UndoBar scope={individualDecisionsScope} />
      {decisions.length === 0 ? (
        <Text as="p">No decision taken by one person is recorded.</Text>
      ) : (
        <Table aria-label="Individual decisions" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Decision</TableHeaderCell>
              <TableHeaderCell>Decision maker</TableHeaderCell>
              <TableHeaderCell>Taken on</TableHeaderCell>
              <TableHeaderCell>Call-in</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {decisions.map((decision) => (
              <TableRow key={decision.id}>
                <TableCell>
                  <ScreenLink to={`/decisions/${decision.id}`}>{decision.title}</ScreenLink>
                  {decision.part === 'B' ? (
                    <>
                      {' '}
                      <Badge appearance="tint" color="danger">
                        Part B{decision.exemptParagraph ? `, para ${decision.exemptParagraph}` : ''}
                      </Badge>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>
                  {decision.decisionMaker}, {decision.portfolio}
                </TableCell>
                <TableCell>{formatLongDate(decision.decidedOn)}</TableCell>
                <TableCell>
                  <Badge appearance="tint">{callInSummary(decisionCallIn(decision, rules, today))}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Page>
  );
}
