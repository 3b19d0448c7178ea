import { listIndividualDecisions } from '../../../db/read/individual-decisions';
import { loadPackData } from '../../../db/read/pack-data';
import { listPlannedDecisions } from '../../../db/read/planned-decisions';
import { loadPlannedMeetings, loadSiteToPublish } from '../../../db/read/publishing';
import { packDocument } from '../../../documents/common/pack';
import { buildForwardPlan, forwardPlanEntries } from '../../../documents/forward-plan';
import { individualNoticesToPublish } from '../../../documents/publishing/individual-notices';
import { toIsoDate } from '../../../domain/en-gb';
import { loadDeadlineRules } from '../../../db/repositories/bank-holidays';
import { loadTemplate } from '../../../db/repositories/templates';
import {
  meetingDocuments,
  steadyDocx,
  type DocumentMakers,
} from '../../../documents/publishing/meeting-documents';
import type { PublicationRequest } from '../../../documents/publishing/publish-to-folder';
import type { SiteToPublish } from '../../../documents/publishing/site';
import { bridge } from '../../../platform/bridge';
import { packInWorker } from '../documents/pack-build';

/**
 * The public pack as the Papers tab makes it (the pack worker, the organisation's template), and Chromium's print
 * engine where the shell has one to call without a dialog (the desktop app): a browser tab publishes Word only.
 */
function documentMakers(): DocumentMakers {
  const chamber = bridge();
  return {
    ...(chamber.printToPdf
      ? { print: (html: string) => (chamber as Required<typeof chamber>).printToPdf(html) }
      : {}),
    publicPackDocx: async (data) => {
      const packData = (await loadPackData(data.record.meeting.id, 'public')) ?? data;
      const template = await loadTemplate('agendaPack');
      const pack = { audience: 'public', edition: 'agenda' } as const;
      const built = await packInWorker(
        template ? { ...packData, template: template.bytes } : packData,
        () => {},
        pack,
      );
      return built.bytes;
    },
  };
}

/**
 * Every meeting to publish, with its public pack and public minutes made to publish beside its page; `note` hears
 * what the clerk should be told of them (a Word paper the pack's PDF could only print as words, by its name).
 */
export async function loadSiteWithDocuments(
  editions: PublicationRequest,
  note?: (line: string) => void,
): Promise<SiteToPublish> {
  const site = await loadSiteToPublish(editions);
  const callInRules = await loadDeadlineRules();
  const makers = { ...documentMakers(), callInRules, ...(note ? { note } : {}) };
  for (const meeting of site.meetings) {
    meeting.documents = await meetingDocuments(meeting.data, meeting.edition, makers);
  }
  const council = site.organisation.name.trim() || 'The council';
  const individualDecisions = await individualNoticesToPublish(
    await listIndividualDecisions(),
    site.organisation,
    callInRules,
  );
  const publishedOn = toIsoDate(new Date());
  const planned = await loadPlannedMeetings(publishedOn);
  const ahead = await listPlannedDecisions(publishedOn);
  const entries = forwardPlanEntries(planned.meetings, publishedOn, planned.calendar, ahead);
  if (entries.length === 0) return { ...site, callInRules, individualDecisions };
  const docx = await packDocument(buildForwardPlan(council, entries, publishedOn));
  return {
    ...site,
    callInRules,
    individualDecisions,
    forwardPlan: { entries, publishedOn, docx: steadyDocx(docx, new Date(`${publishedOn}T00:00:00Z`)) },
  };
}
