import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';
import { loadDecisionPage } from '../../../db/read/decision-page';
import { agendaItemName } from '../../../domain/agenda-numbering';
import { keyDecisionNoticeDate } from '../../../domain/calendar/key-decisions';
import { formatLongDate } from '../../../domain/en-gb';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ScreenLink } from '../../common/screen-link';
import { UndoBar } from '../../common/undo-bar';
import { today as todayOnThisLaptop } from '../actions/today';
import { CallInConclusion } from './call-in-conclusion';
import { CallInForm } from './call-in-form';
import { itemCallInSteps } from './call-in-steps';
import { CallInStandingText } from './call-in-standing';
import { DecisionAsMinuted } from './decision-as-minuted';
import { DecisionForm } from './decision-form';
import { DecisionNoticePanel } from './decision-notice-panel';

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

/**
 * An executive decision taken on an agenda item: what was decided and why, its notice, and its call-in, with the
 * deadlines worked out by the council's working days and bank holidays as the clerk types.
 */
export function DecisionPage() {
  const styles = useStyles();
  const { meetingId = '', itemId = '' } = useParams();
  const data = useLiveQuery(() => loadDecisionPage(meetingId, itemId), [meetingId, itemId]);
  if (data === undefined) return <Loading what="the decision" />;
  if (data === null) return <p>That agenda item is no longer on record.</p>;
  const { record, item, number, rules } = data;
  const name = agendaItemName({ number, item });
  const today = todayOnThisLaptop();
  const decision = item.executiveDecision;
  const noticeBy = item.keyDecision ? keyDecisionNoticeDate(record.meeting.date, rules.calendar) : undefined;
  return (
    <Page title={`Executive decision: ${name}`}>
      <Text as="p">
        <strong>{item.title}</strong> · {record.committee.name},{' '}
        <ScreenLink to={`/meetings/${record.meeting.id}`}>{formatLongDate(record.meeting.date)}</ScreenLink>{' '}
        {item.part === 'B' && item.exemptParagraph ? (
          <Badge appearance="filled" color="danger">
            Exempt – paragraph {item.exemptParagraph}
          </Badge>
        ) : null}
      </Text>
      {noticeBy ? (
        <Text as="p">
          Key decision: the forward plan must give notice of it by {formatLongDate(noticeBy)} (28 clear days
          before the decision).
        </Text>
      ) : null}
      <UndoBar scope={`decision/${item.id}`} />
      <section className={styles.section} aria-label="The decision as minuted">
        <DecisionAsMinuted record={record} item={item} />
      </section>
      <section className={styles.section} aria-labelledby="decision-heading">
        <h2 id="decision-heading">Reasons, alternatives and urgency</h2>
        <DecisionForm key={item.id} item={item} />
      </section>
      <section className={styles.section} aria-labelledby="call-in-heading">
        <h2 id="call-in-heading">Decision notice and call-in</h2>
        {decision ? <CallInStandingText decision={decision} rules={rules} today={today} /> : null}
        <DecisionNoticePanel item={item} number={number} name={name} rules={rules} today={today} />
        {decision?.noticePublishedOn && !decision.urgent && !decision.callIn ? (
          <CallInForm steps={itemCallInSteps(item.id)} name={name} rules={rules} today={today} />
        ) : null}
        {decision?.callIn ? (
          <CallInConclusion
            steps={itemCallInSteps(item.id)}
            concluded={Boolean(decision.callIn.concludedOn)}
            name={name}
            today={today}
          />
        ) : null}
      </section>
    </Page>
  );
}
