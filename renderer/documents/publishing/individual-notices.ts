import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import type { IndividualDecision, OrganisationSettings } from '../../domain/model';
import { packDocument } from '../common/pack';
import { buildDecisionNotice, individualDecisionNotice, individualNoticeName } from '../decision-notice';
import type { IndividualNoticeToPublish } from './individual-decision-pages';
import { steadyDocx } from './meeting-documents';

/**
 * The notices of decisions taken by one person whose notice is published, each with its Word file (stamped with
 * its notice's date, so republishing an unchanged notice rewrites nothing). A decision taken in private goes with
 * its exempt part withheld (individualDecisionNotice), in the council's wording of the withheld line.
 *
 * @example await individualNoticesToPublish(await listIndividualDecisions(), organisation, rules)
 */
export async function individualNoticesToPublish(
  decisions: readonly IndividualDecision[],
  organisation: OrganisationSettings,
  rules: DeadlineRules,
): Promise<IndividualNoticeToPublish[]> {
  const council = organisation.name.trim() || 'The council';
  const notices: IndividualNoticeToPublish[] = [];
  for (const decision of decisions) {
    if (!decision.noticePublishedOn) continue;
    const notice = individualDecisionNotice(decision, council, rules, organisation);
    const bytes = await packDocument(buildDecisionNotice(notice));
    const stampedOn = new Date(`${decision.noticePublishedOn}T00:00:00Z`);
    notices.push({ name: individualNoticeName(decision), notice, docx: steadyDocx(bytes, stampedOn) });
  }
  return notices;
}
