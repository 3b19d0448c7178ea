import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadMinutesPresented } from '../../../db/read/minutes-presented';
import { formatShortDate } from '../../../domain/en-gb';
import { listOf } from '../../../domain/english';
import { minutesDecisions, type AgendaItem } from '../../../domain/model';
import { shownDate } from '../../../domain/shown-value';
import { Loading } from '../../common/loading';
import { MinutesApprovalForm } from './minutes-approval-form';
import { MinutesPresentedPicker } from './minutes-presented-picker';
import { UndoApproval } from './undo-approval';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/**
 * A "Minutes" item on the meeting screen and the live screen: which minutes it presents, and how the meeting
 * approved them; once approved, the approval with each amendment, and the minutes are signed. An approval
 * made in error can be undone (its session undo is offered under `undoScope`).
 */
export function MinutesItemPanel({
  item,
  meetingDate,
  undoScope,
}: {
  item: AgendaItem;
  meetingDate: string;
  undoScope: string;
}) {
  const styles = useStyles();
  const presented = useLiveQuery(() => loadMinutesPresented(item), [item]);
  if (presented === undefined) return <Loading what="the minutes presented" />;
  const approval = item.minutesApproval;
  const labelOf = (minuteId: string) =>
    presented.minutes.find((choice) => choice.minute.id === minuteId)?.label ??
    'A minute no longer on record';
  return (
    <section className={styles.panel} aria-label={`Minutes presented at item ${item.title}`}>
      {approval ? (
        <div>
          <h4 className={styles.heading}>Minutes approved and signed</h4>
          <Text as="p">
            {presented.presented.map((choice) => choice.label).join('; ')}:{' '}
            {minutesDecisions[approval.decision]}
            {shownDate(approval.approvedOn).valid ? ` (${formatShortDate(approval.approvedOn)})` : ''}
            {approval.amendments.length > 0 ? ':' : '.'}
          </Text>
          {approval.amendments.length > 0 ? (
            <ol aria-label="Amendments made">
              {approval.amendments.map((amendment, index) => (
                <li key={index}>
                  {labelOf(amendment.minuteId)}: “{amendment.original}”{' '}
                  {amendment.corrected ? `amended to read “${amendment.corrected}”` : 'deleted'}
                </li>
              ))}
            </ol>
          ) : null}
          <UndoApproval
            item={item}
            presentedWords={`the minutes of ${listOf(presented.presented.map((choice) => choice.label))}`}
            undoScope={undoScope}
          />
        </div>
      ) : (
        <>
          <MinutesPresentedPicker item={item} presented={presented.presented} />
          {presented.presented.length > 0 ? (
            <MinutesApprovalForm item={item} approvedOn={meetingDate} presented={presented} />
          ) : (
            <Text>
              Tick the meetings whose minutes this item presents; then the meeting can approve them here.
            </Text>
          )}
        </>
      )}
    </section>
  );
}
