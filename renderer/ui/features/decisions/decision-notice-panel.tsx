import { Button, Text } from '@fluentui/react-components';
import { loadPackData } from '../../../db/read/pack-data';
import { publishDecisionNotice, withdrawDecisionNotice } from '../../../db/repositories/executive-decisions';
import { packDocument } from '../../../documents/common/pack';
import { buildDecisionNotice, meetingDecisionNotices } from '../../../documents/decision-notice';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import { formatLongDate } from '../../../domain/en-gb';
import type { AgendaItem } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';
import { saveWordFile } from '../documents/save-word-file';

/** The notice as the published folder has it (public items only), saved as a Word document. */
async function saveNotice(item: AgendaItem, number: string, rules: DeadlineRules): Promise<string> {
  const data = await loadPackData(item.meetingId, 'public');
  const found = data && meetingDecisionNotices(data, rules).find((entry) => entry.itemNumber === number);
  if (!found) throw new Error('This item has no public decision notice: publish the notice first.');
  const bytes = await packDocument(buildDecisionNotice(found.notice));
  const where = await saveWordFile(`Decision notice - item ${number}.docx`, bytes);
  return where ? `Saved to ${where}.` : '';
}

async function publishNow(item: AgendaItem, name: string, on: string): Promise<true> {
  await publishDecisionNotice(item.id, on);
  offerUndo({
    scope: `decision/${item.id}`,
    what: `The decision notice of ${name} is recorded as published on ${formatLongDate(on)}.`,
    undo: () => withdrawDecisionNotice(item.id),
  });
  return true;
}

/**
 * Publishing the decision notice starts the call-in period. A Part B item's decision is recorded here too, but
 * its notice is never put in the public folder (publish the meeting from its Papers tab for the public one).
 */
export function DecisionNoticePanel({
  item,
  number,
  name,
  rules,
  today,
}: {
  item: AgendaItem;
  number: string;
  name: string;
  rules: DeadlineRules;
  today: string;
}) {
  const [publish, publishing] = useAction(publishNow);
  const [save, saving] = useAction(saveNotice);
  const decision = item.executiveDecision;
  if (!decision) return <Text as="p">Save the decision first: its notice is made from it.</Text>;
  return (
    <div>
      <ErrorMessage error={publishing.error ?? saving.error} />
      {decision.noticePublishedOn ? (
        <Text as="p">
          Decision notice published on {formatLongDate(decision.noticePublishedOn)}.
          {item.part === 'B'
            ? ' The item is exempt: its notice goes to members only, never into the published folder.'
            : ' It is in the published folder from the next publication of the meeting.'}
        </Text>
      ) : (
        <Button
          appearance="primary"
          disabled={publishing.busy}
          onClick={() => void publish(item, name, today)}
        >
          Publish the decision notice today
        </Button>
      )}{' '}
      {decision.noticePublishedOn && item.part !== 'B' ? (
        <Button disabled={saving.busy} onClick={() => void save(item, number, rules)}>
          Save the decision notice (.docx)
        </Button>
      ) : null}
    </div>
  );
}
