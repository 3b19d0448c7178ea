import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { db } from '../../../db/database';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import {
  removeIndividualDecision,
  restoreIndividualDecision,
} from '../../../db/repositories/individual-decisions';
import type { IndividualDecision } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ScreenLink } from '../../common/screen-link';
import { UndoBar } from '../../common/undo-bar';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';
import { today as todayOnThisLaptop } from '../actions/today';
import { ExemptHistoryList } from '../agenda/exempt-history';
import { CallInConclusion } from './call-in-conclusion';
import { CallInForm } from './call-in-form';
import { individualCallInSteps } from './call-in-steps';
import { CallInStandingText } from './call-in-standing';
import { IndividualDecisionForm } from './individual-decision-form';
import { IndividualNoticePanel } from './individual-notice-panel';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The undo scope of the list of decisions, where a removed decision's undo is offered. */
export const individualDecisionsScope = 'individual-decisions';

async function remove(decision: IndividualDecision): Promise<true> {
  const removed = await removeIndividualDecision(decision.id);
  offerUndo({
    scope: individualDecisionsScope,
    what: `The decision “${decision.title}” is removed.`,
    undo: () => restoreIndividualDecision(removed),
  });
  return true;
}

/**
 * A decision taken by one person (a cabinet member, or an officer under delegation), not at a meeting: what was
 * decided and why, its notice, and its call-in, counted by the council's working days and bank holidays.
 * "/decisions/new" records one.
 */
export function IndividualDecisionPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const { decisionId = 'new' } = useParams();
  const isNew = decisionId === 'new';
  const data = useLiveQuery(
    async () => ({
      decision: isNew ? undefined : ((await db.individualDecisions.get(decisionId)) ?? null),
      rules: await loadDeadlineRules(),
    }),
    [decisionId, isNew],
  );
  const [runRemove, removing] = useAction(remove);
  if (data === undefined) return <Loading what="the decision" />;
  const { decision, rules } = data;
  if (decision === null) return <p>That decision is no longer on record.</p>;
  const today = todayOnThisLaptop();
  const name = decision ? `“${decision.title}”` : '';
  return (
    <Page
      title={decision ? `Decision: ${decision.title}` : 'Record a decision taken by one person'}
      actions={<ScreenLink to="/decisions">All individual decisions</ScreenLink>}
    >
      {decision ? <UndoBar scope={`individual-decision/${decision.id}`} /> : null}
      <section className={styles.section} aria-labelledby="decision-heading">
        <h2 id="decision-heading">The decision</h2>
        <IndividualDecisionForm
          key={decision?.id ?? 'new'}
          {...(decision ? { stored: decision } : {})}
          onSaved={(id) => {
            if (isNew) void navigate(`/decisions/${id}`, { replace: true });
          }}
        />
        {decision ? <ExemptHistoryList history={decision.exemptHistory} name={name} /> : null}
      </section>
      {decision ? (
        <section className={styles.section} aria-labelledby="call-in-heading">
          <h2 id="call-in-heading">Decision notice and call-in</h2>
          <CallInStandingText decision={decision} rules={rules} today={today} />
          <IndividualNoticePanel decision={decision} rules={rules} today={today} />
          {decision.noticePublishedOn && !decision.urgent && !decision.callIn ? (
            <CallInForm steps={individualCallInSteps(decision.id)} name={name} rules={rules} today={today} />
          ) : null}
          {decision.callIn ? (
            <CallInConclusion
              steps={individualCallInSteps(decision.id)}
              concluded={Boolean(decision.callIn.concludedOn)}
              name={name}
              today={today}
            />
          ) : null}
        </section>
      ) : null}
      {decision && !decision.noticePublishedOn ? (
        <div>
          <ErrorMessage error={removing.error} title="The decision was not removed" />
          <Button
            disabled={removing.busy}
            onClick={() =>
              void runRemove(decision).then((done) => {
                if (done) void navigate('/decisions');
              })
            }
          >
            Remove this decision (recorded in error)
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
