import { actionLogContent } from '../../../documents/action-log/build-action-log';
import { actionLogFileName } from '../../../documents/common/file-names';
import { actionLogTemplateValues } from '../../../documents/templates/template-values';
import type { ActionLogAudience } from '../../../documents/action-log/action-log-rows';
import type { ActionStatus, IsoDate } from '../../../domain/model';
import { loadActionLogInput } from './action-log-data';
import { saveWordFile } from './save-word-file';
import { templatedDocument } from './templated-document';

/**
 * The committee's action log (seed 002) with the chosen statuses, in the organisation's template if it has one.
 * Public unless the clerk asks for the private log, which adds the actions agreed on Part B items, marked.
 */
export async function saveActionLog(
  committeeId: string,
  asAt: IsoDate,
  statuses: readonly ActionStatus[],
  audience: ActionLogAudience = 'public',
): Promise<string | undefined> {
  if (statuses.length === 0) throw new Error('Tick at least one status to print: the log would be empty.');
  const input = await loadActionLogInput(committeeId, asAt);
  if (!input) throw new Error('That committee no longer exists.');
  const bytes = await templatedDocument(
    'actionLog',
    actionLogContent(input, { statuses, audience }),
    actionLogTemplateValues(input.organisation, input.committee, asAt),
  );
  return saveWordFile(actionLogFileName(input.committee, asAt), bytes);
}
