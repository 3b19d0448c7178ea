import { Button, Text } from '@fluentui/react-components';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import {
  publishIndividualDecisionNotice,
  withdrawIndividualDecisionNotice,
} from '../../../db/repositories/individual-decisions';
import { packDocument } from '../../../documents/common/pack';
import { buildDecisionNotice, individualDecisionNotice } from '../../../documents/decision-notice';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import { formatLongDate } from '../../../domain/en-gb';
import type { IndividualDecision } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { offerUndo } from '../../common/undo';
import { useAction } from '../../common/use-action';
import { saveWordFile } from '../documents/save-word-file';

async function saveNotice(decision: IndividualDecision, rules: DeadlineRules): Promise<string> {
  const organisation = await loadOrganisationSettings();
  const notice = individualDecisionNotice(decision, organisation.name, rules, organisation);
  const bytes = await packDocument(buildDecisionNotice(notice));
  const where = await saveWordFile(`Decision notice - ${decision.title}.docx`, bytes);
  return where ? `Saved to ${where}.` : '';
}

async function publishNow(decision: IndividualDecision, on: string): Promise<true> {
  await publishIndividualDecisionNotice(decision.id, on);
  offerUndo({
    scope: `individual-decision/${decision.id}`,
    what: `The decision notice of “${decision.title}” is recorded as published on ${formatLongDate(on)}.`,
    undo: () => withdrawIndividualDecisionNotice(decision.id),
  });
  return true;
}

/**
 * Publishing the notice of a decision taken by one person starts its call-in period; the notice goes into the
 * published folder (with the list of such decisions) at the next publication.
 */
export function IndividualNoticePanel({
  decision,
  rules,
  today,
}: {
  decision: IndividualDecision;
  rules: DeadlineRules;
  today: string;
}) {
  const [publish, publishing] = useAction(publishNow);
  const [save, saving] = useAction(saveNotice);
  return (
    <div>
      <ErrorMessage error={publishing.error ?? saving.error} />
      {decision.noticePublishedOn ? (
        <Text as="p">
          Decision notice published on {formatLongDate(decision.noticePublishedOn)}. It is in the published
          folder from the next publication (Publishing, “Publish everything changed”).
        </Text>
      ) : (
        <Button appearance="primary" disabled={publishing.busy} onClick={() => void publish(decision, today)}>
          Publish the decision notice today
        </Button>
      )}{' '}
      <Button disabled={saving.busy} onClick={() => void save(decision, rules)}>
        Save the decision notice (.docx)
      </Button>
    </div>
  );
}
